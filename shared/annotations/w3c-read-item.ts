import { z } from 'zod';
import type { ChartPin } from '../model/annotation';
import { CURRENCY_CODES } from '../model/money';
import { LEVEL_KINDS } from './annotation-schema';
import { ANNOTATION_LIMITS as LIMITS } from './limits';
import { pinFromW3c } from './w3c-pin';

/** One annotation read from a file, before it is matched to an article. */
export interface IncomingAnnotation {
  uri: string;
  createdAtMs: number | null;
  modifiedAtMs: number | null;
  tags: string[];
  note: string;
  sourceUri: string;
  articleTitle: string | null;
  quote: { exact: string; prefix: string; suffix: string };
  position: { start: number; end: number } | null;
  pin: ChartPin | null;
}

/** Why one item of a file was refused. */
export type InvalidItemCode =
  'not-an-annotation' | 'no-text-quote' | 'invalid-position' | 'invalid-field' | 'duplicate-id';

/** Reading one item: the annotation, or a code and a developer-facing detail. */
export type ReadItemResult =
  { ok: true; value: IncomingAnnotation } | { ok: false; code: InvalidItemCode; detail: string };

const typeIs = (name: string) =>
  z.union([
    z.literal(name),
    z.array(z.string()).refine((types) => types.includes(name), `type must include ${name}`),
  ]);
const oneOrMany = <T extends z.ZodType>(schema: T) => z.union([schema, z.array(schema).max(100)]);
const isoDateTime = z.iso.datetime({ offset: true }).optional();

const annotationShape = z.object({
  id: z.string().min(1).max(LIMITS.maxIdLength),
  type: typeIs('Annotation'),
  created: isoDateTime,
  modified: isoDateTime,
  body: oneOrMany(z.unknown()).optional(),
  bodyValue: z.string().max(LIMITS.maxNoteLength).optional(),
  target: oneOrMany(z.unknown()),
  'kursnotiz:pin': z.unknown().optional(),
});

const textualBody = z.object({
  type: typeIs('TextualBody').optional(),
  purpose: z.string().max(64).optional(),
  value: z.string().max(LIMITS.maxNoteLength),
});

const quoteSelector = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1).max(LIMITS.maxQuoteLength),
  prefix: z.string().max(LIMITS.maxContextLength).optional(),
  suffix: z.string().max(LIMITS.maxContextLength).optional(),
});

const positionSelector = z
  .object({
    type: z.literal('TextPositionSelector'),
    start: z.number().int().nonnegative(),
    end: z.number().int(),
  })
  .refine((selector) => selector.end > selector.start, 'TextPositionSelector end must be greater than start');

const targetShape = z.object({
  source: z.union([z.string().min(1).max(2048), z.object({ id: z.string().min(1).max(2048) })]),
  selector: oneOrMany(z.unknown()),
  'kursnotiz:article': z.object({ 'kursnotiz:title': z.string().max(2000) }).optional(),
});

const pinShape = z.discriminatedUnion('kursnotiz:pinType', [
  z.object({
    'kursnotiz:pinType': z.literal('level'),
    'kursnotiz:kind': z.enum(LEVEL_KINDS),
    'kursnotiz:value': z.number().finite().positive(),
    'kursnotiz:valueHigh': z.number().finite().positive().optional(),
    'kursnotiz:currency': z.enum(CURRENCY_CODES),
    'kursnotiz:asOf': z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/u)
      .optional(),
  }),
  z.object({ 'kursnotiz:pinType': z.literal('article-date') }),
]);

const asArray = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : value === undefined ? [] : [value];

function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'invalid';
}

function readBodies(body: unknown, bodyValue: string | undefined): { tags: string[]; notes: string[] } {
  const tags: string[] = [];
  const notes: string[] = bodyValue === undefined ? [] : [bodyValue];
  // Bodies other tools write as IRIs or as resources without text carry nothing Kursnotiz can show.
  for (const entry of asArray(body)) {
    const parsed = textualBody.safeParse(entry);
    if (!parsed.success) continue;
    if (parsed.data.purpose === 'tagging') tags.push(parsed.data.value);
    else notes.push(parsed.data.value);
  }
  return { tags, notes };
}

type TargetRead = Pick<IncomingAnnotation, 'sourceUri' | 'articleTitle' | 'quote' | 'position'>;

function readTarget(
  targets: unknown,
): { ok: true; value: TargetRead } | { ok: false; code: InvalidItemCode; detail: string } {
  for (const candidate of asArray(targets)) {
    const target = targetShape.safeParse(candidate);
    if (!target.success) continue;
    const selectors = asArray(target.data.selector);
    const quote = selectors.map((s) => quoteSelector.safeParse(s)).find((result) => result.success);
    if (!quote?.data) continue;
    const positionEntry = selectors.find(
      (s) => (s as { type?: unknown } | null)?.type === 'TextPositionSelector',
    );
    const position = positionEntry === undefined ? null : positionSelector.safeParse(positionEntry);
    if (position && !position.success)
      return { ok: false, code: 'invalid-position', detail: describeIssue(position.error) };
    const source = target.data.source;
    return {
      ok: true,
      value: {
        sourceUri: typeof source === 'string' ? source : source.id,
        articleTitle: target.data['kursnotiz:article']?.['kursnotiz:title'] ?? null,
        quote: { exact: quote.data.exact, prefix: quote.data.prefix ?? '', suffix: quote.data.suffix ?? '' },
        position: position ? { start: position.data.start, end: position.data.end } : null,
      },
    };
  }
  return { ok: false, code: 'no-text-quote', detail: 'no target with a source and a TextQuoteSelector' };
}

/** Reads one item of a W3C file: Kursnotiz's own exports and other tools' text-quote annotations. */
export function readIncomingAnnotation(item: unknown): ReadItemResult {
  const shape = annotationShape.safeParse(item);
  if (!shape.success) {
    const isAnnotation = typeIs('Annotation').safeParse((item as { type?: unknown } | null)?.type).success;
    return {
      ok: false,
      code: isAnnotation ? 'invalid-field' : 'not-an-annotation',
      detail: describeIssue(shape.error),
    };
  }
  const target = readTarget(shape.data.target);
  if (!target.ok) return target;
  const rawPin = shape.data['kursnotiz:pin'];
  const pin = rawPin === undefined ? null : pinShape.safeParse(rawPin);
  if (pin && !pin.success)
    return { ok: false, code: 'invalid-field', detail: `kursnotiz:pin: ${describeIssue(pin.error)}` };
  const { tags, notes } = readBodies(shape.data.body, shape.data.bodyValue);
  return {
    ok: true,
    value: {
      uri: shape.data.id,
      createdAtMs: shape.data.created === undefined ? null : Date.parse(shape.data.created),
      modifiedAtMs: shape.data.modified === undefined ? null : Date.parse(shape.data.modified),
      tags,
      note: notes.join('\n\n').slice(0, LIMITS.maxNoteLength),
      ...target.value,
      pin: pin ? pinFromW3c(pin.data) : null,
    },
  };
}
