// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const SAMPLE = 'test/fixtures/figures/cli-sample.txt';
const LATIN1 = 'test/fixtures/figures/cli-latin1.txt';
const FIELDS = ['file', 'start', 'end', 'surface', 'value', 'value_high', 'unit', 'kind', 'price_relevant'];

function runFigures(...files: string[]): {
  status: number | null;
  lines: Record<string, unknown>[];
  stderr: string;
} {
  const result = spawnSync(process.execPath, ['build/scripts/figures.mjs', ...files], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  const lines = result.stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  return { status: result.status, lines, stderr: result.stderr };
}

describe('npm run figures', () => {
  it('prints one JSON object per figure with exactly the documented fields', () => {
    const { status, lines, stderr } = runFigures(SAMPLE);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    for (const line of lines) expect(Object.keys(line)).toEqual(FIELDS);
    expect(
      lines.map((line) => [
        line.surface,
        line.kind,
        line.unit,
        line.value,
        line.value_high,
        line.price_relevant,
      ]),
    ).toEqual([
      ['155,74US-Dollar', 'quote', 'USD', 155.74, null, true],
      ['194–205 US-Dollar', 'target', 'USD', 194, 205, true],
      ['25 bis 32 Prozent', 'stated_move', 'percent', 25, 32, true],
      ['elf Prozent', 'business_growth', 'percent', 11, null, false],
      ['3,2 Mrd. USD', 'amount', 'USD', 3.2e9, null, false],
    ]);
  });

  it('counts offsets in code points of the text as read, byte order mark and emoji included', () => {
    const { lines } = runFigures(SAMPLE);
    const quote = lines[0]!;
    // U+FEFF is character 0 and the emoji counts once: BOM + "😀 Die Aktie schloss am Freitag bei " is 36 code points.
    expect([quote.start, quote.end]).toEqual([36, 51]);
    expect(quote.file).toBe(SAMPLE);
  });

  it('reports missing and non-UTF-8 files on stderr, exits non-zero and still prints the good file', () => {
    const { status, lines, stderr } = runFigures('test/fixtures/figures/does-not-exist.txt', LATIN1, SAMPLE);
    expect(status).toBe(1);
    expect(stderr).toContain('test/fixtures/figures/does-not-exist.txt: no such file');
    expect(stderr).toContain(`${LATIN1}: not valid UTF-8`);
    expect(lines.length).toBe(5);
    expect(new Set(lines.map((line) => line.file))).toEqual(new Set([SAMPLE]));
  });

  it('explains its usage when no file is given', () => {
    const { status, stderr } = runFigures();
    expect(status).toBe(2);
    expect(stderr).toContain('usage: npm run figures -- FILE');
  });
});
