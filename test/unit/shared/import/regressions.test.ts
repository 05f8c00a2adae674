import { describe, expect, it } from 'vitest';
import { parseAndCheck } from './helpers/result-invariants';
import { readFixture } from './helpers/fixtures';
import { makeNodeArticleDeps } from './helpers/node-article-deps';

const deps = makeNodeArticleDeps();

// Inputs that once hung a parser for minutes (found by the stress and property runs); each must now
// finish well inside the per-file limit with a typed result.
describe('regression fixtures', () => {
  it('rejects 5,000 nested <div>s as too complex instead of parsing for minutes', async () => {
    const result = await parseAndCheck(
      'deep-nesting.html',
      readFixture('regressions/deep-nesting.html'),
      deps,
    );
    expect(result.ok ? 'accepted' : result.error.code).toBe('too-complex');
  });

  it('rejects 21,000 elements as too complex, naming the count', async () => {
    const result = await parseAndCheck(
      'many-list-items.html',
      readFixture('regressions/many-list-items.html'),
      deps,
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'too-complex', values: { limit: 20_000 } } });
  });

  it("reads all 2,600 paragraphs (past Readability's element cap)", async () => {
    const result = await parseAndCheck(
      'many-paragraphs.html',
      readFixture('regressions/many-paragraphs.html'),
      deps,
    );
    expect(result.ok && result.article.blocks.length).toBe(2600);
    expect(result.ok && result.article.blocks.at(-1)?.text).toBe(
      'Absatz 2600: Alibaba meldet steigende Umsätze im Cloud-Geschäft, sagen Analysten.',
    );
  });

  it('scans unclosed Markdown comment, link and emphasis openers in linear time', async () => {
    const result = await parseAndCheck(
      'unclosed-openers.md',
      readFixture('regressions/unclosed-openers.md'),
      deps,
    );
    expect(result.ok && result.article.blocks[0]?.text).toBe('Einleitung über Alibaba.');
  });
});
