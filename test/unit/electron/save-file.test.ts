// @vitest-environment node
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { SaveDialogOptions, SaveDialogReturnValue } from 'electron';
import { saveFile, type SaveFileDeps } from '../../../electron/export/save-file';
import { makeSettingsStore, SETTINGS_FILE } from '../../../electron/settings-store';
import type { SaveFileRequest } from '../../../shared/ipc-contract';
import { fakeJsonFs } from './fake-json-fs';

const pdfBytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0xc3, 0xa4]);
const request: SaveFileRequest = {
  suggestedName: 'Alibaba-Dossier.pdf',
  bytes: pdfBytes,
  filter: { name: 'PDF', extensions: ['pdf'] },
};

/** Deps with a scripted dialog that answers with the given paths in turn (undefined = cancel). */
async function makeDeps(answers: (string | undefined)[], settingsJson?: string) {
  const dialogCalls: SaveDialogOptions[] = [];
  const { fs, files } = fakeJsonFs(
    settingsJson === undefined ? {} : { [`/ud/${SETTINGS_FILE}`]: settingsJson },
  );
  const deps = {
    showSaveDialog: (options: SaveDialogOptions): Promise<SaveDialogReturnValue> => {
      dialogCalls.push(options);
      const answer = answers.shift();
      return Promise.resolve(
        answer === undefined ? { canceled: true, filePath: '' } : { canceled: false, filePath: answer },
      );
    },
    // The real node:fs writer against a temporary folder: the bytes must really land on disk.
    writeFile: (path: string, bytes: Uint8Array) => writeFile(path, bytes),
    settings: makeSettingsStore(fs, `/ud/${SETTINGS_FILE}`),
    defaultFolder: '/home/user/Documents',
  } satisfies SaveFileDeps;
  return { deps, dialogCalls, files, dir: await mkdtemp(join(tmpdir(), 'kursnotiz-save-')) };
}

describe('export:save-file handler', () => {
  it('writes the exact bytes where the user chose and remembers that folder', async () => {
    const first = await makeDeps([]);
    const target = join(first.dir, 'Dossier.pdf');
    const { deps, dialogCalls } = await makeDeps([target, join(first.dir, 'second.pdf')]);

    await expect(saveFile(deps, request)).resolves.toEqual({
      ok: true,
      value: { saved: true, path: target },
    });
    expect(new Uint8Array(await readFile(target))).toEqual(pdfBytes);
    expect(dialogCalls[0]).toMatchObject({
      defaultPath: join('/home/user/Documents', 'Alibaba-Dossier.pdf'),
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    });
    expect(dialogCalls[0]?.properties).toContain('showOverwriteConfirmation');

    await saveFile(deps, request);
    // The second dialog opens in the folder of the first save.
    expect(dialogCalls[1]?.defaultPath).toBe(join(first.dir, 'Alibaba-Dossier.pdf'));
  });

  it('returns saved:false and writes nothing when the user cancels', async () => {
    const { deps, files } = await makeDeps([undefined]);
    const write = vi.spyOn(deps, 'writeFile');
    await expect(saveFile(deps, request)).resolves.toEqual({ ok: true, value: { saved: false } });
    expect(write).not.toHaveBeenCalled();
    expect(files.size).toBe(0);
  });

  it('reports an io-error naming the path when the folder is not writable', async () => {
    const { deps } = await makeDeps(['/nonexistent-folder/x/Dossier.pdf']);
    const result = await saveFile(deps, request);
    expect(result).toMatchObject({ ok: false, error: { code: 'io-error' } });
    if (!result.ok) expect(result.error.message).toContain('/nonexistent-folder/x/Dossier.pdf');
  });

  it('ignores a corrupt settings file and still saves', async () => {
    const probe = await makeDeps([]);
    const target = join(probe.dir, 'ok.pdf');
    const { deps, dialogCalls } = await makeDeps([target], '{not json');
    await expect(saveFile(deps, request)).resolves.toMatchObject({ ok: true, value: { saved: true } });
    expect(dialogCalls[0]?.defaultPath).toBe(join('/home/user/Documents', 'Alibaba-Dossier.pdf'));
  });
});
