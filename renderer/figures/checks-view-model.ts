import type {
  CheckResult,
  SameQuantityCheck,
  StatedMoveCheck,
  TargetConsensusCheck,
} from '../../shared/figures/checks';
import { localeTag } from '../../shared/format/locale-format';
import type { UiLanguage } from '../../shared/ipc-contract';
import type { Article } from '../../shared/model/article';
import { makeCheckFormat, type CheckLinkView } from './check-format';

export type { CheckLinkView } from './check-format';

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

/** Message keys of the kinds an assumed base price can have. */
const LEVEL_KIND_KEYS: Partial<
  Record<string, `figures.kind.${'quote' | 'level' | 'high_52w' | 'low_52w' | 'target' | 'fair_value'}`>
> = {
  quote: 'figures.kind.quote',
  level: 'figures.kind.level',
  high_52w: 'figures.kind.high_52w',
  low_52w: 'figures.kind.low_52w',
  target: 'figures.kind.target',
  fair_value: 'figures.kind.fair_value',
};

/** Builds the Checks view's items from check results, in the UI language (numbers and dates per locale). */
export function buildChecksViewModel(
  results: readonly CheckResult[],
  articles: readonly Article[],
  language: UiLanguage,
): ChecksViewModel {
  const { t, price, amount, percent, day, links, fromQuote, quoted } = makeCheckFormat(articles, language);

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
        if (check.verdict === 'other_reference')
          lines.push(t('checks.statedMove.otherReference', { published: day(check.articleDate) }));
        lines.push(
          t('checks.statedMove.assumed', {
            base: price(check.impliedBaseCentral, target.unit),
            low: price(check.impliedBaseLow, target.unit),
            high: price(check.impliedBaseHigh, target.unit),
          }),
        );
        const assumed = check.assumedPrice;
        if (assumed) {
          const kind = LEVEL_KIND_KEYS[assumed.kind];
          lines.push(
            t('checks.statedMove.assumedMatch', { surface: assumed.surface, kind: kind ? t(kind) : '' }),
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
        ...check.members
          .filter((member) => member.isBoundMet === true)
          .map((member) => t('checks.same.boundMet', { surface: member.surface })),
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
        (target) => `${price(target.value, unit)}: ${quoted(target.surface)} · ${day(target.publishedOn)}`,
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
