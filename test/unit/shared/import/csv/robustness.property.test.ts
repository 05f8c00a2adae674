import fc from 'fast-check';
import { describe, it } from 'vitest';
import { parseAndCheck } from './csv-invariants';
import { goodFixtureNames, readCsvFixture } from './fixture-files';

const encoder = new TextEncoder();
// CI runs 400 cases per property; a longer hunt: CSV_FUZZ_RUNS=20000 npx vitest run … robustness
const RUNS = Number(process.env.CSV_FUZZ_RUNS ?? 400);
// A hang guard only (no speed assertion: parse speed is a figure of `npm run bench`).
const PROPERTY_TIMEOUT_MS = Math.max(60_000, RUNS * 40);

/** Cells that occur in real price files, plus hostile ones, so random rows look almost like data. */
const cellArbitrary = fc.oneof(
  fc.constantFrom(
    'Date',
    'Datum',
    'Close',
    'Schlusskurs',
    'Zuletzt',
    'Eröffn.',
    'Vol.',
    '+/- %',
    'Adj Close',
    'Price',
  ),
  fc.constantFrom(
    '2026-01-02',
    '02.01.2026',
    '02.01.26',
    '01/02/2026',
    '13/01/2026',
    '02. Jan. 2026',
    'Jan 02, 2026',
  ),
  fc.constantFrom(
    '155.74',
    '155,74',
    '3.640,91',
    '3,640.91',
    '665,27M',
    '1,2K',
    '-2,78%',
    '-',
    'null',
    'Kein Wert vorhanden',
  ),
  fc.constantFrom(
    '',
    ' ',
    '"',
    '""',
    '"a,b"',
    '"x\ny"',
    '0',
    '-1',
    '1e308',
    'NaN',
    'Infinity',
    '9999-99-99',
    '29.02.2025',
  ),
  fc.string({ maxLength: 12 }),
  fc.double({ noNaN: false }).map(String),
  fc
    .date({ min: new Date('1850-01-01'), max: new Date('2150-01-01'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
);

/** Random CSV-like text: lines of such cells, joined by one of the delimiters, with mixed line endings. */
const csvTextArbitrary = fc
  .record({
    delimiter: fc.constantFrom(',', ';', '\t', '|'),
    newline: fc.constantFrom('\n', '\r\n', '\r'),
    lines: fc.array(fc.array(cellArbitrary, { maxLength: 9 }), { maxLength: 40 }),
  })
  .map(({ delimiter, newline, lines }) => lines.map((cells) => cells.join(delimiter)).join(newline));

type Mutation =
  | { kind: 'delete-line' | 'duplicate-line'; at: number }
  | { kind: 'swap-delimiter'; from: string; to: string }
  | { kind: 'truncate'; at: number }
  | { kind: 'flip-byte'; at: number; value: number };

const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constantFrom('delete-line' as const, 'duplicate-line' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('swap-delimiter' as const),
    from: fc.constantFrom(',', ';', '\t', '"', '.'),
    to: fc.constantFrom(',', ';', '\t', '|', '"', ''),
  }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('flip-byte' as const),
    at: fc.nat(),
    value: fc.integer({ min: 0, max: 255 }),
  }),
);

/** Applies one mutation to a fixture's bytes (line edits work on the Latin-1 view, so any encoding survives). */
function mutate(bytes: Uint8Array, mutation: Mutation): Uint8Array {
  if (mutation.kind === 'truncate') return bytes.slice(0, mutation.at % (bytes.length + 1));
  if (mutation.kind === 'flip-byte') {
    const copy = bytes.slice();
    if (copy.length > 0) copy[mutation.at % copy.length] = mutation.value;
    return copy;
  }
  const text = Buffer.from(bytes).toString('latin1');
  let edited: string;
  if (mutation.kind === 'swap-delimiter') {
    edited = text.split(mutation.from).join(mutation.to);
  } else {
    const lines = text.split('\n');
    const at = mutation.at % lines.length;
    if (mutation.kind === 'delete-line') lines.splice(at, 1);
    else lines.splice(at, 0, lines[at]!);
    edited = lines.join('\n');
  }
  return new Uint8Array(Buffer.from(edited, 'latin1'));
}

const fixtures = goodFixtureNames().map((name) => ({ name, bytes: readCsvFixture(name) }));

describe('parsePriceCsv never crashes, never hangs, and only returns clean series', () => {
  it(
    'on random bytes',
    () => {
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 4096 }), (bytes) => {
          parseAndCheck(bytes);
        }),
        { numRuns: RUNS },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'on random CSV-like text in UTF-8',
    () => {
      fc.assert(
        fc.property(csvTextArbitrary, (text) => {
          parseAndCheck(encoder.encode(text));
        }),
        { numRuns: RUNS },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'on mutated fixtures (lines deleted or duplicated, delimiters swapped, truncated, bytes changed)',
    () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...fixtures),
          fc.array(mutationArbitrary, { minLength: 1, maxLength: 4 }),
          (fixture, mutations) => {
            const bytes = mutations.reduce(mutate, fixture.bytes);
            parseAndCheck(bytes, fixture.name);
          },
        ),
        { numRuns: RUNS },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});
