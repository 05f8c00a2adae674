// @vitest-environment node
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SaveFileRequest } from '../../../../shared/ipc-contract';
import { openDatabase } from '../../../../renderer/db/database';
import { readExportOptions } from '../../../../renderer/export/export-settings';
import { initialExportState, useExportStore } from '../../../../renderer/export/export-store';
import { runExport, type ExportDeps } from '../../../../renderer/export/export-service';
import { resetAppStore, useAppStore } from '../../../../renderer/store/app-store';
import { seedSource } from '../../shared/export/seed-dossier';

function depsWith(saveFile: ExportDeps['platform']['saveFile'], yieldToUi?: () => Promise<void>): ExportDeps {
  return {
    app: () => useAppStore.getState(),
    ui: () => useExportStore.getState(),
    db: openDatabase(`export-test-${Math.random()}`),
    platform: { saveFile },
    nowMs: () => Date.UTC(2026, 10, 21, 12),
    yieldToUi,
  };
}

beforeEach(() => {
  resetAppStore();
  useExportStore.setState(initialExportState);
  const source = seedSource();
  useAppStore.setState({
    articles: [...source.articles],
    annotations: [...source.annotations],
    levels: [...source.levels],
    selectedArticleId: source.articles[0]?.id ?? null,
  });
});

describe('runExport', () => {
  it('saves the Markdown under a dated name and remembers the choices', async () => {
    const saved: SaveFileRequest[] = [];
    const saveFile = vi.fn((request: SaveFileRequest) => {
      saved.push(request);
      return Promise.resolve({
        ok: true as const,
        value: { saved: true as const, path: request.suggestedName },
      });
    });
    useExportStore.getState().setOptions({ format: 'markdown', labelLanguage: 'en', tags: ['risk'] });
    const deps = depsWith(saveFile);
    const outcome = await runExport(deps);
    expect(outcome).toMatchObject({ status: 'saved', path: 'Kursnotiz-Notizen-2026-11-21.md' });
    const text = new TextDecoder().decode(saved[0]?.bytes);
    expect(text).toContain('# Kursnotiz dossier: Alibaba (BABA)');
    expect(text).not.toContain('**bullish**');
    // The status speaks the UI's language (German here), whatever language the document uses.
    expect(useAppStore.getState().statusMessage).toBe('Gespeichert: Kursnotiz-Notizen-2026-11-21.md');
    expect(await readExportOptions(deps.db!)).toMatchObject({
      format: 'markdown',
      labelLanguage: 'en',
      tags: ['risk'],
    });
  });

  it('shows a clear message and writes nothing when no annotation matches', async () => {
    const saveFile = vi.fn();
    useExportStore.getState().setOptions({ tags: ['question'], scope: 'current' });
    useAppStore.setState({ language: 'de' });
    const outcome = await runExport(depsWith(saveFile));
    expect(outcome.status).toBe('refused');
    expect(saveFile).not.toHaveBeenCalled();
    expect(useExportStore.getState().message).toContain('Keine Markierung passt');
  });

  it('stops before writing when cancelled during the build, with progress shown until then', async () => {
    const saveFile = vi.fn();
    const seen: number[] = [];
    const outcome = await runExport(
      depsWith(saveFile, () => {
        seen.push(useExportStore.getState().progress?.doneCount ?? -1);
        useExportStore.getState().requestCancel();
        return Promise.resolve();
      }),
    );
    expect(outcome.status).toBe('cancelled');
    expect(seen).toEqual([1]);
    expect(saveFile).not.toHaveBeenCalled();
    expect(useExportStore.getState().progress).toBeNull();
    expect(useAppStore.getState().statusMessage).toBe('Export abgebrochen.');
  });
});
