import { describeRange } from '../anchoring/describe-range';
import type { Annotation, ChartPin } from '../model/annotation';
import { ANNOTATION_LIMITS } from './limits';
import { normalizeTags } from './tags';

/** What the UI knows when the user creates a highlight. */
export interface NewAnnotationInput {
  /** A fresh id (the renderer passes crypto.randomUUID(); shared/ has no crypto global). */
  id: string;
  articleId: string;
  /** The article's full NFC text: articleText(article.blocks). */
  articleText: string;
  startCodePoints: number;
  endCodePoints: number;
  tags?: readonly string[];
  note?: string;
  pin?: ChartPin | null;
  nowMs: number;
}

/** The user-editable parts of an annotation. */
export interface AnnotationChanges {
  tags?: readonly string[];
  note?: string;
  pin?: ChartPin | null;
}

function cleanNote(note: string): string {
  // Notes keep their line breaks (Markdown lists), but trailing blank lines are noise.
  return note.normalize('NFC').replace(/\r\n?/gu, '\n').trimEnd().slice(0, ANNOTATION_LIMITS.maxNoteLength);
}

/** Creates an annotation for a selection; throws InvalidRangeError when the range does not fit the text. */
export function makeAnnotation(input: NewAnnotationInput): Annotation {
  const { quote, position } = describeRange(input.articleText, input.startCodePoints, input.endCodePoints);
  return {
    id: input.id,
    articleId: input.articleId,
    quote,
    position,
    tags: normalizeTags(input.tags ?? []),
    note: cleanNote(input.note ?? ''),
    pin: input.pin ?? null,
    createdAtMs: input.nowMs,
    modifiedAtMs: input.nowMs,
  };
}

/** A copy of `annotation` with the changes applied and modifiedAtMs set (the original stays for undo). */
export function editAnnotation(
  annotation: Annotation,
  changes: AnnotationChanges,
  nowMs: number,
): Annotation {
  return {
    ...annotation,
    tags: changes.tags === undefined ? annotation.tags : normalizeTags(changes.tags),
    note: changes.note === undefined ? annotation.note : cleanNote(changes.note),
    pin: changes.pin === undefined ? annotation.pin : changes.pin,
    modifiedAtMs: nowMs,
  };
}

/**
 * Re-attaches an annotation (typically an orphan) to a newly selected range of its article's text,
 * keeping id, tags, note, pin and creation time; throws InvalidRangeError for a bad range.
 */
export function reattachAnnotation(
  annotation: Annotation,
  articleText: string,
  startCodePoints: number,
  endCodePoints: number,
  nowMs: number,
): Annotation {
  const { quote, position } = describeRange(articleText, startCodePoints, endCodePoints);
  return { ...annotation, quote, position, modifiedAtMs: nowMs };
}
