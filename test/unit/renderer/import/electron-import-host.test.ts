// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import {
  makeElectronImportHost,
  type ImportApi,
} from '../../../../renderer/import/services/electron-import-host';
import type { ParsedImportFile } from '../../../../shared/import-pipeline/parsed-import-file';
import type { ImportProgress } from '../../../../shared/import-pipeline/transfer-schema';

async function collect(files: AsyncIterable<ParsedImportFile>): Promise<ParsedImportFile[]> {
  const all: ParsedImportFile[] = [];
  for await (const file of files) all.push(file);
  return all;
}

function browserFile(name: string, text: string, size = text.length) {
  return {
    name,
    size,
    lastModified: 0,
    arrayBuffer: vi.fn(() => Promise.resolve(new TextEncoder().encode(text).buffer)),
  };
}

function fakeApi(answer: unknown): ImportApi & { progressListeners: Set<(p: ImportProgress) => void> } {
  const progressListeners = new Set<(p: ImportProgress) => void>();
  return {
    progressListeners,
    pickImportFiles: vi.fn(() => Promise.resolve({ ok: true as const, value: answer as never })),
    parseImportFiles: vi.fn(() => Promise.resolve({ ok: true as const, value: answer as never })),
    cancelImport: vi.fn(() => Promise.resolve({ ok: true as const, value: null })),
    onImportProgress: (listener) => {
      progressListeners.add(listener);
      return () => progressListeners.delete(listener);
    },
  };
}

describe('Electron import host', () => {
  it('rejects every dropped file when main answers with something that is not a valid batch', async () => {
    const api = fakeApi({ files: [{ kind: 'article', fileName: 'a.txt' }], isCancelled: false });
    const host = makeElectronImportHost(api, () => undefined);
    const source = host.parseFiles([browserFile('a.txt', 'Text'), browserFile('b.md', '# B')]);
    const files = await collect(source.files);
    expect(files.map((file) => (file.kind === 'rejected' ? file.rejection.code : file.kind))).toEqual([
      'worker-failed',
      'worker-failed',
    ]);
  });

  it('never reads a too large dropped file and sends only the others to main', async () => {
    const api = fakeApi({ files: [], isCancelled: false });
    const huge = browserFile('riesig.pdf', 'x', 25 * 1024 * 1024);
    const small = browserFile('klein.txt', 'Alibaba');
    const files = await collect(makeElectronImportHost(api, () => undefined).parseFiles([huge, small]).files);
    expect(huge.arrayBuffer).not.toHaveBeenCalled();
    expect(files[0]).toMatchObject({ kind: 'rejected', rejection: { code: 'too-large' } });
    expect(api.parseImportFiles).toHaveBeenCalledWith([expect.objectContaining({ fileName: 'klein.txt' })]);
  });

  it('shows main progress while the dialog batch runs and stops listening afterwards; a cancelled dialog gives null', async () => {
    const api = fakeApi({ files: [], isCancelled: false });
    const seen: ImportProgress[] = [];
    api.pickImportFiles = vi.fn(() => {
      for (const listener of api.progressListeners)
        listener({ doneCount: 1, totalCount: 3, fileName: 'a.txt' });
      return Promise.resolve({ ok: true as const, value: { files: [], isCancelled: false } });
    });
    const host = makeElectronImportHost(api, (progress) => seen.push(progress));
    expect(await host.pickFiles!('price-data')).toBeNull();
    expect(api.pickImportFiles).toHaveBeenCalledWith('price-data');
    expect(seen).toEqual([{ doneCount: 1, totalCount: 3, fileName: 'a.txt' }]);
    expect(api.progressListeners.size).toBe(0);
  });
});
