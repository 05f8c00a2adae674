import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The project's seeds folder (never the team's hand-off folder beside the checkout). */
export const SEEDS_DIR = fileURLToPath(new URL('../../../../seeds/', import.meta.url));

/** The text of a seed file as shipped, keyed by its three-digit prefix ("003"). */
export function readSeed(prefix: string): { file: string; text: string } {
  const manifest = readSeedManifest();
  const entry = manifest.articles.find((article) => article.file.startsWith(`${prefix}_`));
  if (!entry) throw new Error(`no seed ${prefix} in seeds/manifest.json`);
  return { file: entry.file, text: readFileSync(`${SEEDS_DIR}${entry.file}`, 'utf8') };
}

/** The seed manifest's article entries (file, title, publishedOn). */
export function readSeedManifest(): {
  articles: { file: string; title: string; publishedOn: string | null }[];
} {
  return JSON.parse(readFileSync(`${SEEDS_DIR}manifest.json`, 'utf8')) as {
    articles: { file: string; title: string; publishedOn: string | null }[];
  };
}
