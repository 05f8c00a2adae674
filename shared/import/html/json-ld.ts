import { toArray, type DomDocument } from './dom-types';

/** Facts a page's JSON-LD (schema.org NewsArticle and friends) states about the article. */
export interface JsonLdFacts {
  headline: string | null;
  datePublished: string | null;
  publisherName: string | null;
  inLanguage: string | null;
}

const MAX_JSON_LD_CHARS = 1_000_000;
const MAX_VISITED_OBJECTS = 2000;

function stringField(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

function nameOf(value: unknown): string | null {
  if (Array.isArray(value)) return nameOf(value[0]);
  if (typeof value === 'object' && value !== null)
    return stringField((value as Record<string, unknown>).name);
  return stringField(value);
}

/** Reads headline, datePublished, publisher and language from JSON-LD blocks (parsed as data only). */
export function readJsonLd(document: DomDocument): JsonLdFacts {
  const facts: JsonLdFacts = { headline: null, datePublished: null, publisherName: null, inLanguage: null };
  const queue: unknown[] = [];
  for (const script of toArray(document.querySelectorAll('script[type="application/ld+json"]'))) {
    const json = script.textContent ?? '';
    if (json.length > MAX_JSON_LD_CHARS) continue;
    try {
      // JSON.parse reads data; it never evaluates code.
      queue.push(JSON.parse(json) as unknown);
    } catch {
      // Broken JSON-LD is common on real pages; the page's other metadata still counts.
    }
  }
  let visited = 0;
  while (queue.length > 0 && visited < MAX_VISITED_OBJECTS) {
    const item = queue.shift();
    visited += 1;
    if (Array.isArray(item)) {
      queue.push(...(item as unknown[]));
      continue;
    }
    if (typeof item !== 'object' || item === null) continue;
    const record = item as Record<string, unknown>;
    if (Array.isArray(record['@graph'])) queue.push(...(record['@graph'] as unknown[]));
    facts.headline ??= stringField(record.headline);
    facts.datePublished ??= stringField(record.datePublished);
    facts.publisherName ??= nameOf(record.publisher);
    facts.inLanguage ??= stringField(record.inLanguage);
  }
  return facts;
}
