import type { UiLanguage } from '../ipc-contract';
import type { Annotation, VocabularyTag } from '../model/annotation';
import type { Article } from '../model/article';
import type { PriceLevel } from '../model/level';
import type { QuoteSeries } from '../model/quote';
import type { CheckResult } from '../figures/checks/types';

/** Which articles an export covers. */
export type ExportScope = 'current' | 'chosen' | 'all';

/** Excerpts only, or each article's whole text with the highlights in place. */
export type ExportContent = 'excerpts' | 'full-text';

/** The file an export writes. */
export type ExportFormat = 'pdf' | 'markdown';

/** Paper size of the PDF (pdfmake's page size names). */
export type PaperSize = 'A4' | 'LETTER';

/** The choices of the export dialog (the persisted part: no article of the moment). */
export interface ExportOptions {
  format: ExportFormat;
  scope: ExportScope;
  /** Articles ticked for scope 'chosen'. */
  chosenArticleIds: string[];
  /** Only annotations carrying one of these tags; empty means every annotation. */
  tags: string[];
  content: ExportContent;
  includeChart: boolean;
  paper: PaperSize;
  labelLanguage: UiLanguage;
}

/** The defaults of a first export. */
export const DEFAULT_EXPORT_OPTIONS: ExportOptions = {
  format: 'pdf',
  scope: 'all',
  chosenArticleIds: [],
  tags: [],
  content: 'excerpts',
  includeChart: true,
  paper: 'A4',
  labelLanguage: 'de',
};

/** Everything the dossier is built from: the library's data at the moment of export. */
export interface DossierSource {
  articles: readonly Article[];
  annotations: readonly Annotation[];
  levels: readonly PriceLevel[];
  /** The imported price history of the primary listing, if any. */
  quoteSeries: QuoteSeries | null;
  checks: readonly CheckResult[];
  /** The article open in the reader (scope 'current'). */
  currentArticleId: string | null;
  options: ExportOptions;
  /** The live chart as a PNG data URL, or null when not wanted or not available. */
  chartPngDataUrl: string | null;
  /** When the export was made (ms since epoch); shown on the cover and in the metadata. */
  createdAtMs: number;
}

/** One highlighted passage as the dossier lists it. */
export interface DossierPassage {
  annotationId: string;
  /** The text as it stands in the article now (the stored quote for orphans). */
  quote: string;
  /** Code-point offsets in the article's text; null for orphans. */
  startCodePoints: number | null;
  endCodePoints: number | null;
  tags: string[];
  /** The vocabulary tag that colours the passage, or null (free tags only). */
  colourTag: VocabularyTag | null;
  /** Light Markdown, may be empty. */
  note: string;
}

/** One article of the dossier with its placed passages (text order) and its orphans apart. */
export interface DossierArticle {
  article: Article;
  passages: DossierPassage[];
  orphans: DossierPassage[];
}

/** One row of the cover's table of stated quotes and targets. */
export interface LevelRow {
  kind: PriceLevel['kind'];
  value: number;
  currency: string;
  /** Move from the latest close in percent, or null (quotes, other currency, no close). */
  movePercent: number | null;
  articleTitle: string;
  publishedOn: string | null;
}

/** The export's content, independent of the output format. */
export interface Dossier {
  options: ExportOptions;
  createdAtMs: number;
  articles: DossierArticle[];
  levelRows: LevelRow[];
  latestClose: { value: number; currency: string; asOf: string } | null;
  checks: readonly CheckResult[];
  chartPngDataUrl: string | null;
  passageCount: number;
  orphanCount: number;
}

/** Why no dossier could be built. */
export type DossierError =
  | { code: 'empty-scope'; message: string }
  | { code: 'no-current-article'; message: string }
  | { code: 'nothing-chosen'; message: string };
