const KNOWN_EXTENSIONS = /\.(?:txt|text|md|markdown|html?|xhtml|pdf)$/iu;

/** The lower-case extension of a file name without the dot ('' when there is none). */
export function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/u).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/** A readable title from a file name: "alibaba_cloud-bericht.pdf" → "alibaba cloud-bericht". */
export function titleFromFileName(fileName: string): string {
  const base = (fileName.split(/[\\/]/u).pop() ?? fileName).replace(KNOWN_EXTENSIONS, '');
  const title = base.replace(/[_+]+/gu, ' ').replace(/\s+/gu, ' ').trim();
  return title === '' ? fileName : title;
}
