import type { LevelKind } from '../model/level';
import type { CurrencyCode } from '../model/money';

/** The Web Annotation JSON-LD context every exported document and annotation carries. */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

// Kursnotiz's own terms are absolute IRIs in the `kursnotiz:` scheme: JSON-LD reads an undefined
// prefix before a colon as an IRI scheme, so the plain W3C context stays valid and unchanged.

/** A tag or the note, as a W3C TextualBody. */
export interface W3cTextualBody {
  type: 'TextualBody';
  purpose: 'tagging' | 'commenting';
  value: string;
  format?: 'text/markdown';
  language?: string;
}

/** W3C TextQuoteSelector as exported. */
export interface W3cTextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** W3C TextPositionSelector as exported (code points of the article's NFC text). */
export interface W3cTextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** What a reader of the file needs to recognise the article without Kursnotiz. */
export interface W3cArticleInfo {
  'kursnotiz:title': string;
  'kursnotiz:publisher': string;
  'kursnotiz:publishedOn'?: string;
  'kursnotiz:language': string;
}

/** The passage an annotation targets: the article (by content hash) and the two selectors. */
export interface W3cTarget {
  source: string;
  selector: [W3cTextQuoteSelector, W3cTextPositionSelector];
  'kursnotiz:article': W3cArticleInfo;
}

/** A chart pin, with Kursnotiz-namespaced keys so JSON-LD does not read `type`/`value` as W3C terms. */
export type W3cPin =
  | {
      'kursnotiz:pinType': 'level';
      'kursnotiz:kind': LevelKind;
      'kursnotiz:value': number;
      'kursnotiz:valueHigh'?: number;
      'kursnotiz:currency': CurrencyCode;
      'kursnotiz:asOf'?: string;
    }
  | { 'kursnotiz:pinType': 'article-date' };

/** One exported annotation. */
export interface W3cAnnotation {
  '@context': typeof ANNO_CONTEXT;
  id: string;
  type: 'Annotation';
  motivation: 'highlighting' | 'commenting';
  created: string;
  modified: string;
  body?: W3cTextualBody[];
  target: W3cTarget;
  'kursnotiz:pin'?: W3cPin;
}

/** The single page of an exported collection. */
export interface W3cAnnotationPage {
  // Redundant inside the collection, but the W3C suite checks a page on its own and requires it.
  '@context': typeof ANNO_CONTEXT;
  id: string;
  type: 'AnnotationPage';
  startIndex: 0;
  items: W3cAnnotation[];
}

/** The exported file: one AnnotationCollection holding every exported annotation on its first page. */
export interface W3cAnnotationCollection {
  '@context': typeof ANNO_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  generated: string;
  first: W3cAnnotationPage;
}
