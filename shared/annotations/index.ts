// Public entry of the annotations module: factories, validation, W3C JSON-LD, library backup.
export { ANNOTATION_LIMITS } from './limits';
export { annotationSchema, chartPinSchema } from './annotation-schema';
export { editAnnotation, makeAnnotation, reattachAnnotation } from './make-annotation';
export type { AnnotationChanges, NewAnnotationInput } from './make-annotation';
export { isVocabularyTag, normalizeTags, vocabularyTagOf } from './tags';
export * from './w3c-jsonld';
export * from './backup';
export { BACKUP_ERROR_MESSAGES, formatBackupError } from './backup-messages';
