// Saved pages carry megabytes of scripts, styles and comments; dropping them before parsing keeps the
// DOM small (jsdom builds ~5,000 elements a second on these machines) without touching any article text.

function stripBetween(
  html: string,
  lower: string,
  open: string,
  close: string,
  keep: (openTag: string) => boolean,
): string {
  let result = '';
  let position = 0;
  for (;;) {
    const start = lower.indexOf(open, position);
    if (start < 0) return result + html.slice(position);
    const tagEnd = lower.indexOf('>', start);
    const end = lower.indexOf(close, start + open.length);
    const openTag = tagEnd < 0 ? '' : lower.slice(start, tagEnd + 1);
    if (end < 0) return keep(openTag) ? result + html.slice(position) : result + html.slice(position, start);
    const after = lower.indexOf('>', end);
    const stop = after < 0 ? html.length : after + 1;
    result += keep(openTag) ? html.slice(position, stop) : html.slice(position, start);
    position = stop;
  }
}

/** Removes comments, <style> and <script> blocks (keeping JSON-LD metadata scripts) in linear time. */
export function stripInertBlocks(html: string): string {
  let stripped = stripBetween(html, html.toLowerCase(), '<!--', '-->', () => false);
  stripped = stripBetween(stripped, stripped.toLowerCase(), '<style', '</style', () => false);
  return stripBetween(stripped, stripped.toLowerCase(), '<script', '</script', (openTag) =>
    openTag.includes('ld+json'),
  );
}

/** Counts start tags (a '<' followed by a letter): an upper bound of the elements a parser would build. */
export function countStartTags(html: string): number {
  let count = 0;
  for (let index = html.indexOf('<'); index >= 0; index = html.indexOf('<', index + 1)) {
    const next = html.charCodeAt(index + 1);
    if ((next >= 65 && next <= 90) || (next >= 97 && next <= 122)) count += 1;
  }
  return count;
}
