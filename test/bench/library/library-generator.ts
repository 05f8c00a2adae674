// A deterministic large library for `npm run bench`: German articles as .txt files (fed to the real import),
// annotations described by the passage they quote (anchored on the imported text by the loader), a Yahoo
// CSV of daily quotes (fed to the real CSV import) and varied search queries. Pure: runs in Node and Chromium.
import { FREE_TAGS, MONTHS, NOTES, SENTENCES, TITLES, WORDS } from './library-vocabulary';
import { seededRandom, type SeededRandom } from './seeded-random';

/** One generated article file. */
export interface GeneratedArticle {
  fileName: string;
  /** The whole .txt file: title line, dateline paragraph, body paragraphs. */
  text: string;
  title: string;
  /** The date the dateline states (what the import should find). */
  publishedOn: string;
  /** Every body sentence, in order (annotations quote from these). */
  sentences: string[];
}

/** One generated annotation: which article, the exact passage it quotes, its tags and note. */
export interface GeneratedAnnotation {
  articleIndex: number;
  /** A passage that occurs verbatim in the article's text (a whole sentence or a run of its words). */
  exact: string;
  tags: string[];
  note: string;
  createdAtMs: number;
}

/** What generateLibrary() makes. */
export interface GeneratedLibrary {
  seed: number;
  articles: GeneratedArticle[];
  annotations: GeneratedAnnotation[];
  /** A Yahoo Finance CSV of weekday quotes (Date,Open,High,Low,Close,Adj Close,Volume). */
  quotesCsv: string;
  quoteDays: number;
}

/** Sizes of the library; the defaults are the 1,000 articles, 10,000 annotations, 10 years. */
export interface LibraryOptions {
  seed?: number;
  articleCount?: number;
  annotationCount?: number;
  /** First and last calendar year of articles and quotes. */
  firstYear?: number;
  years?: number;
}

/** Smallest and largest file size in UTF-8 bytes (the issue asks for 3–8 kB). */
export const ARTICLE_BYTES = { min: 3_000, max: 8_000 } as const;

const encoder = new TextEncoder();
const byteLength = (text: string) => encoder.encode(text).length;
const TAGS = ['bullish', 'bearish', 'risk', 'catalyst', 'question', 'to-check'] as const;
// No sentence is longer than this (bytes), so stopping below the target still leaves a file over the minimum.
const LONGEST_SENTENCE_BYTES = 260;

// Figures stay below 1.000, so a decimal comma is all German formatting needs (Intl would be 10× slower).
const germanNumber = (value: number, digits: number) => value.toFixed(digits).replace('.', ',');

/** Fills one template's {slot}s with names and figures (a fresh draw per slot). */
function fill(template: string, random: SeededRandom, year: number): string {
  const slots: Record<string, () => string> = {
    firma: () => random.pick(WORDS.firma),
    rivale: () => random.pick(WORDS.rivale),
    rivale2: () => random.pick(WORDS.rivale),
    bank: () => random.pick(WORDS.bank),
    analyst: () => random.pick(WORDS.analyst),
    manager: () => random.pick(WORDS.manager),
    segment: () => random.pick(WORDS.segment),
    thema: () => random.pick(WORDS.thema),
    stadt: () => random.pick(WORDS.stadt),
    medium: () => random.pick(WORDS.medium),
    wochentag: () => random.pick(WORDS.wochentag),
    richtung: () => random.pick(WORDS.richtung),
    urteil: () => random.pick(WORDS.urteil),
    gefuehl: () => random.pick(WORDS.gefuehl),
    prozent: () => germanNumber(random.int(2, 180) / 10, 1),
    prozent2: () => germanNumber(random.int(50, 450) / 10, 1),
    kurs: () => germanNumber(random.int(6_000, 30_000) / 100, 2),
    ziel: () => String(random.int(80, 330)),
    euro: () => germanNumber(random.int(5_500, 28_000) / 100, 2),
    euro2: () => germanNumber(random.int(5_500, 28_000) / 100, 2),
    hkd: () => germanNumber(random.int(6_000, 30_000) / 100, 2),
    mrd: () => String(random.int(3, 380)),
    mrd2: () => germanNumber(random.int(1_800, 2_900) / 10, 1),
    cents: () => germanNumber(random.int(50, 2_400) / 100, 2),
    kgv: () => germanNumber(random.int(80, 260) / 10, 1),
    kunden: () => String(random.int(2, 98)),
    volumen: () => germanNumber(random.int(80, 900) / 10, 1),
    basis: () => String(random.int(10, 400)),
    zahl: () => String(random.int(20, 40)),
    zahl2: () => String(random.int(41, 55)),
    quartal: () => `${random.int(1, 4)}. Quartal ${year}`,
    jahr: () => String(year - random.int(1, 5)),
    jahr2: () => String(year + random.int(1, 3)),
    tag: () => String(random.int(1, 28)),
    monat: () => random.pick(MONTHS),
  };
  const filled = template.replace(/\{(\w+)\}/gu, (_whole, name: string) => {
    const slot = slots[name];
    if (!slot) throw new Error(`Unknown slot {${name}} in "${template}"`);
    return slot();
  });
  return filled.charAt(0).toLocaleUpperCase('de') + filled.slice(1);
}

function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** One article: a headline, a dateline stating the date, then paragraphs until its target size. */
function makeArticle(
  index: number,
  random: SeededRandom,
  firstYear: number,
  years: number,
): GeneratedArticle {
  const year = firstYear + random.int(0, years - 1);
  const month = random.int(1, 12);
  const day = random.int(1, 28);
  const publishedOn = isoDate(year, month, day);
  const title = fill(random.pick(TITLES), random, year);
  const dateline = `${random.pick(WORDS.stadt)}, ${day}. ${MONTHS[month - 1]} ${year} (${random.pick(WORDS.medium)}) –`;
  const targetBytes = random.int(ARTICLE_BYTES.min + LONGEST_SENTENCE_BYTES, ARTICLE_BYTES.max);
  const sentences: string[] = [];
  const paragraphs: string[][] = [[dateline]];
  let size = byteLength(`${title}\n\n${dateline}`);
  let sentencesLeftInParagraph = random.int(1, 3);
  for (;;) {
    const sentence = fill(random.pick(SENTENCES), random, year);
    const startsParagraph = sentencesLeftInParagraph === 0;
    const added = byteLength(sentence) + (startsParagraph ? 2 : 1);
    if (size + added > targetBytes) break;
    if (startsParagraph) {
      paragraphs.push([]);
      sentencesLeftInParagraph = random.int(2, 6);
    }
    paragraphs[paragraphs.length - 1]!.push(sentence);
    sentences.push(sentence);
    sentencesLeftInParagraph -= 1;
    size += added;
  }
  const text = `${title}\n\n${paragraphs.map((paragraph) => paragraph.join(' ')).join('\n\n')}\n`;
  const slug = String(index + 1).padStart(4, '0');
  return { fileName: `${publishedOn}-alibaba-${slug}.txt`, text, title, publishedOn, sentences };
}

/** A passage of `sentence`: the whole sentence, or a run of 3–12 of its words. */
function passageOf(sentence: string, random: SeededRandom): string {
  const words = sentence.split(' ');
  if (words.length <= 4 || random.chance(0.4)) return sentence;
  const length = random.int(3, Math.min(12, words.length - 1));
  const start = random.int(0, words.length - length);
  return words.slice(start, start + length).join(' ');
}

/** How many annotations each article gets: skewed (a few heavily annotated, some not at all), summing to `total`. */
function annotationCounts(articleCount: number, total: number, random: SeededRandom): number[] {
  const weights = Array.from({ length: articleCount }, () => (random.chance(0.15) ? 0 : random.next() ** 2));
  const sum = weights.reduce((a, b) => a + b, 0);
  const counts = weights.map((weight) => Math.floor((weight / sum) * total));
  let missing = total - counts.reduce((a, b) => a + b, 0);
  for (let index = 0; missing > 0; index = (index + 1) % articleCount) {
    if (weights[index]! > 0) {
      counts[index]! += 1;
      missing -= 1;
    }
  }
  return counts;
}

function makeAnnotation(
  articleIndex: number,
  article: GeneratedArticle,
  random: SeededRandom,
): GeneratedAnnotation {
  const tags: string[] = [random.pick(TAGS)];
  if (random.chance(0.2)) tags.push(random.pick(TAGS));
  if (random.chance(0.35)) tags.push(random.pick(FREE_TAGS));
  const year = Number(article.publishedOn.slice(0, 4));
  const note = random.chance(0.6) ? fill(random.pick(NOTES), random, year) : '';
  const createdAtMs = Date.parse(`${article.publishedOn}T08:00:00Z`) + random.int(0, 30 * 86_400) * 1000;
  return { articleIndex, exact: passageOf(random.pick(article.sentences), random), tags, note, createdAtMs };
}

/** A Yahoo CSV of every weekday of `years` years: a BABA-like random walk kept between 55 and 320 $. */
function makeQuotesCsv(
  firstYear: number,
  years: number,
  random: SeededRandom,
): { csv: string; days: number } {
  const lines = ['Date,Open,High,Low,Close,Adj Close,Volume'];
  const day = new Date(Date.UTC(firstYear, 0, 1));
  const end = Date.UTC(firstYear + years, 0, 1);
  let close = 104;
  for (; day.getTime() < end; day.setUTCDate(day.getUTCDate() + 1)) {
    if (day.getUTCDay() === 0 || day.getUTCDay() === 6) continue;
    const open = close * (1 + (random.next() - 0.5) * 0.012);
    // Roughly 2.3 % daily volatility, reflected at the bounds BABA has traded within.
    let next = close * (1 + (random.next() + random.next() + random.next() - 1.5) * 0.046);
    if (next > 320) next = 640 - next;
    if (next < 55) next = 110 - next;
    const high = Math.max(open, next) * (1 + random.next() * 0.015);
    const low = Math.min(open, next) * (1 - random.next() * 0.015);
    const volume = random.int(8_000_000, 60_000_000);
    const prices = [open, high, low, next, next].map((value) => value.toFixed(2));
    lines.push(`${day.toISOString().slice(0, 10)},${prices.join(',')},${volume}`);
    close = next;
  }
  return { csv: `${lines.join('\n')}\n`, days: lines.length - 1 };
}

/** Generates the library; the same options give the same library, byte for byte. */
export function generateLibrary(options: LibraryOptions = {}): GeneratedLibrary {
  const seed = options.seed ?? 20_261_206;
  const articleCount = options.articleCount ?? 1_000;
  const annotationCount = options.annotationCount ?? 10_000;
  const firstYear = options.firstYear ?? 2015;
  const years = options.years ?? 10;
  // Separate streams, so changing the annotation count leaves the articles as they were.
  const articleRandom = seededRandom(seed);
  const annotationRandom = seededRandom(seed ^ 0x5bd1e995);
  const quoteRandom = seededRandom(seed ^ 0x27d4eb2f);
  const articles = Array.from({ length: articleCount }, (_unused, index) =>
    makeArticle(index, articleRandom, firstYear, years),
  );
  const counts = annotationCounts(articleCount, annotationCount, annotationRandom);
  const annotations = counts.flatMap((count, articleIndex) =>
    Array.from({ length: count }, () =>
      makeAnnotation(articleIndex, articles[articleIndex]!, annotationRandom),
    ),
  );
  const quotes = makeQuotesCsv(firstYear, years, quoteRandom);
  return { seed, articles, annotations, quotesCsv: quotes.csv, quoteDays: quotes.days };
}

/**
 * `count` varied search queries: single words and names from the articles, two-word queries, prefixes of
 * compounds, umlaut spellings (ae/oe/ue), words from notes, and some that match nothing.
 */
export function makeSearchQueries(library: GeneratedLibrary, count: number, seed = 7): string[] {
  const random = seededRandom(seed);
  const wordsOf = (text: string) =>
    text
      .split(/[^\p{L}\p{N}-]+/u)
      .filter((word) => word.length >= 4 && !/^\d/u.test(word) && !word.includes('-'));
  const fold = (word: string) =>
    word.replace(/ä/gu, 'ae').replace(/ö/gu, 'oe').replace(/ü/gu, 'ue').replace(/ß/gu, 'ss');
  const kinds: (() => string)[] = [
    () => random.pick(wordsOf(random.pick(random.pick(library.articles).sentences))),
    () => {
      const words = wordsOf(random.pick(random.pick(library.articles).sentences));
      return `${random.pick(words)} ${random.pick(words)}`;
    },
    () => {
      const word = random.pick(wordsOf(random.pick(random.pick(library.articles).sentences)));
      return word.slice(0, Math.max(3, Math.ceil(word.length * 0.6)));
    },
    () => fold(random.pick(wordsOf(random.pick(SENTENCES.filter((text) => /[äöüß]/u.test(text)))))),
    () => random.pick([...WORDS.bank, ...WORDS.analyst, ...WORDS.manager]).replace(/^die /u, ''),
    () => {
      const withNote = library.annotations.filter((annotation) => annotation.note !== '');
      return random.pick(wordsOf(random.pick(withNote).note));
    },
    () => random.pick(['Quantencomputer', 'Tesla', 'Zinswende Fed', 'Bitcoin', 'Ölpreis']),
  ];
  return Array.from({ length: count }, () => random.pick(kinds)().trim()).filter((query) => query !== '');
}
