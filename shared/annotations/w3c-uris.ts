const ARTICLE_PREFIX = 'urn:kursnotiz:article:';
const ANNOTATION_PREFIX = 'urn:kursnotiz:annotation:';
const UUID_PREFIX = 'urn:uuid:';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;
const CONTENT_HASH = /^[0-9a-f]{64}$/u;

/** The article's URI in exports: its content hash, so the same text matches in any library. */
export function articleUri(contentHash: string): string {
  return `${ARTICLE_PREFIX}${contentHash}`;
}

/** The content hash inside an article URI, or null for a URI that is not a Kursnotiz article. */
export function contentHashFromUri(uri: string): string | null {
  if (!uri.startsWith(ARTICLE_PREFIX)) return null;
  const hash = uri.slice(ARTICLE_PREFIX.length).toLowerCase();
  return CONTENT_HASH.test(hash) ? hash : null;
}

/** The annotation's URI in exports: urn:uuid for UUID ids, else a Kursnotiz URN with the id escaped. */
export function annotationUri(id: string): string {
  return UUID.test(id) ? `${UUID_PREFIX}${id}` : `${ANNOTATION_PREFIX}${encodeURIComponent(id)}`;
}

/** The Kursnotiz id for an imported annotation URI (other tools' URIs stay whole: they are ids too). */
export function annotationIdFromUri(uri: string): string {
  if (uri.startsWith(UUID_PREFIX) && UUID.test(uri.slice(UUID_PREFIX.length))) {
    return uri.slice(UUID_PREFIX.length);
  }
  if (uri.startsWith(ANNOTATION_PREFIX)) {
    try {
      return decodeURIComponent(uri.slice(ANNOTATION_PREFIX.length));
    } catch {
      return uri;
    }
  }
  return uri;
}
