import { describe, expect, it } from 'vitest';
import { parseArticleFile } from '../../../../shared/import/parse-article-file';
import { blockTexts, importArticle, readFixture } from './helpers/fixtures';
import { makeNodeArticleDeps } from './helpers/node-article-deps';

const EXPECTED_TITLE = 'Alibaba-Aktie: Anleger hoffen auf die Wende';
const EXPECTED_PARAGRAPHS = [
  'Die Aktie des chinesischen Onlinehändlers Alibaba hat in dieser Woche um 8,4 Prozent zugelegt. Händler in Frankfurt verwiesen auf „überraschend starke“ Zahlen aus dem Cloud-Geschäft.',
  'Für deutsche Privatanleger kostet ein Papier derzeit rund 142 € – so viel wie zuletzt im Frühjahr. Die Großbank UBS sieht weiteres Potenzial.',
  'Risiken bleiben: der schwache Konsum in China und mögliche Strafzölle.',
];

describe('plain-text articles in every encoding and line ending', () => {
  it.each([
    ['txt/windows-1252.txt', 'Windows-1252 with CRLF (€, „ “ and – in bytes 0x80–0x9F)'],
    ['txt/utf16le-bom.txt', 'UTF-16 LE with BOM and CRLF'],
    ['txt/utf16be-bom.txt', 'UTF-16 BE with BOM'],
    ['txt/utf8-bom.txt', 'UTF-8 with BOM'],
    ['txt/utf8-crlf.txt', 'UTF-8 with CRLF'],
    ['txt/utf8-cr-only.txt', 'UTF-8 with old-Mac CR line ends'],
  ])('%s (%s) reads the same title and paragraphs', async (path) => {
    const article = await importArticle(path);
    expect(article.title).toBe(EXPECTED_TITLE);
    expect(blockTexts(article)).toEqual(EXPECTED_PARAGRAPHS);
    expect(article.blocks.every((block) => block.kind === 'paragraph')).toBe(true);
    expect(article.language).toBe('de');
    expect(article.source).toBe(path.split('/')[1]);
  });

  it('gives the same content hash to the same article in different encodings', async () => {
    const hashes = await Promise.all(
      ['txt/windows-1252.txt', 'txt/utf16le-bom.txt', 'txt/utf8-cr-only.txt'].map(
        async (path) => (await importArticle(path)).contentHash,
      ),
    );
    expect(new Set(hashes).size).toBe(1);
    expect(hashes[0]).toMatch(/^[0-9a-f]{64}$/u);
  });

  it('reads ISO-8859-1 umlauts and ß', async () => {
    const article = await importArticle('txt/iso-8859-1.txt');
    expect(article.title).toBe('Börsenbrief: Alibaba im Überblick');
    expect(blockTexts(article)[0]).toBe(
      'Der Kurs schloss am Freitag bei 139,50 Euro. Die Stimmung unter Großanlegern hat sich gebessert, heißt es aus Händlerkreisen.',
    );
  });

  it('joins hard-wrapped lines, dropping break hyphens but keeping real ones', async () => {
    const article = await importArticle('txt/hard-wrapped.txt');
    expect(blockTexts(article)).toEqual([
      'Das Wachstum der Cloud-Sparte von Alibaba bleibt der wichtigste Kurstreiber. Anleger achten zudem auf die Cloud-Infrastruktur und die Investitionen in eigene KI-Chips, die der Konzern zuletzt deutlich erhöht hat.',
    ]);
  });

  it('uses the file time as an approximate date when the text has none', async () => {
    const result = await parseArticleFile(
      {
        fileName: 'utf8-bom.txt',
        bytes: readFixture('txt/utf8-bom.txt'),
        lastModifiedMs: Date.UTC(2026, 10, 20, 12),
      },
      makeNodeArticleDeps(),
    );
    expect(result.ok && result.article).toMatchObject({
      publishedOn: '2026-11-20',
      dateConfidence: 'approximate',
      dateSource: 'file-modified',
    });
  });
});
