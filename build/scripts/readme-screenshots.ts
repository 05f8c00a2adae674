// `npm run screenshots`: the README's pictures, taken from the real web host with a few highlights made
// through the UI — German and English, light and dark, at 1440×900.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { chromiumLaunchOptions } from '../../test/e2e/browser-options';
import { highlightWithToolbar, writeNote } from '../../test/e2e/pages/reader-annotations';

const root = fileURLToPath(new URL('../..', import.meta.url));
const PORT = 4195;

const server = await preview({
  configFile: join(root, 'build/vite.renderer.config.ts'),
  logLevel: 'warn',
  preview: { port: PORT, strictPort: true },
});
const profile = mkdtempSync(join(tmpdir(), 'kursnotiz-shots-'));
const context = await chromium.launchPersistentContext(profile, {
  ...chromiumLaunchOptions,
  viewport: { width: 1440, height: 900 },
  locale: 'de-DE',
});
try {
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${PORT}/`);
  await page.getByRole('option', { name: 'Alibaba Aktie: KI-Strategie zündet' }).waitFor();
  await highlightWithToolbar(
    page,
    'Die Börse reagierte am Freitag deutlich auf diese Entwicklungen',
    'bullisch',
  );
  await writeNote(
    page,
    'Die Börse reagierte am Freitag deutlich auf diese Entwicklungen',
    'Starker Schluss vor den **Quartalszahlen im Februar**.',
  );
  await highlightWithToolbar(page, 'Analysten bleiben vorerst zuversichtlich', 'Katalysator');
  await highlightWithToolbar(page, 'ob das hohe Wachstum der Cloud-Sparte nachhaltig ist', 'Risiko');
  await page.getByRole('button', { name: 'Zur Textstelle: Kursziel Ø 205,00 $' }).click();
  await page.mouse.move(0, 0);
  await page.waitForTimeout(3000); // let the passage flash fade
  for (const language of ['de', 'en'] as const) {
    await page.getByRole('radio', { name: language === 'de' ? 'Deutsch' : 'English' }).click();
    for (const theme of ['light', 'dark'] as const) {
      const name = { de: { light: 'Hell', dark: 'Dunkel' }, en: { light: 'Light', dark: 'Dark' } }[language][
        theme
      ];
      await page.getByRole('radio', { name }).click();
      await page.waitForTimeout(500);
      const path = join(root, `build/screenshots/kursnotiz-${language}-${theme}.png`);
      await page.screenshot({ path });
      console.log(`wrote ${path}`);
    }
  }
} finally {
  await context.close();
  await server.close();
  rmSync(profile, { recursive: true, force: true });
}
