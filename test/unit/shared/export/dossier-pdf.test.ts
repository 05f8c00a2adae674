// @vitest-environment node
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDossier, buildPdfDocument, type Dossier } from '../../../../shared/export';
import { parseNote } from '../../../../renderer/annotations/markdown/parse-note';
import { dossierLabels } from '../../../../renderer/export/dossier-labels';
import { outlineTitles, pdfInfo, pdfText, renderPdfInNode } from './node-pdf';
import { seedSource } from './seed-dossier';

const OUT_DIR = '/tmp/kursnotiz-export-test';
// A real PNG stands in for the chart screenshot (the live chart is covered by the e2e test).
const CHART_PNG = `data:image/png;base64,${readFileSync(new URL('../../../../build/icon.png', import.meta.url)).toString('base64')}`;

function dossierOf(options: Parameters<typeof seedSource>[0]): Dossier {
  const result = buildDossier(seedSource(options, CHART_PNG));
  if (!result.ok) throw new Error(result.error.message);
  return result.dossier;
}

async function writePdf(name: string, dossier: Dossier, language: 'de' | 'en'): Promise<string> {
  const definition = buildPdfDocument(dossier, { labels: dossierLabels(language), parseNote });
  const bytes = await renderPdfInNode(definition);
  mkdirSync(OUT_DIR, { recursive: true });
  const path = `${OUT_DIR}/${name}.pdf`;
  writeFileSync(path, bytes);
  return path;
}

/** The note as it reads on paper: Markdown markers gone, link URLs printed. */
function printedNote(note: string): string {
  return note
    .replace(/\[([^\]]+)\]\(([^)]+)\)/gu, '$1 ($2)')
    .replace(/\*\*|\*|^- /gmu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

describe('PDF dossier built in Node from the seeds', () => {
  it('holds every quote and note with German typography, metadata and page numbers', async () => {
    const dossier = dossierOf({ scope: 'all', content: 'excerpts' });
    expect(dossier.passageCount).toBe(12);
    expect(dossier.orphanCount).toBe(1);
    const path = await writePdf('excerpts-de', dossier, 'de');
    // pdftotext joins a word broken after its own hyphen ("Cloud-|Sparte" → "CloudSparte"): compare without hyphens.
    const text = pdfText(path).replace(/-/gu, '');
    const flat = (value: string) => value.replace(/\s+/gu, ' ').replace(/-/gu, '');
    for (const item of dossier.articles) {
      expect(text).toContain(flat(item.article.title));
      for (const passage of [...item.passages, ...item.orphans]) {
        expect(text).toContain(flat(`„${passage.quote}“`));
        if (passage.note !== '') expect(text).toContain(flat(printedNote(passage.note)));
      }
    }
    expect(text).toContain('Größenordnung');
    expect(text).toContain('3,2 Mrd. €');
    expect(text).toContain('Kursziel');
    expect(text).toContain('Nicht mehr verankerte Markierungen');
    const info = pdfInfo(path);
    const pages = Number(info.get('Pages'));
    expect(info.get('Title')).toBe('Kursnotiz-Dossier: Alibaba (BABA)');
    expect(info.get('Author')).toBe('Kursnotiz');
    expect(pages).toBeGreaterThanOrEqual(2 + dossier.articles.length);
    expect(text).toContain(`Seite ${pages} von ${pages}`);
    expect(info.get('Page size')).toContain('595.28 x 841.89');
    // One bookmark per article, in dossier order.
    const bookmarks = outlineTitles(readFileSync(path)).filter((title) => title !== info.get('Title'));
    expect(bookmarks).toEqual(dossier.articles.map((item) => item.article.title));
  });

  it('prints the whole article in full-text mode, in English labels on Letter paper', async () => {
    const dossier = dossierOf({ scope: 'all', content: 'full-text', paper: 'LETTER', labelLanguage: 'en' });
    const path = await writePdf('full-text-en', dossier, 'en');
    const text = pdfText(path);
    const lastBlock = dossier.articles[0]?.article.blocks.at(-1)?.text ?? 'missing';
    expect(text).toContain(lastBlock.replace(/\s+/gu, ' '));
    expect(text).toContain('[bullish]');
    expect(text).toMatch(/Page 1 of \d+/u);
    const info = pdfInfo(path);
    expect(info.get('Title')).toBe('Kursnotiz dossier: Alibaba (BABA)');
    expect(info.get('Page size')).toContain('612 x 792');
  });
});
