// Public entry of the W3C Web Annotation (JSON-LD) export and import.
export {
  annotationToW3c,
  exportW3cAnnotations,
  type W3cExportOptions,
  type W3cExportResult,
} from './w3c-export';
export * from './w3c-types';
export { annotationIdFromUri, annotationUri, articleUri, contentHashFromUri } from './w3c-uris';
export {
  importW3cAnnotations,
  type W3cImportError,
  type W3cImportLibrary,
  type W3cImportOptions,
  type W3cImportReport,
  type W3cImportResult,
} from './w3c-import';
export type { InvalidItemCode } from './w3c-read-item';
export {
  formatW3cImportError,
  W3C_IMPORT_ERROR_MESSAGES,
  W3C_INVALID_ITEM_MESSAGES,
} from './w3c-import-messages';
