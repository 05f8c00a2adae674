/** The local calendar date of `nowMs` as YYYY-MM-DD (what the user sees on their clock, not UTC). */
export function localIsoDate(nowMs: number): string {
  const date = new Date(nowMs);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The suggested name of an annotation export, e.g. "Kursnotiz-Annotationen-2026-11-21.jsonld". */
export function annotationExportFileName(nowMs: number): string {
  return `Kursnotiz-Annotationen-${localIsoDate(nowMs)}.jsonld`;
}

/** The suggested name of a library backup, e.g. "Kursnotiz-Sicherung-2026-11-21.json". */
export function backupFileName(nowMs: number): string {
  return `Kursnotiz-Sicherung-${localIsoDate(nowMs)}.json`;
}
