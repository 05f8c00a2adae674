// Public entry of the W3C Web Annotation (JSON-LD) export and import.
export {
  annotationToW3c,
  exportW3cAnnotations,
  type W3cExportOptions,
  type W3cExportResult,
} from './w3c-export';
export * from './w3c-types';
export { annotationIdFromUri, annotationUri, articleUri, contentHashFromUri } from './w3c-uris';
