import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAndCheck } from './helpers/result-invariants';
import { readFixture } from './helpers/fixtures';
import { makeNodeArticleDeps } from './helpers/node-article-deps';

const deps = makeNodeArticleDeps();
const PROPERTY_TIMEOUT_MS = 240_000;

const FIXTURES: readonly (readonly [string, string])[] = [
  ['txt/windows-1252.txt', 'a.txt'],
  ['txt/utf16le-bom.txt', 'b.txt'],
  ['txt/utf16be-bom.txt', 'c.txt'],
  ['md/alibaba-analyse-frontmatter.md', 'd.md'],
  ['html/boersenblick-alibaba-cloud.html', 'e.html'],
  ['html/finanzkurier-kursziele-windows-1252.html', 'f.htm'],
  ['html/hostile-alibaba-page.html', 'g.html'],
];
const PDF_FIXTURES = ['pdf/research-note-alibaba.pdf', 'pdf/depotabrechnung-alibaba.pdf'];

type Mutation =
  | { kind: 'truncate'; at: number }
  | { kind: 'flip'; at: number; bit: number }
  | { kind: 'insert'; at: number; bytes: Uint8Array };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    bytes: fc.uint8Array({ minLength: 1, maxLength: 64 }),
  }),
);

function mutate(original: Uint8Array, mutations: readonly Mutation[]): Uint8Array {
  let bytes = original.slice();
  for (const mutation of mutations) {
    const at = bytes.length === 0 ? 0 : mutation.at % bytes.length;
    if (mutation.kind === 'truncate') bytes = bytes.slice(0, at);
    else if (mutation.kind === 'flip') bytes[at] = (bytes[at] ?? 0) ^ (1 << mutation.bit);
    else bytes = new Uint8Array([...bytes.subarray(0, at), ...mutation.bytes, ...bytes.subarray(at)]);
  }
  return bytes;
}

const WORDS = [
  'Alibaba',
  'Aktie',
  'Größe',
  'Umsatz',
  'Cloud-Sparte',
  'wächst',
  'um',
  '26',
  'Prozent',
  '€',
  '„Zitat“',
  '–',
  'Straße',
  'KI',
];
const wordsArb = fc
  .array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 12 })
  .map((words) => words.join(' '));
const HOSTILE_ATTRIBUTES = [
  'onerror="window.__pwned=1"',
  'onclick="alert(1)"',
  'href="javascript:alert(1)"',
  'src="https://evil.example/x.png"',
  'style="background:url(https://evil.example/y.png)"',
  'class="ad"',
  'lang="de"',
  'srcdoc="<script>alert(1)</script>"',
];
const TAGS = [
  'p',
  'div',
  'h1',
  'h2',
  'h3',
  'ul',
  'ol',
  'li',
  'blockquote',
  'span',
  'a',
  'em',
  'table',
  'tr',
  'td',
  'article',
  'section',
  'nav',
  'svg',
  'script',
  'style',
  'iframe',
  'object',
  'form',
  'img',
  'math',
  'template',
  'noscript',
  'br',
  'pre',
];

const htmlArb: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    wordsArb,
    fc
      .tuple(
        fc.constantFrom(...TAGS),
        fc.subarray(HOSTILE_ATTRIBUTES, { maxLength: 3 }),
        fc.array(tie('node'), { maxLength: 5 }),
      )
      .map(([tag, attributes, children]) => `<${tag} ${attributes.join(' ')}>${children.join('')}</${tag}>`),
  ),
})).node;

describe('article parsers under random and mutated input (fast-check)', () => {
  it(
    'random bytes under every extension give a typed result in time',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.uint8Array({ maxLength: 4096 }),
          fc.constantFrom('x.txt', 'x.md', 'x.html', 'x.pdf'),
          async (bytes, name) => {
            await parseAndCheck(name, bytes, deps);
          },
        ),
        { numRuns: 150 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'truncated, bit-flipped and spliced text and HTML fixtures give a typed result in time',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...FIXTURES),
          fc.array(mutationArb, { minLength: 1, maxLength: 6 }),
          async ([path, name], mutations) => {
            await parseAndCheck(name, mutate(readFixture(path), mutations), deps);
          },
        ),
        { numRuns: 120 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'mutated PDFs give a typed result in time',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...PDF_FIXTURES),
          fc.array(mutationArb, { minLength: 1, maxLength: 4 }),
          async (path, mutations) => {
            await parseAndCheck('m.pdf', mutate(readFixture(path), mutations), deps);
          },
        ),
        { numRuns: 60 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'random HTML built from hostile tags and attributes yields text only',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(htmlArb, { minLength: 1, maxLength: 6 }), async (nodes) => {
          const html = `<!DOCTYPE html><html><head><title>T</title></head><body>${nodes.join('')}</body></html>`;
          const result = await parseAndCheck('r.html', new TextEncoder().encode(html), deps);
          if (!result.ok) return;
          for (const block of result.article.blocks) {
            expect(block.text).not.toMatch(/<|onerror|onclick|javascript:|evil\.example|alert\(/u);
          }
        }),
        { numRuns: 150 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'random Markdown-shaped lines yield text without markup characters of links or tags',
    async () => {
      const lineArb = fc.oneof(
        wordsArb,
        wordsArb.map((text) => `# ${text}`),
        wordsArb.map((text) => `- ${text}`),
        wordsArb.map((text) => `> ${text}`),
        wordsArb.map((text) => `**${text}** [${text}](https://evil.example/) <img src=x onerror=alert(1)>`),
        // No code fences here: code keeps its text verbatim by design (tested by example in markdown-article).
        fc.constantFrom('---', '', '<script>', '</script>', '| a | b |', 'title: x', '***', '1. eins'),
      );
      await fc.assert(
        fc.asyncProperty(fc.array(lineArb, { maxLength: 30 }), async (lines) => {
          const result = await parseAndCheck('r.md', new TextEncoder().encode(lines.join('\n')), deps);
          if (!result.ok) return;
          for (const block of result.article.blocks)
            expect(block.text).not.toMatch(/evil\.example|onerror|<img/u);
        }),
        { numRuns: 150 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'German sentences survive every supported text encoding word for word',
    async () => {
      const encodings = ['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'windows-1252'] as const;
      const encode = (text: string, encoding: (typeof encodings)[number]): Uint8Array => {
        if (encoding === 'utf-8') return new TextEncoder().encode(text);
        if (encoding === 'utf-8-bom')
          return new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
        if (encoding === 'windows-1252') {
          const high: Record<string, number> = { '€': 0x80, '„': 0x84, '“': 0x93, '–': 0x96 };
          return Uint8Array.from(text, (char) => high[char] ?? char.charCodeAt(0));
        }
        const bytes = new Uint8Array(2 + text.length * 2);
        const isLittle = encoding === 'utf-16le';
        bytes.set(isLittle ? [0xff, 0xfe] : [0xfe, 0xff]);
        for (let index = 0; index < text.length; index += 1) {
          const code = text.charCodeAt(index);
          bytes.set(isLittle ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff], 2 + index * 2);
        }
        return bytes;
      };
      await fc.assert(
        fc.asyncProperty(
          // Each sentence opens with a word: a leading "–" or "1." would rightly read as a list marker.
          fc.array(
            wordsArb.map((text) => `Satz ${text}.`),
            { minLength: 1, maxLength: 6 },
          ),
          fc.constantFrom(...encodings),
          fc.constantFrom('\n\n', '\r\n\r\n', '\r\r'),
          async (sentences, encoding, paragraphBreak) => {
            const text = `Überschrift zum Test\n\n${sentences.join(paragraphBreak)}`;
            const result = await parseAndCheck('s.txt', encode(text, encoding), deps);
            expect(result.ok).toBe(true);
            if (!result.ok) return;
            const words = (value: string): string[] => value.split(/\s+/u).filter((word) => word !== '');
            expect(words(result.article.blocks.map((block) => block.text).join(' '))).toEqual(
              words(sentences.join(' ')),
            );
          },
        ),
        { numRuns: 100 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});
