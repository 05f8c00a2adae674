import type { UiLanguage } from '../../shared/ipc-contract';
import type { DossierLabels } from '../../shared/export';
import { TAG_VOCABULARY, type VocabularyTag } from '../../shared/model/annotation';
import type { LevelKind } from '../../shared/model/level';
import { messages } from '../i18n/messages';

const LEVEL_KINDS: readonly LevelKind[] = ['quote', 'target', 'fair_value', 'high_52w', 'low_52w', 'level'];

type PdfLabelName = Exclude<keyof DossierLabels, 'language' | 'tagNames' | 'kindNames'>;

/** The texts the dossier prints, in `language`, from the export, annotation and chart messages. */
export function dossierLabels(language: UiLanguage): DossierLabels {
  const text = (name: PdfLabelName): string => messages[`export.pdf.${name}`][language];
  const tagNames = Object.fromEntries(
    TAG_VOCABULARY.map((tag) => [tag, messages[`annotations.tag.${tag}`][language]]),
  ) as Record<VocabularyTag, string>;
  const kindNames = Object.fromEntries(
    LEVEL_KINDS.map((kind) => [kind, messages[`chart.kind.${kind}`][language]]),
  ) as Record<LevelKind, string>;
  // Chart labels say "Kursziel Ø" for the averaged line; a single row of the table is one target.
  kindNames.target = language === 'de' ? 'Kursziel' : 'Target';
  const names: PdfLabelName[] = [
    'title',
    'subject',
    'createdOn',
    'summary',
    'contents',
    'chartHeading',
    'chartMissing',
    'levelsHeading',
    'latestClose',
    'noLatestClose',
    'columnKind',
    'columnValue',
    'columnMove',
    'columnSource',
    'noLevels',
    'checksHeading',
    'noChecks',
    'checkStatedMove',
    'checkSameQuantity',
    'checkConsensus',
    'verdictConsistent',
    'verdictInconsistent',
    'verdictNoQuote',
    'verdictOtherReference',
    'quantityAgrees',
    'quantityDisagrees',
    'source',
    'published',
    'dateUnknown',
    'passages',
    'note',
    'fullText',
    'orphansHeading',
    'orphansHint',
    'untagged',
    'page',
    'quoteOpen',
    'quoteClose',
  ];
  const texts = Object.fromEntries(names.map((name) => [name, text(name)])) as Record<PdfLabelName, string>;
  return { language, ...texts, tagNames, kindNames };
}
