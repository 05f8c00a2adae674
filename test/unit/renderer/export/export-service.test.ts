// @vitest-environment node
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SaveFileRequest } from '../../../../shared/ipc-contract';
import { openDatabase } from '../../../../renderer/db/database';
import { readExportOptions } from '../../../../renderer/export/export-settings';
import { initialExportState, useExportStore } from '../../../../renderer/export/export-store';
import { runExport, type ExportDeps } from '../../../../renderer/export/export-service';
import { dossierPdfDefinition } from '../../../../renderer/export/pdf-definition';
import { PdfCancelledError, type DossierPdfWriter } from '../../../../renderer/export/pdf-worker-protocol';
import { resetAppStore, useAppStore } from '../../../../renderer/store/app-store';
import { seedSource } from '../../shared/export/seed-dossier';

function depsWith(saveFile: ExportDeps['platform']['saveFile']): ExportDeps {
  return {
    app: () => useAppStore.getState(),
    ui: () => useExportStore.getState(),
    db: openDatabase(`export-test-${Math.random()}`),
    platform: { saveFile },
    nowMs: () => Date.UTC(2026, 10, 21, 12),
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

  it('stops the PDF writer mid-way on Cancel and saves nothing, with progress shown until then', async () => {
    const saveFile = vi.fn();
    const seen: string[] = [];
    let wasAborted = false;
    // Builds the real document with its progress, then "writes" until aborted, as pdfmake in the worker would.
    const writePdf: DossierPdfWriter = ({ dossier, labels }, { signal, onProgress }) => {
      dossierPdfDefinition(dossier, labels, onProgress);
      const { progress } = useExportStore.getState();
      // The dialog shows every article built and the writing step under way when pdfmake would start.
      expect(dossier.articles.length).toBeGreaterThan(1);
      expect(progress).toEqual({
        doneCount: dossier.articles.length,
        totalCount: dossier.articles.length,
        isWriting: true,
      });
      seen.push('writing');
      useExportStore.getState().requestCancel();
      return new Promise((_, reject) => {
        signal.addEventListener('abort', () => {
          wasAborted = true;
          reject(new PdfCancelledError());
        });
      });
    };
    const outcome = await runExport({ ...depsWith(saveFile), writePdf });
    expect(outcome.status).toBe('cancelled');
    expect(wasAborted).toBe(true);
    expect(seen).toEqual(['writing']);
    expect(saveFile).not.toHaveBeenCalled();
    expect(useExportStore.getState().progress).toBeNull();
    expect(useAppStore.getState().statusMessage).toBe('Export abgebrochen.');
  });

  it('names the reason when the PDF writer fails, and saves nothing', async () => {
    const saveFile = vi.fn();
    const writePdf: DossierPdfWriter = () =>
      Promise.reject(new Error('the PDF worker stopped: out of memory'));
    const outcome = await runExport({ ...depsWith(saveFile), writePdf });
    expect(outcome.status).toBe('failed');
    expect(saveFile).not.toHaveBeenCalled();
    expect(useExportStore.getState().message).toContain('out of memory');
  });
});
