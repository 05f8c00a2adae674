import type { FoundDate, FoundMetadata } from '../finish-draft';
import { parseDateValue } from '../meta/parse-date';
import { attributeOf, toArray, type DomDocument } from './dom-types';
import { readJsonLd } from './json-ld';

const DATE_METAS: readonly (readonly [string, string])[] = [
  ['meta[property="article:published_time"]', 'meta article:published_time'],
  ['meta[itemprop="datePublished"]', 'meta itemprop datePublished'],
  ['meta[name="date"]', 'meta date'],
  ['meta[name="pubdate"]', 'meta pubdate'],
  ['meta[name="publishdate"]', 'meta publishdate'],
  ['meta[name="publish-date"]', 'meta publish-date'],
  ['meta[name="DC.date.issued"]', 'meta DC.date.issued'],
  ['meta[name="dcterms.date"]', 'meta dcterms.date'],
  ['meta[name="parsely-pub-date"]', 'meta parsely-pub-date'],
  ['meta[property="og:published_time"]', 'meta og:published_time'],
];

function metaContent(document: DomDocument, selector: string): string | null {
  return attributeOf(document.querySelector(selector), 'content');
}

/** The host part of an absolute http(s) URL without "www.", or null. */
export function hostOf(url: string | null): string | null {
  const match = url === null ? null : /^https?:\/\/(?:www\.)?([^/:?#\s]+)/iu.exec(url);
  return match?.[1] ? match[1].toLowerCase() : null;
}

function findDate(document: DomDocument, jsonLdDate: string | null): FoundDate | null {
  for (const [selector, detail] of DATE_METAS) {
    const value = metaContent(document, selector);
    const isoDate = value === null ? null : parseDateValue(value);
    if (isoDate !== null) return { isoDate, source: 'html-meta', detail };
  }
  const fromJsonLd = jsonLdDate === null ? null : parseDateValue(jsonLdDate);
  if (fromJsonLd !== null) return { isoDate: fromJsonLd, source: 'json-ld', detail: 'JSON-LD datePublished' };
  const times = toArray(
    document.querySelectorAll('article time[datetime], main time[datetime], time[pubdate], time[datetime]'),
  );
  for (const time of times.slice(0, 5)) {
    const isoDate = parseDateValue(attributeOf(time, 'datetime') ?? '');
    if (isoDate !== null) return { isoDate, source: 'html-time', detail: '<time datetime>' };
  }
  return null;
}

/** "Headline | Site" → "Headline" when the suffix names the site (as <title> usually does). */
function withoutSiteSuffix(title: string | null, source: string | null): string | null {
  if (title === null || source === null) return title;
  const separator = /\s+[|–—-]\s+/u;
  const parts = title.split(separator);
  const last = parts[parts.length - 1]?.trim().toLowerCase() ?? '';
  const site = source.trim().toLowerCase();
  const isSite =
    last !== '' && (last === site || site.startsWith(last) || last.startsWith(site.split('.')[0] ?? site));
  return parts.length > 1 && isSite
    ? title.slice(0, title.lastIndexOf(parts[parts.length - 1] ?? '')).replace(/\s+[|–—-]\s+$/u, '')
    : title;
}

/** Reads title, date, source and language a saved page states about itself (before Readability alters it). */
export function readHtmlMetadata(document: DomDocument): FoundMetadata {
  const jsonLd = readJsonLd(document);
  const h1 = document.querySelector('h1')?.textContent ?? null;
  const title =
    metaContent(document, 'meta[property="og:title"]') ??
    metaContent(document, 'meta[name="twitter:title"]') ??
    jsonLd.headline ??
    (document.title.trim() || null) ??
    h1;
  const canonical = attributeOf(document.querySelector('link[rel="canonical"]'), 'href');
  const source =
    metaContent(document, 'meta[property="og:site_name"]') ??
    jsonLd.publisherName ??
    metaContent(document, 'meta[name="application-name"]') ??
    hostOf(canonical) ??
    hostOf(metaContent(document, 'meta[property="og:url"]'));
  const language =
    attributeOf(document.documentElement, 'lang') ??
    attributeOf(document.documentElement, 'xml:lang') ??
    metaContent(document, 'meta[http-equiv="content-language"], meta[http-equiv="Content-Language"]') ??
    jsonLd.inLanguage ??
    metaContent(document, 'meta[property="og:locale"]');
  return {
    title: withoutSiteSuffix(title, source),
    source,
    date: findDate(document, jsonLd.datePublished),
    language,
  };
}
