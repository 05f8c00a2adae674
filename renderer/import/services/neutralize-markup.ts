// Inline event handler attributes and <base> in a saved page never run or apply in the inert document
// DOMParser makes, but Chromium still checks them against the app's CSP (the parsed document inherits
// it) and logs a blocked action for each one. Removing them from the markup first keeps those checks
// quiet; security does not rest on this step (inert document, CSP, DOMPurify and the text-only walk do).

const TAG = /<[a-zA-Z][^>]*>/gu;
const EVENT_HANDLER = /\s+on[a-z]+\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/giu;
const BASE_TAG = /^<base\b/iu;

/** The page's markup without event handler attributes and <base> tags; everything else is unchanged. */
export function neutralizeMarkup(html: string): string {
  return html.replace(TAG, (tag) => (BASE_TAG.test(tag) ? '' : tag.replace(EVENT_HANDLER, '')));
}
