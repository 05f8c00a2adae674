import type { DateConfidence, PublisherKind } from '../model/article';
import type { LevelKind } from '../model/level';

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

/**
 * A figure of a seed article confirmed as a chart level: the extractor finds it, this entry says which one
 * (by its surface and kind exactly as the extractor reports them) and adds what the text cannot tell.
 */
export interface SeedConfirmationEntry {
  /** File name in seeds/ of the article the figure stands in. */
  file: string;
  /** The figure's text as the extractor reports it, e.g. "rund 205 US-Dollar"; one figure must match. */
  surface: string;
  /** The figure's kind as the extractor reports it (a kind that can be a chart level). */
  kind: LevelKind;
  /** The listing, when it is not the primary one (e.g. a euro quote of the Frankfurt listing). */
  listing?: string;
  /** The date the price refers to, when the extractor cannot resolve it (quotes only). */
  asOf?: string;
  /** Why the figure is confirmed with this kind/listing (for reviewers; shown nowhere in the UI). */
  reason: string;
}

/** seeds/manifest.json: what a new user's library starts with. */
export interface SeedManifest {
  version: 1;
  articles: SeedArticleEntry[];
  confirmations: SeedConfirmationEntry[];
}
