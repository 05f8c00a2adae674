import type { DateConfidence, PublisherKind } from '../model/article';
import type { LevelKind } from '../model/level';
import type { CurrencyCode } from '../model/money';

/** How one bundled seed file becomes an article. */
export interface SeedArticleEntry {
  /** File name in seeds/ (the files are shipped unchanged). */
  file: string;
  title: string;
  /** Whether the file's first line is the title (then it is not repeated in the body). */
  firstLineIsTitle: boolean;
  /** Why the title is what it is, when it is not the file's first line. */
  titleReason?: string;
  publisherKind: PublisherKind;
  publishedOn: string | null;
  dateConfidence: DateConfidence;
  dateReason: string;
  language: string;
}

/** A price level confirmed in a seed article: the figure's exact text locates its source span. */
export interface SeedLevelEntry {
  file: string;
  /** The figure as it stands in the text, e.g. "rund 205 US-Dollar"; must occur exactly once. */
  exact: string;
  kind: LevelKind;
  value: number;
  currency: CurrencyCode;
  listing: string;
  asOf: string | null;
  /** Why the level has this kind/date (for reviewers; shown nowhere in the UI). */
  reason: string;
}

/** seeds/manifest.json: what a new user's library starts with. */
export interface SeedManifest {
  version: 1;
  articles: SeedArticleEntry[];
  levels: SeedLevelEntry[];
}
