import type {
  CheckResult,
  PassageRef,
  ReferenceQuote,
  SameQuantityCheck,
  StatedMoveCheck,
  TargetConsensusCheck,
} from '../../shared/figures/checks';
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

/** One check as the Checks view shows it. */
export interface CheckItemView {
  key: string;
  verdict: 'consistent' | 'conflict' | 'open' | 'overview';
  heading: string;
  lines: string[];
  links: CheckLinkView[];
}

/** All checks and the counts the chart pane's summary shows. */
export interface ChecksViewModel {
  items: CheckItemView[];
  conflictCount: number;
}

const CURRENCIES = new Set<FigureUnit>(['USD', 'EUR', 'CNY', 'HKD', 'GBP', 'CHF', 'JPY']);

/** Builds the Checks view's items from check results, in the UI language (numbers and dates per locale). */
export function buildChecksViewModel(
  results: readonly CheckResult[],
  articles: readonly Article[],
  language: UiLanguage,
): ChecksViewModel {
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

  const statedMove = (check: StatedMoveCheck, index: number): CheckItemView => {
    const { target } = check;
    const heading = t('checks.statedMove.heading', {
      kind: t(`figures.kind.${target.kind}`),
      target: price(target.value, target.unit),
      stated: check.statedMove.surface,
    });
    const lines: string[] = [];
    if (check.verdict === 'no_quote' || !check.quote || check.computedMovePercent === null) {
      lines.push(t('checks.statedMove.noQuote', { currency: target.unit }));
    } else {
      lines.push(
        t('checks.statedMove.computed', {
          ...fromQuote(check.quote),
          move: percent(check.computedMovePercent),
          low: percent(check.statedLowPercent),
          high: percent(check.statedHighPercent),
        }),
      );
      if (check.verdict === 'consistent') lines.push(t('checks.statedMove.consistent'));
      else {
        lines.push(
          t('checks.statedMove.assumed', {
            base: price(check.impliedBaseCentral, target.unit),
            low: price(check.impliedBaseLow, target.unit),
            high: price(check.impliedBaseHigh, target.unit),
          }),
        );
        const assumed = check.assumedPrice;
        if (
          assumed &&
          (['quote', 'target', 'fair_value', 'high_52w', 'low_52w', 'level'] as const).some(
            (kind) => kind === assumed.kind,
          )
        ) {
          lines.push(
            t('checks.statedMove.assumedMatch', {
              surface: assumed.surface,
              kind: t(`figures.kind.${assumed.kind as 'quote'}`),
            }),
          );
        }
      }
    }
    return {
      key: `move:${index}:${target.articleId}:${target.startCodePoints}`,
      verdict:
        check.verdict === 'consistent'
          ? 'consistent'
          : check.verdict === 'inconsistent'
            ? 'conflict'
            : 'open',
      heading,
      lines,
      links: links([target, check.statedMove, check.quote?.passage ?? null, check.assumedPrice]),
    };
  };

  const sameQuantity = (check: SameQuantityCheck, index: number): CheckItemView => {
    const stated = (value: number, bound: 'at_least' | 'at_most' | null) => {
      const text = amount(value, check.unit);
      return bound === 'at_least'
        ? t('checks.same.atLeast', { value: text })
        : bound === 'at_most'
          ? t('checks.same.atMost', { value: text })
          : text;
    };
    return {
      key: `same:${index}:${check.unit}`,
      verdict: check.isDisagreement ? 'conflict' : 'consistent',
      heading: check.isDisagreement
        ? t('checks.same.headingConflict', {
            spread: `${new Intl.NumberFormat(localeTag(language), { maximumFractionDigits: 1 }).format(check.spreadPercent)} %`,
          })
        : t('checks.same.headingConsistent'),
      lines: [
        check.members.map((member) => stated(member.value, member.bound)).join(' · '),
        ...check.conflicts.map((conflict) =>
          t('checks.same.conflict', {
            a: amount(conflict.valueA, check.unit),
            b: amount(conflict.valueB, check.unit),
          }),
        ),
      ],
      links: links(check.members),
    };
  };

  const consensus = (check: TargetConsensusCheck, index: number): CheckItemView => {
    const unit = check.unit;
    const lines = [
      t('checks.consensus.range', {
        lowest: price(check.lowest, unit),
        highest: price(check.highest, unit),
        mean: price(check.mean, unit),
      }),
    ];
    const { quote } = check;
    if (quote && check.impliedMoveToMeanPercent !== null) {
      lines.push(
        t('checks.consensus.moves', {
          ...fromQuote(quote),
          toLowest: percent(check.impliedMoveToLowestPercent ?? 0),
          toHighest: percent(check.impliedMoveToHighestPercent ?? 0),
          toMean: percent(check.impliedMoveToMeanPercent),
        }),
      );
    } else lines.push(t('checks.consensus.noQuote', { currency: unit }));
    lines.push(
      ...check.targets.map(
        (target) => `${price(target.value, unit)}: „${target.surface}“ · ${day(target.publishedOn)}`,
      ),
    );
    return {
      key: `consensus:${index}:${unit}`,
      verdict: 'overview',
      heading: t('checks.consensus.heading', { count: check.targets.length }),
      lines,
      links: links([...check.targets, quote?.passage ?? null]),
    };
  };

  const items = results.map((result, index) =>
    result.type === 'stated_vs_computed'
      ? statedMove(result, index)
      : result.type === 'same_quantity'
        ? sameQuantity(result, index)
        : consensus(result, index),
  );
  return { items, conflictCount: items.filter((item) => item.verdict === 'conflict').length };
}
