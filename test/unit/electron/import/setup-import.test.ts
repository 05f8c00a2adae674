// @vitest-environment node
import { mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { OpenDialogOptions, OpenDialogReturnValue } from 'electron';
import { setupImport, type ImportDeps } from '../../../../electron/import/setup-import';
import { makeWorkerClient } from '../../../../electron/import/worker-client';
import { makeIpcRouter, type SenderEvent } from '../../../../electron/ipc-router';
import { makeSettingsStore, SETTINGS_FILE } from '../../../../electron/settings-store';
import type { ImportProgress } from '../../../../shared/import-pipeline/transfer-schema';
import { fakeJsonFs } from '../fake-json-fs';
import { fakeWorkerProcess } from './fake-worker';

const FIXTURES = new URL('../../../fixtures/import/', import.meta.url).pathname;
type Handler = (event: SenderEvent, ...args: unknown[]) => Promise<unknown>;

function setUp(answers: string[][]) {
  const handlers = new Map<string, Handler>();
  const router = makeIpcRouter(
    { handle: (channel, listener) => handlers.set(channel, listener) },
    () => true,
  );
  const dialogCalls: OpenDialogOptions[] = [];
  const progress: ImportProgress[] = [];
  const reads: string[] = [];
  const { fs } = fakeJsonFs({});
  const deps: ImportDeps = {
    showOpenDialog: (options): Promise<OpenDialogReturnValue> => {
      dialogCalls.push(options);
      const paths = answers.shift() ?? [];
      return Promise.resolve({ canceled: paths.length === 0, filePaths: paths });
    },
    // The real file system: stat and read real fixture files, recording which files were read.
    fs: {
      stat,
      readFile: (path) => {
        reads.push(path);
        return readFile(path);
      },
    },
    worker: makeWorkerClient(() => fakeWorkerProcess(() => 'real')),
    settings: makeSettingsStore(fs, `/ud/${SETTINGS_FILE}`),
    defaultFolder: '/home/user/Documents',
    sendProgress: (value) => progress.push(value),
  };
  setupImport(router, deps);
  const call = (channel: string, ...args: unknown[]) =>
    handlers.get(channel)!({ senderFrame: { url: 'app://kursnotiz/' } }, ...args);
  return { call, dialogCalls, progress, reads };
}

describe('import handlers in main', () => {
  it('opens a multi-select dialog with filters in the remembered folder; reads, parses and reports each file', async () => {
    const big = join(await mkdtemp(join(tmpdir(), 'kn-import-')), 'riesig.txt');
    await writeFile(big, new Uint8Array(21 * 1024 * 1024));
    const { call, dialogCalls, progress, reads } = setUp([
      [
        `${FIXTURES}txt/windows-1252.txt`,
        `${FIXTURES}bad/encrypted.pdf`,
        big,
        `${FIXTURES}e2e/kursliste.xlsx`,
      ],
      [],
    ]);
    const result = (await call('import:pick-files', 'all')) as {
      ok: true;
      value: { files: { kind: string; fileName: string; rejection?: { code: string } }[] };
    };

    expect(dialogCalls[0]).toMatchObject({
      defaultPath: '/home/user/Documents',
      properties: ['openFile', 'multiSelections'],
    });
    expect(dialogCalls[0]!.filters![0]!.extensions).toEqual(
      expect.arrayContaining(['csv', 'txt', 'md', 'html', 'pdf']),
    );
    expect(
      result.value.files.map((file) => [
        file.fileName,
        file.kind === 'rejected' ? file.rejection!.code : file.kind,
      ]),
    ).toEqual([
      ['windows-1252.txt', 'article'],
      ['encrypted.pdf', 'encrypted-pdf'],
      ['riesig.txt', 'too-large'],
      ['kursliste.xlsx', 'unsupported-type'],
    ]);
    // The 21 MB file and the unsupported one were never read into memory.
    expect(reads.map((path) => path.split('/').pop())).toEqual(['windows-1252.txt', 'encrypted.pdf']);
    expect(progress.at(-1)).toEqual({ doneCount: 4, totalCount: 4, fileName: '' });

    await call('import:pick-files', 'all');
    expect(dialogCalls[1]!.defaultPath).toBe(`${FIXTURES}txt`);
  });

  it('offers only price data when the chart asks for a price history, and refuses an unknown format', async () => {
    const { call, dialogCalls } = setUp([[]]);
    await call('import:pick-files', 'price-data');
    expect(dialogCalls[0]!.filters).toEqual([
      { name: 'Kursdaten / Price data (CSV)', extensions: ['csv', 'tsv'] },
    ]);
    expect(await call('import:pick-files', 'exe')).toMatchObject({ ok: false });
    expect(dialogCalls).toHaveLength(1);
  });

  it('returns an empty batch when the dialog is cancelled', async () => {
    const { call } = setUp([[]]);
    expect(await call('import:pick-files', 'all')).toEqual({
      ok: true,
      value: { files: [], isCancelled: false },
    });
  });

  it('parses dropped bytes and refuses arguments that break the contract (too large, no name)', async () => {
    const { call } = setUp([]);
    const bytes = new Uint8Array(await readFile(`${FIXTURES}csv/BABA.csv`));
    const parsed = (await call('import:parse-files', [{ fileName: 'BABA.csv', bytes }])) as {
      ok: true;
      value: { files: { kind: string }[] };
    };
    expect(parsed.value.files.map((file) => file.kind)).toEqual(['price-csv']);
    const tooLarge = await call('import:parse-files', [
      { fileName: 'a.txt', bytes: new Uint8Array(21 * 1024 * 1024) },
    ]);
    const nameless = await call('import:parse-files', [{ fileName: '', bytes }]);
    expect(tooLarge).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(nameless).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  });

  it('cancel stops the batch after the current file; the rest is reported as cancelled', async () => {
    const { call } = setUp([]);
    const bytes = new Uint8Array(await readFile(`${FIXTURES}txt/windows-1252.txt`));
    const files = Array.from({ length: 5 }, (_unused, index) => ({ fileName: `a${index}.txt`, bytes }));
    const running = call('import:parse-files', files);
    await call('import:cancel');
    const result = (await running) as {
      ok: true;
      value: { isCancelled: boolean; files: { kind: string; rejection?: { code: string } }[] };
    };
    expect(result.value.isCancelled).toBe(true);
    const cancelled = result.value.files.filter((file) => file.rejection?.code === 'cancelled');
    expect(cancelled.length).toBeGreaterThanOrEqual(4);
    expect(result.value.files).toHaveLength(5);
  });
});
