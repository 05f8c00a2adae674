import type { UiLanguage } from '../ipc-contract';
import type { VocabularyTag } from '../model/annotation';
import type { LevelKind } from '../model/level';

/**
 * Every text the dossier prints, in one language. Templates carry {name} placeholders; the renderer fills
 * this from its i18n messages so the PDF and the Markdown speak the label language the user chose.
 */
export interface DossierLabels {
  language: UiLanguage;
  title: string;
  subject: string;
  createdOn: string;
  summary: string;
  contents: string;
  chartHeading: string;
  chartMissing: string;
  levelsHeading: string;
  latestClose: string;
  noLatestClose: string;
  columnKind: string;
  columnValue: string;
  columnMove: string;
  columnSource: string;
  noLevels: string;
  checksHeading: string;
  noChecks: string;
  checkStatedMove: string;
  checkSameQuantity: string;
  checkConsensus: string;
  verdictConsistent: string;
  verdictInconsistent: string;
  verdictNoQuote: string;
  verdictOtherReference: string;
  quantityAgrees: string;
  quantityDisagrees: string;
  source: string;
  published: string;
  dateUnknown: string;
  passages: string;
  note: string;
  fullText: string;
  orphansHeading: string;
  orphansHint: string;
  untagged: string;
  page: string;
  quoteOpen: string;
  quoteClose: string;
  tagNames: Record<VocabularyTag, string>;
  kindNames: Record<LevelKind, string>;
}

/** Fills {name} placeholders of a label template. */
export function fillLabel(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/gu, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/** A tag's display name: the vocabulary's label in the label language, free tags as typed. */
export function tagName(tag: string, labels: DossierLabels): string {
  return tag in labels.tagNames ? labels.tagNames[tag as VocabularyTag] : tag;
}
