import type { CheckResult } from '../figures/checks/types';
import type { FigureUnit } from '../figures/types';
import { formatPrice, formatSignedPercent } from '../format/locale-format';
import { fillLabel, type DossierLabels } from './dossier-labels';

function priceText(value: number, unit: FigureUnit, labels: DossierLabels): string {
  // Figure units are currency codes for prices; anything else (percent, points) prints as a plain number.
  const isCurrency = /^[A-Z]{3}$/u.test(unit);
  return isCurrency
    ? formatPrice(value, unit, labels.language)
    : new Intl.NumberFormat(labels.language).format(value);
}

function quoted(text: string, labels: DossierLabels): string {
  return `${labels.quoteOpen}${text}${labels.quoteClose}`;
}

/** One line per narrative check in the label language, rebuilt from the check's fields. */
export function checkLine(check: CheckResult, labels: DossierLabels): string {
  const language = labels.language;
  if (check.type === 'stated_vs_computed') {
    const verdict = {
      consistent: labels.verdictConsistent,
      inconsistent: labels.verdictInconsistent,
      other_reference: labels.verdictOtherReference,
      no_quote: labels.verdictNoQuote,
    }[check.verdict];
    return fillLabel(labels.checkStatedMove, {
      target: quoted(check.target.surface, labels),
      stated: quoted(check.statedMove.surface, labels),
      computed:
        check.computedMovePercent === null ? '–' : formatSignedPercent(check.computedMovePercent, language),
      verdict,
    });
  }
  if (check.type === 'same_quantity') {
    const values = check.members.map((member) => quoted(member.surface, labels)).join(', ');
    return fillLabel(labels.checkSameQuantity, {
      count: check.members.length,
      values,
      verdict: check.isDisagreement ? labels.quantityDisagrees : labels.quantityAgrees,
    });
  }
  return fillLabel(labels.checkConsensus, {
    count: check.targets.length,
    low: priceText(check.lowest, check.unit, labels),
    high: priceText(check.highest, check.unit, labels),
    mean: priceText(check.mean, check.unit, labels),
    move:
      check.impliedMoveToMeanPercent === null
        ? '–'
        : formatSignedPercent(check.impliedMoveToMeanPercent, language),
  });
}
