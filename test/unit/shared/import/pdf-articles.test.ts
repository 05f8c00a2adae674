import { describe, expect, it, vi } from 'vitest';
import { parseArticleFile } from '../../../../shared/import/parse-article-file';
import { blockTexts, importArticle, readFixture } from './helpers/fixtures';
import { makeNodeArticleDeps } from './helpers/node-article-deps';

describe('PDF articles (pdf.js text layer)', () => {
  it('rebuilds the research note: headings by size, paragraphs by spacing, line-end hyphens joined', async () => {
    const article = await importArticle('pdf/research-note-alibaba.pdf');
    expect(article).toMatchObject({
      title: 'Alibaba Group: Cloud-Momentum hält an',
      publishedOn: '2026-11-17',
      dateSource: 'pdf-metadata',
      dateConfidence: 'approximate',
      language: 'de',
      format: 'pdf',
    });
    expect(article.blocks).toEqual([
      { kind: 'paragraph', text: 'Nordkap Research · Aktienanalyse China' },
      {
        kind: 'paragraph',
        text: 'Alibaba hat im abgelaufenen Quartal erneut gezeigt, dass das Wachstum der Cloud-Sparte die Schwäche im Inlandshandel ausgleichen kann. Der Umsatz der Sparte stieg um 26 Prozent auf umgerechnet 4,6 Mrd. €.',
      },
      { kind: 'heading', text: 'Investitionen in KI' },
      {
        kind: 'paragraph',
        text: 'Das Management bekräftigte, in den kommenden drei Jahren mehr als 50 Milliarden US-Dollar in Rechenzentren und die eigene Cloud-Infrastruktur zu investieren. Kurzfristig belastet das den freien Cashflow, langfristig stärkt es die Wettbewerbsposition gegenüber Tencent.',
      },
      {
        kind: 'paragraph',
        text: 'Wir bestätigen unser Kursziel von 185 € und die Einstufung „Kaufen“ – das Chance-Risiko-Verhältnis bleibt attraktiv.',
      },
      { kind: 'heading', text: 'Risiken' },
      {
        kind: 'paragraph',
        text: 'Zu den Risiken zählen eine schärfere Regulierung, geopolitische Spannungen sowie ein anhaltend schwacher Konsum in China.',
      },
    ]);
  });

  it('reads a bank statement: one block per label/value row, the printed date, hyphenation joined', async () => {
    const article = await importArticle('pdf/depotabrechnung-alibaba.pdf');
    expect(article).toMatchObject({
      title: 'Wertpapierabrechnung Kauf Alibaba Group Holding',
      publishedOn: '2026-11-17',
      dateSource: 'text',
      dateConfidence: 'inferred',
    });
    const texts = blockTexts(article);
    expect(texts).toEqual(
      expect.arrayContaining([
        'Wertpapierabrechnung – Kauf',
        'Datum 17.11.2026',
        'Wertpapier Alibaba Group Holding Ltd. Reg. Shares',
        'Stück 100',
        'Kurswert 1.423,50 EUR',
        'Ausmachender Betrag 1.433,40 EUR zu Ihren Lasten',
        'Die Abrechnung erfolgt gemäß den Sonderbedingungen für Wertpapiergeschäfte. Bitte prüfen Sie diese Abrechnung umgehend auf Richtigkeit und Vollständigkeit. Einwendungen müssen innerhalb von sechs Wochen nach Zugang erhoben werden.',
        'Der Betrag von 1.433,40 € wird Ihrem Verrechnungskonto mit Valuta 19.11.2026 belastet.',
      ]),
    );
  });

  it('leaves the caller’s bytes intact (pdf.js gets a copy it may detach)', async () => {
    const bytes = readFixture('pdf/research-note-alibaba.pdf');
    const length = bytes.length;
    await parseArticleFile({ fileName: 'note.pdf', bytes }, makeNodeArticleDeps());
    expect(bytes.length).toBe(length);
    expect(String.fromCharCode(...bytes.subarray(0, 5))).toBe('%PDF-');
  });

  it('fetches nothing while reading a PDF (no fonts, cMaps or workers from the network)', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    try {
      await importArticle('pdf/research-note-alibaba.pdf');
      expect(fetchSpy).not.toHaveBeenCalled();
    } finally {
      fetchSpy.mockRestore();
    }
  });
});
