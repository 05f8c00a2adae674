import type { PassageRef, ReferenceQuote } from '../../shared/figures/checks';
import type { FigureUnit } from '../../shared/figures';
import {
  formatIsoDate,
  formatPrice,
  formatSignedPercent,
  localeTag,
} from '../../shared/format/locale-format';
import type { UiLanguage } from '../../shared/ipc-contract';
import type { Article } from '../../shared/model/article';
import { translate, type MessageValues } from '../i18n/translate';
import type { MessageKey } from '../i18n/messages';

/** A link from a check to one passage: what the button says and where revealPassage goes. */
export interface CheckLinkView {
  key: string;
  surface: string;
  /** The article's title and date, so the user knows which article the passage is in. */
  sourceText: string;
  passage: { articleId: string; startCodePoints: number; endCodePoints: number };
}

const CURRENCIES = new Set<FigureUnit>(['USD', 'EUR', 'CNY', 'HKD', 'GBP', 'CHF', 'JPY']);

/** The formatters the Checks view uses: prices, compact amounts, moves, dates per locale, and passage links. */
export function makeCheckFormat(articles: readonly Article[], language: UiLanguage) {
  const t = (key: MessageKey, values?: MessageValues) => translate(language, key, values);
  const price = (value: number, unit: FigureUnit) =>
    CURRENCIES.has(unit) ? formatPrice(value, unit, language) : String(value);
  const amount = (value: number, unit: FigureUnit) =>
    new Intl.NumberFormat(localeTag(language), {
      ...(CURRENCIES.has(unit) ? { style: 'currency', currency: unit } : {}),
      notation: 'compact',
      minimumFractionDigits: 0,
      maximumFractionDigits: 2,
    }).format(value);
  const percent = (value: number) => formatSignedPercent(value, language);
  const day = (iso: string | null) => (iso ? formatIsoDate(iso, language) : t('checks.undated'));
  const articleById = new Map(articles.map((article) => [article.id, article]));
  const link = (passage: PassageRef): CheckLinkView => {
    const article = articleById.get(passage.articleId);
    return {
      key: `${passage.articleId}:${passage.startCodePoints}`,
      surface: passage.surface,
      sourceText: article ? `${article.title} · ${day(article.publishedOn)}` : passage.articleId,
      passage: {
        articleId: passage.articleId,
        startCodePoints: passage.startCodePoints,
        endCodePoints: passage.endCodePoints,
      },
    };
  };
  const links = (passages: readonly (PassageRef | null)[]) => {
    const seen = new Map<string, CheckLinkView>();
    for (const passage of passages)
      if (passage) seen.set(`${passage.articleId}:${passage.startCodePoints}`, link(passage));
    return [...seen.values()];
  };
  const fromQuote = (quote: ReferenceQuote) => ({
    quote: price(quote.value, quote.unit),
    date: day(quote.date),
  });

  // German quotes „…“, English “…”: the surface is the article's own wording.
  const quoted = (text: string) => (language === 'de' ? `„${text}“` : `“${text}”`);
  return { t, price, amount, percent, day, links, fromQuote, quoted };
}
