import { readFileSync, readdirSync } from 'node:fs';
import { parsePriceCsv, type CsvPreview, type CsvPreviewOk } from '../../../../../shared/import/csv';

const fixturesDir = new URL('../../../../fixtures/import/csv/', import.meta.url);

/** The bytes of a CSV fixture, exactly as on disk (encoding, BOM and line endings untouched). */
export function readCsvFixture(name: string): Uint8Array {
  const path = name.split('/').map(encodeURIComponent).join('/');
  return new Uint8Array(readFileSync(new URL(path, fixturesDir)));
}

/** File names of the good fixtures (the broken ones live in broken/). */
export function goodFixtureNames(): string[] {
  return readdirSync(fixturesDir).filter((name) => /\.(csv|txt)$/.test(name));
}

/** Parses a fixture and fails the test with the error's message when it was rejected. */
export function parseFixtureOk(name: string): CsvPreviewOk {
  const result: CsvPreview = parsePriceCsv(readCsvFixture(name), name);
  if (!result.ok) throw new Error(`${name} was rejected: ${result.error.message}`);
  return result;
}
