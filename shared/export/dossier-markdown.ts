import { formatIsoDate } from '../format/locale-format';
import { fillLabel, tagName, type DossierLabels } from './dossier-labels';
import type { Dossier, DossierPassage } from './dossier-types';
import { isoDayOf } from './pdf-cover';

/** Text that Markdown would read as markup, made literal (titles and quotes are plain text). */
function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]#<>|])/gu, '\\$1');
}

function passageMarkdown(passage: DossierPassage, labels: DossierLabels): string {
  const tags = passage.tags.length > 0 ? passage.tags.map((tag) => tagName(tag, labels)) : [labels.untagged];
  const lines = [`- **${escapeMarkdown(tags.join(' · '))}**`];
  const quote = passage.quote.replace(/\s*\n+\s*/gu, ' ');
  lines.push(`  > ${labels.quoteOpen}${escapeMarkdown(quote)}${labels.quoteClose}`);
  const note = passage.note.trim();
  // The note is already light Markdown: kept as written, indented under its quote.
  if (note !== '') lines.push('', ...note.split(/\r?\n/u).map((line) => (line === '' ? '' : `  ${line}`)));
  return lines.join('\n');
}

/** The dossier as Markdown: per article title, source, date, each quote with its tags and note; orphans apart. */
export function dossierToMarkdown(dossier: Dossier, labels: DossierLabels): string {
  const language = labels.language;
  const parts = [
    `# ${escapeMarkdown(labels.title)}`,
    fillLabel(labels.createdOn, { date: formatIsoDate(isoDayOf(dossier.createdAtMs), language) }),
  ];
  for (const item of dossier.articles) {
    const { article } = item;
    const date = article.publishedOn ? formatIsoDate(article.publishedOn, language) : labels.dateUnknown;
    parts.push(
      `## ${escapeMarkdown(article.title)}`,
      `${labels.source}: ${escapeMarkdown(article.source)}  \n${labels.published}: ${date}`,
      ...item.passages.map((passage) => passageMarkdown(passage, labels)),
    );
    if (item.orphans.length > 0) {
      parts.push(
        `### ${labels.orphansHeading}`,
        labels.orphansHint,
        ...item.orphans.map((passage) => passageMarkdown(passage, labels)),
      );
    }
  }
  return `${parts.join('\n\n')}\n`;
}
