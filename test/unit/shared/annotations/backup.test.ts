import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BACKUP_SCHEMA_VERSION,
  createBackup,
  parseBackup,
  type BackupLibrary,
} from '../../../../shared/annotations/backup';
import { formatBackupError } from '../../../../shared/annotations/backup-messages';
import { exportW3cAnnotations } from '../../../../shared/annotations/w3c-jsonld';
import type { PriceLevel } from '../../../../shared/model/level';
import { sampleAnnotations, sampleArticles } from './sample-library';

const articles = sampleArticles();
const annotations = sampleAnnotations(articles, 50);
const pinned = annotations.find((annotation) => annotation.pin?.type === 'level')!;

function sampleLibrary(): BackupLibrary {
  const pinnedLevel: PriceLevel = {
    id: `pin:${pinned.id}`,
    kind: 'target',
    value: 205,
    currency: 'USD',
    listing: 'NYSE:BABA',
    asOf: null,
    source: {
      articleId: pinned.articleId,
      startCodePoints: pinned.position.start,
      endCodePoints: pinned.position.end,
      exact: pinned.quote.exact,
    },
    origin: 'annotation',
    annotationId: pinned.id,
  };
  const { annotationId: _pinnedBy, ...unpinned } = pinnedLevel;
  const userLevel: PriceLevel = { ...unpinned, id: 'user:1', origin: 'user', value: 150.25, kind: 'level' };
  return {
    articles: structuredClone(articles),
    annotations: structuredClone(annotations),
    levels: [pinnedLevel, userLevel],
    quoteSeries: [
      {
        listing: 'NYSE:BABA',
        symbol: 'BABA',
        currency: 'USD',
        interval: 'daily',
        bars: [
          { time: '2025-12-29', close: 151.2, open: 150, high: 152, low: 149.5, volume: 1_200_000 },
          { time: '2025-12-30', close: 155.74 },
        ],
        sourceName: 'baba.csv',
        importedAtMs: Date.UTC(2026, 0, 2),
      },
    ],
    settings: [
      { key: 'uiLanguage', value: 'de' },
      { key: 'paneSizes', value: { reader: 0.55, chart: 0.3 } },
    ],
  };
}

const META = { createdAtMs: Date.UTC(2026, 10, 21, 14), appVersion: '0.1.0' };

function backupJson(library = sampleLibrary()): string {
  const result = createBackup(library, META);
  if (!result.ok) throw new Error(`backup refused: ${result.error.code}`);
  return result.json;
}

/** Edits a backup file and re-signs it, as a buggy or malicious writer could. */
function tampered(
  edit: (document: { schemaVersion: number; library: BackupLibrary }) => void,
  resign = true,
): string {
  const document = JSON.parse(backupJson()) as {
    schemaVersion: number;
    checksum: string;
    library: BackupLibrary;
  };
  edit(document);
  if (resign) document.checksum = bytesToHex(sha256(utf8ToBytes(JSON.stringify(document.library))));
  return JSON.stringify(document);
}

describe('backup → restore', () => {
  it('gives back an identical library (articles, annotations, levels, quote series, settings)', () => {
    const library = sampleLibrary();
    const result = parseBackup(backupJson(library));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.backup.library).toEqual(library);
    expect(result.backup).toMatchObject({
      format: 'kursnotiz-backup',
      schemaVersion: BACKUP_SCHEMA_VERSION,
      ...META,
    });
  });

  it('backs up and restores an empty library', () => {
    const empty: BackupLibrary = { articles: [], annotations: [], levels: [], quoteSeries: [], settings: [] };
    expect(parseBackup(backupJson(empty))).toMatchObject({ ok: true, backup: { library: empty } });
  });

  it('refuses to write a backup of a damaged library (so no file is made that a restore would refuse)', () => {
    const library = sampleLibrary();
    library.annotations.push({ ...library.annotations[0]! });
    expect(createBackup(library, META)).toMatchObject({ ok: false, error: { code: 'inconsistent-content' } });
  });
});

describe('backup: schema versions', () => {
  it('refuses a backup from a newer schema with the clear message, in German and English', () => {
    const result = parseBackup(tampered((document) => (document.schemaVersion = 3)));
    expect(result).toEqual({
      ok: false,
      error: { code: 'newer-schema', values: { found: 3, supported: 1 } },
    });
    if (result.ok) return;
    expect(formatBackupError(result.error, 'de')).toBe(
      'Diese Sicherung stammt aus einer neueren Kursnotiz-Version (Schema 3); diese Version kann Schema 1 lesen.',
    );
    expect(formatBackupError(result.error, 'en')).toContain('newer Kursnotiz version (schema 3)');
  });

  it('refuses a schema older than it can read', () => {
    expect(parseBackup(tampered((document) => (document.schemaVersion = 0)))).toMatchObject({
      ok: false,
      error: { code: 'older-schema', values: { found: 0, oldest: 1 } },
    });
  });
});

describe('backup: damaged and foreign files are refused whole, with the reason', () => {
  it.each([
    ['a truncated file', () => backupJson().slice(0, 5000), 'not-json'],
    ['an empty file', () => '', 'not-json'],
    [
      'a W3C annotation export',
      () => exportW3cAnnotations(annotations, articles, { generatedAtMs: 0 }).json,
      'not-a-backup',
    ],
    ['JSON null', () => 'null', 'not-a-backup'],
    [
      'an edited note (checksum no longer matches)',
      () => tampered((d) => (d.library.annotations[0]!.note = 'geändert'), false),
      'checksum-mismatch',
    ],
  ])('refuses %s', (_label, makeFile, code) => {
    expect(parseBackup(makeFile())).toMatchObject({ ok: false, error: { code } });
  });

  it('names the field of invalid content, and does not restore the 49 valid annotations either', () => {
    const result = parseBackup(tampered((d) => (d.library.annotations[7]!.position.end = 0)));
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalid-content',
        values: { path: 'library.annotations.7.position', detail: 'end must be greater than start' },
      },
    });
  });

  it.each([
    [
      'an annotation of a missing article',
      (d: { library: BackupLibrary }) => (d.library.annotations[2]!.articleId = 'seed:gone'),
      'annotations[2].articleId',
    ],
    [
      'an article whose text no longer matches its hash',
      (d: { library: BackupLibrary }) => (d.library.articles[1]!.blocks[0]!.text += ' Nachtrag.'),
      'articles[1].contentHash',
    ],
    [
      'two articles with the same content hash',
      (d: { library: BackupLibrary }) => d.library.articles.push({ ...d.library.articles[0]!, id: 'copy' }),
      'articles[6].contentHash',
    ],
    [
      'a pinned level whose annotation is missing',
      (d: { library: BackupLibrary }) => (d.library.levels[0]!.annotationId = 'gone'),
      'levels[0].annotationId',
    ],
    [
      'a duplicate setting',
      (d: { library: BackupLibrary }) => d.library.settings.push({ key: 'uiLanguage', value: 'en' }),
      'settings[2].key',
    ],
  ])('refuses %s as inconsistent, naming where', (_label, edit, path) => {
    expect(parseBackup(tampered(edit))).toMatchObject({
      ok: false,
      error: { code: 'inconsistent-content', values: { path } },
    });
  });

  it('refuses unsorted quote bars (the chart would throw on them)', () => {
    const result = parseBackup(tampered((d) => d.library.quoteSeries[0]!.bars.reverse()));
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid-content', values: { path: 'library.quoteSeries.0.bars' } },
    });
  });

  it('refuses a file above the size limit without parsing it', () => {
    expect(parseBackup(backupJson(), { maxChars: 100 })).toMatchObject({
      ok: false,
      error: { code: 'file-too-large' },
    });
  });

  it('never throws, whatever JSON it is given', () => {
    fc.assert(
      fc.property(fc.json(), (json) => {
        const result = parseBackup(json);
        expect(result.ok).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});
