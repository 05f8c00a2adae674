import { extractFigures, type Figure } from '../figures';
import { articleText, type Article } from '../model/article';
import { PRIMARY_LISTING, type PriceLevel } from '../model/level';
import { CURRENCY_CODES, type CurrencyCode } from '../model/money';
import type { SeedConfirmationEntry } from './seed-manifest';

/** A shipped confirmation that no longer matches exactly one extracted figure, or cannot become a level. */
export class SeedConfirmationError extends Error {
  /** The confirmation's file and surface, so the message names the figure to look at. */
  constructor(
    readonly entry: Pick<SeedConfirmationEntry, 'file' | 'surface' | 'kind'>,
    readonly problem: string,
  ) {
    super(`Seed confirmation "${entry.surface}" (${entry.kind}) in ${entry.file}: ${problem}`);
    this.name = 'SeedConfirmationError';
  }
}

function currencyOf(figure: Figure): CurrencyCode | null {
  return (CURRENCY_CODES as readonly string[]).includes(figure.unit) ? (figure.unit as CurrencyCode) : null;
}

/** The extractor's figures of an article, read from the text the reader shows (code points of articleText). */
export function figuresOfArticle(article: Article): Figure[] {
  return extractFigures(articleText(article.blocks), {
    ...(article.publishedOn ? { articleDate: article.publishedOn } : {}),
    ...(article.language === 'de' || article.language === 'en' ? { language: article.language } : {}),
  });
}

/**
 * The chart level a confirmation stands for: the one figure of `figures` with its surface and kind, with
 * its value, currency and span; listing and date from the entry where the extractor cannot know them.
 * Throws SeedConfirmationError when no figure or several match, or the figure is not a price.
 */
export function levelFromConfirmation(
  entry: SeedConfirmationEntry,
  index: number,
  article: Article,
  figures: readonly Figure[],
): PriceLevel {
  const matches = figures.filter((figure) => figure.surface === entry.surface && figure.kind === entry.kind);
  if (matches.length !== 1) {
    const sameSurface = figures.filter((figure) => figure.surface === entry.surface);
    const found = sameSurface.map((figure) => figure.kind).join(', ');
    throw new SeedConfirmationError(
      entry,
      matches.length === 0
        ? `the extractor reports no such figure${found ? ` (that text is read as: ${found})` : ''}`
        : `${matches.length} figures match; the confirmation must name exactly one`,
    );
  }
  const figure = matches[0]!;
  const currency = currencyOf(figure);
  if (currency === null) throw new SeedConfirmationError(entry, `its unit ${figure.unit} is not a currency`);
  const listing = entry.listing ?? (currency === 'USD' ? PRIMARY_LISTING : null);
  if (listing === null) {
    throw new SeedConfirmationError(entry, `a ${currency} price needs its listing in the confirmation`);
  }
  const asOf = entry.kind === 'quote' ? (entry.asOf ?? figure.date?.toIso ?? null) : (entry.asOf ?? null);
  if (entry.kind === 'quote' && asOf === null) {
    throw new SeedConfirmationError(entry, 'the quote has no date the extractor can resolve; give asOf');
  }
  return {
    // Same id scheme as the former hand-entered levels, so libraries seeded before keep one record each.
    id: `seed-level:${index}:${entry.kind}:${figure.value}`,
    kind: entry.kind,
    value: figure.value,
    currency,
    listing,
    asOf,
    source: {
      articleId: article.id,
      startCodePoints: figure.startCodePoints,
      endCodePoints: figure.endCodePoints,
      exact: figure.surface,
    },
    origin: 'extracted',
  };
}
