// "Ein- und Verkauf": a hyphen before a conjunction is a suspended compound, not a break.
const SUSPENDED_HYPHEN_FOLLOWERS = /^(?:und|oder|bzw\.|sowie|als|bis|noch|wie)\b/u;

/**
 * Joins two lines of one paragraph: "Wachs-" + "tum" → "Wachstum", "Cloud-" + "Infrastruktur" →
 * "Cloud-Infrastruktur" (a real hyphen before an upper-case part), soft hyphens dropped, else a space.
 */
export function joinLineBreak(before: string, after: string): string {
  if (before === '') return after;
  if (after === '') return before;
  if (before.endsWith('\u00ad')) return before.slice(0, -1) + after;
  if (/\p{L}-$/u.test(before)) {
    if (SUSPENDED_HYPHEN_FOLLOWERS.test(after)) return `${before} ${after}`;
    if (/^\p{Ll}/u.test(after)) return before.slice(0, -1) + after;
    if (/^[\p{Lu}\p{N}]/u.test(after)) return before + after;
  }
  return `${before} ${after}`;
}
