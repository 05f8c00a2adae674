import { describe, expect, it } from 'vitest';
import { blockTexts, importArticle, importFixture } from './helpers/fixtures';

describe('saved German news pages', () => {
  it('extracts the main article of a page saved with nav, cookie banner, ads, related links and comments', async () => {
    const article = await importArticle('html/boersenblick-alibaba-cloud.html');
    expect(article).toMatchObject({
      title: 'Alibaba: Cloud-Sparte wächst um 26 Prozent – Anleger atmen auf',
      source: 'Börsenblick',
      publishedOn: '2026-11-18',
      dateConfidence: 'stated',
      dateSource: 'html-meta',
      language: 'de',
      format: 'html',
    });
    const texts = blockTexts(article);
    expect(texts).toContain(
      'Der chinesische Onlinehändler Alibaba hat im zweiten Geschäftsquartal mehr umgesetzt als von Analysten erwartet. Der Umsatz stieg auf umgerechnet 34,8 Milliarden €, wie der Konzern am Dienstag in Hangzhou mitteilte.',
    );
    expect(article.blocks).toContainEqual({ kind: 'heading', text: 'Cloud-Geschäft als Wachstumstreiber' });
    expect(article.blocks).toContainEqual({
      kind: 'quote',
      text: '„Wir investieren weiter massiv in Rechenzentren – auch wenn das die Marge kurzfristig belastet.“',
    });
    expect(article.blocks).toContainEqual({ kind: 'list-item', text: 'Umsatz: 34,8 Mrd. € (+5 %)' });
    expect(texts.at(-1)).toBe(
      'Analysten der Großbank UBS bestätigten ihr Kursziel von 190 US-Dollar für die in den USA gehandelten Papiere. Die Bewertung sei mit dem rund zwölffachen Gewinn für das kommende Jahr „weiterhin moderat“.',
    );
    const all = texts.join('\n');
    for (const chrome of [
      'Cookies',
      'Alle akzeptieren',
      'Anzeige',
      'Mehr zum Thema',
      'Kommentare',
      'Depotpilot',
      'Impressum',
      'DAX',
    ]) {
      expect(all, `page chrome "${chrome}" leaked into the article`).not.toContain(chrome);
    }
    // The headline is the title, not repeated as the first block.
    expect(texts).not.toContain(article.title);
  });

  it('honours a declared ISO-8859-1 charset whose bytes are really Windows-1252', async () => {
    const result = await importFixture('html/finanzkurier-kursziele-windows-1252.html');
    expect(result.ok && result.warnings).toEqual([]);
    const article = await importArticle('html/finanzkurier-kursziele-windows-1252.html');
    expect(article).toMatchObject({
      title: 'Alibaba-Aktie: Analysten heben Kursziele an',
      source: 'finanzkurier.de',
      publishedOn: '2026-11-19',
      dateSource: 'html-time',
      language: 'de',
    });
    expect(blockTexts(article)).toEqual(
      expect.arrayContaining([
        'Nach den überraschend guten Quartalszahlen haben mehrere Banken ihre Kursziele für Alibaba erhöht. Die Spanne reicht nun von 150 bis 210 US-Dollar – ein Plus von durchschnittlich 12 Prozent.',
        '„Das Chancen-Risiko-Verhältnis ist attraktiv“, schreibt Analystin Jana Weiß in einer Studie. Für Privatanleger in Deutschland notiert die Aktie in Frankfurt bei rund 142 €.',
      ]),
    );
    const all = blockTexts(article).join('\n');
    expect(all).not.toMatch(/[\u0080-\u009f\ufffd]/u);
    expect(all).not.toContain('Startguthaben');
  });
});
