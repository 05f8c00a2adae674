import { buildSeedLibrary, seedArticleId, type SeedLibrary } from '../../shared/seeds/seed-library';
import type { SeedManifest } from '../../shared/seeds/seed-manifest';
import manifestJson from '../../seeds/manifest.json';

// Bundled by Vite at build time (raw text); the app never reads the seeds folder at run time.
const seedTextByPath = import.meta.glob<string>('../../seeds/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** The seed files' texts keyed by bare file name, as buildSeedLibrary expects. */
function seedTextsByFileName(): Record<string, string> {
  const byName: Record<string, string> = {};
  for (const [path, text] of Object.entries(seedTextByPath))
    byName[path.slice(path.lastIndexOf('/') + 1)] = text;
  return byName;
}

/** Builds the bundled seed library (articles and their levels) from seeds/manifest.json and seeds/*.txt. */
export function loadBundledSeeds(): SeedLibrary {
  return buildSeedLibrary(manifestJson as SeedManifest, seedTextsByFileName());
}

/** The ids the bundled seed articles get, read from the manifest alone (no text processing). */
export const BUNDLED_SEED_ARTICLE_IDS: readonly string[] = (manifestJson as SeedManifest).articles.map(
  (entry) => seedArticleId(entry.file),
);
