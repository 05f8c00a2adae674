import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exportW3cAnnotations } from '../../../../shared/annotations/w3c-jsonld';
import { articleText } from '../../../../shared/model/article';
import { sliceCodePoints } from '../../../../shared/text/code-points';
import { loadAnnotationChecks, loadW3cChecks, runMusts, W3C_SUITE_DIR } from './w3c-suite';
import { sampleAnnotations, sampleArticles } from './sample-library';

const articles = sampleArticles();
const annotations = sampleAnnotations(articles, 50);
const { collection, json } = exportW3cAnnotations(annotations, articles, {
  generatedAtMs: Date.UTC(2026, 10, 21),
});
const checks = loadAnnotationChecks();
const VALIDATE_SCRIPT = fileURLToPath(new URL('validate-w3c.cjs', W3C_SUITE_DIR));
// Run from the repo root so the script resolves the pinned ajv, ajv-draft-04 and ajv-formats.
// Each run of the script compiles every schema anew: seconds on a busy 2-core machine.
const SPAWN_TIMEOUT_MS = 90_000;
const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

// The W3C motivations (Web Annotation Data Model §3.3.5): the only values a purpose may take.
const W3C_MOTIVATIONS = [
  'assessing',
  'bookmarking',
  'classifying',
  'commenting',
  'describing',
  'editing',
  'highlighting',
  'identifying',
  'linking',
  'moderating',
  'questioning',
  'replying',
  'tagging',
];

function readSamples(kind: 'incorrect'): { name: string; value: unknown }[] {
  const dir = new URL(`tools/samples/${kind}/`, W3C_SUITE_DIR);
  return readdirSync(dir).flatMap((name) => {
    try {
      return [{ name, value: JSON.parse(readFileSync(new URL(name, dir), 'utf8')) as unknown }];
    } catch {
      return []; // Some "incorrect" samples are not JSON at all; the schemas cannot judge those.
    }
  });
}

describe('W3C Web Annotation test suite (MUST assertions)', () => {
  it('passes every MUST assertion for each of 50 exported annotations', () => {
    expect(collection.first.items).toHaveLength(50);
    const report = runMusts(checks, collection.first.items);
    console.log(
      `W3C annotation MUSTs: ${report.assertionsPerItem} per annotation × ${report.items} annotations = ` +
        `${report.assertionsRun} assertions run, ${report.failures.length} failures`,
    );
    expect(report.failures).toEqual([]);
    expect(report.assertionsPerItem).toBe(54);
  });

  it('passes the collection and page MUST assertions for the export document itself', () => {
    const collectionReport = runMusts(loadW3cChecks(['collections/collectionMusts.test']), [collection]);
    const pageReport = runMusts(loadW3cChecks(['collections/pages/pageMusts.test']), [collection.first]);
    console.log(
      `W3C collection MUSTs: ${collectionReport.assertionsRun} run, ${collectionReport.failures.length} failures; ` +
        `page MUSTs: ${pageReport.assertionsRun} run, ${pageReport.failures.length} failures`,
    );
    expect([...collectionReport.failures, ...pageReport.failures]).toEqual([]);
  });

  it(
    "passes the suite's own validate-w3c script run on the exported file",
    () => {
      const file = join(mkdtempSync(join(tmpdir(), 'kursnotiz-w3c-')), 'export.jsonld');
      writeFileSync(file, json);
      const output = execFileSync(process.execPath, [VALIDATE_SCRIPT, file], {
        cwd: REPO_ROOT,
        encoding: 'utf8',
      });
      console.log(`validate-w3c.cjs: ${output.trim()}`);
      expect(output).toContain('50 passed, 0 failed (W3C MUST assertions, 54 per annotation)');
    },
    SPAWN_TIMEOUT_MS,
  );

  it('really catches broken annotations: every parseable incorrect sample of the suite is rejected', () => {
    const incorrect = readSamples('incorrect');
    const rejected = incorrect.filter((sample) => runMusts(checks, [sample.value]).failures.length > 0);
    console.log(
      `suite self-check: ${rejected.length} of ${incorrect.length} parseable incorrect samples rejected`,
    );
    expect(incorrect.length).toBeGreaterThan(10);
    expect(rejected).toHaveLength(incorrect.length);
  });

  it(
    'judges samples exactly as the reference validate-w3c script does',
    () => {
      const samples = [
        'correct/anno1.json',
        'correct/anno11.json',
        'correct/anno14.json',
        'incorrect/anno2.json',
      ];
      for (const sample of samples) {
        const path = fileURLToPath(new URL(`tools/samples/${sample}`, W3C_SUITE_DIR));
        const inProcess = runMusts(checks, [JSON.parse(readFileSync(path, 'utf8'))]).failures.length === 0;
        const byScript =
          spawnSync(process.execPath, [VALIDATE_SCRIPT, path], { cwd: REPO_ROOT }).status === 0;
        expect({ sample, passes: inProcess }).toEqual({ sample, passes: byScript });
      }
    },
    SPAWN_TIMEOUT_MS,
  );
});

describe('requirements the W3C suite misses', () => {
  const textByUri = new Map(
    articles.map((article) => [`urn:kursnotiz:article:${article.contentHash}`, articleText(article.blocks)]),
  );

  it('has end > start, and the quote equals the article text at the position (counted in code points)', () => {
    for (const item of collection.first.items) {
      const [quote, position] = item.target.selector;
      expect(position.end).toBeGreaterThan(position.start);
      const text = textByUri.get(item.target.source)!;
      expect(sliceCodePoints(text, position.start, position.end)).toBe(quote.exact);
      expect(
        sliceCodePoints(text, Math.max(0, position.start - quote.prefix.length), position.start).endsWith(
          quote.prefix,
        ),
      ).toBe(true);
    }
  });

  it('counts offsets in code points, not UTF-16 units, when emoji precede the passage', () => {
    const emojiArticle = articles.find((article) => article.id === 'art:emoji')!;
    const text = articleText(emojiArticle.blocks);
    const emojiItems = collection.first.items.filter((item) =>
      item.target.source.endsWith(emojiArticle.contentHash),
    );
    expect(emojiItems.length).toBeGreaterThan(0);
    for (const item of emojiItems) {
      const [quote, position] = item.target.selector;
      const utf16Start = text.indexOf(quote.exact);
      // 📈, 🚀 and the two regional indicators of 🇨🇳 are two UTF-16 units each: 4 fewer code points.
      expect(position.start).toBe(utf16Start - 4);
      expect([...text].slice(position.start, position.end).join('')).toBe(quote.exact);
    }
  });

  it('uses only W3C motivations as purposes, and motivation "commenting" exactly when there is a note', () => {
    for (const item of collection.first.items) {
      const purposes = (item.body ?? []).map((body) => body.purpose);
      for (const purpose of purposes) expect(W3C_MOTIVATIONS).toContain(purpose);
      expect(W3C_MOTIVATIONS).toContain(item.motivation);
      expect(item.motivation === 'commenting').toBe(purposes.includes('commenting'));
    }
  });
});
