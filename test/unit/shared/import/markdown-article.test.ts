import { describe, expect, it } from 'vitest';
import { parseArticleFile } from '../../../../shared/import/parse-article-file';
import { importArticle } from './helpers/fixtures';
import { makeNodeArticleDeps } from './helpers/node-article-deps';

describe('Markdown article with front matter', () => {
  it('takes title, date, source and language from the front matter', async () => {
    const article = await importArticle('md/alibaba-analyse-frontmatter.md');
    expect(article).toMatchObject({
      title: 'Alibaba nach den Zahlen: Drei Gründe für Zuversicht',
      publishedOn: '2026-11-19',
      dateConfidence: 'stated',
      dateSource: 'front-matter',
      source: 'Depotnotizen',
      language: 'de',
      format: 'md',
    });
  });

  it('renders structure as text blocks with the markup reduced to text', async () => {
    const article = await importArticle('md/alibaba-analyse-frontmatter.md');
    expect(article.blocks.slice(0, 6)).toEqual([
      {
        kind: 'paragraph',
        text: 'Die Quartalszahlen von Alibaba haben die Erwartungen übertroffen. Vor allem das Cloud-Geschäft überzeugt: Der Umsatz wuchs um 26 Prozent auf umgerechnet 4,6 Milliarden €.',
      },
      { kind: 'heading', text: 'Die drei Gründe' },
      { kind: 'list-item', text: 'Die Cloud-Sparte wächst wieder zweistellig.' },
      { kind: 'list-item', text: 'Der Aktienrückkauf über 25 Milliarden US-Dollar läuft weiter.' },
      { kind: 'list-item', text: 'Die Bewertung liegt mit dem zwölffachen Gewinn unter der von Amazon.' },
      { kind: 'quote', text: '„Wir sehen eine klare Wende im Kerngeschäft“, schreibt Analystin Maria Groß.' },
    ]);
    expect(article.blocks.at(-1)?.text).toBe(
      'Fazit: Wer Geduld hat, findet bei Alibaba ein solides Chance-Risiko-Verhältnis – trotz der Risiken durch Regulierung und schwachen Konsum. Chart',
    );
  });

  it('never keeps live HTML: the script is dropped, other tags leave only their text', async () => {
    const article = await importArticle('md/alibaba-analyse-frontmatter.md');
    const text = article.blocks.map((block) => block.text).join('\n');
    expect(text).not.toMatch(/<|alert|onclick|https?:/u);
    expect(text).toContain('Eingebettetes HTML wird nur als Text übernommen.');
    // The front matter's block scalar is not metadata and not body text.
    expect(text).not.toContain('Block-Text');
  });

  it('keeps fenced code as literal text (harmless: blocks are never rendered as HTML)', async () => {
    const markdown = 'Einleitung zum Beispiel.\n\n```\n<b>fett</b>\n\nzweite Zeile\n```\n';
    const result = await parseArticleFile(
      { fileName: 'code.md', bytes: new TextEncoder().encode(markdown) },
      makeNodeArticleDeps(),
    );
    expect(result.ok && result.article.blocks).toEqual([
      { kind: 'paragraph', text: 'Einleitung zum Beispiel.' },
      { kind: 'paragraph', text: '<b>fett</b>\nzweite Zeile' },
    ]);
  });
});
