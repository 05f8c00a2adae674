import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { ExportDialogPage } from './pages/export-dialog-page';
import { LibraryPage } from './pages/library-page';
import { highlightWithToolbar, writeNote } from './pages/reader-annotations';

test.use({ viewport: { width: 1440, height: 900 }, locale: 'de-DE' });

const TAGS = ['bullisch', 'bärisch', 'Risiko', 'Katalysator', 'Frage', 'prüfen'];

// A dozen passages on all five seeds, each with a note carrying umlauts, ß, € or „“.
const PASSAGES: { article: string; phrase: string }[] = [
  {
    article: 'Alibaba investiert Milliarden in Cloud- und KI-Offensive',
    phrase: 'sollen laut Unternehmensangaben für die Erweiterung',
  },
  {
    article: 'Alibaba investiert Milliarden in Cloud- und KI-Offensive',
    phrase: 'Branchenanalysten erwarten, dass der Konzern mittelfristig',
  },
  {
    article: 'Alibabas Milliardenstrategie: Investition in Wachstum und Innovation',
    phrase: 'Cloud-Technologie spielt eine immer zentralere Rolle',
  },
  {
    article: 'Alibabas Milliardenstrategie: Investition in Wachstum und Innovation',
    phrase: 'Mit dieser Strategie tritt Alibaba in direkte Konkurrenz',
  },
  {
    article: 'Alibaba investiert in KI und Cloud-Infrastruktur',
    phrase: 'Die Zahlen zur Performance der Cloud-Sparte belegen',
  },
  {
    article: 'Alibaba investiert in KI und Cloud-Infrastruktur',
    phrase: 'Trotz der technologischen Fortschritte gibt es jedoch Anzeichen',
  },
  { article: 'Alibaba Aktie: KI-Strategie zündet', phrase: 'Der Hauptgrund für den jüngsten Optimismus' },
  { article: 'Alibaba Aktie: KI-Strategie zündet', phrase: 'Um diesen technologischen Vorsprung zu sichern' },
  { article: 'Alibaba Aktie: KI-Strategie zündet', phrase: 'Die Börse reagierte am Freitag deutlich' },
  {
    article: 'Architekt der KI-Zukunft steigt auf',
    phrase: 'Die Aufnahme von Zhou Jingren in die exklusive',
  },
  {
    article: 'Architekt der KI-Zukunft steigt auf',
    phrase: 'Diese Personalie flankiert eine aggressive Investitionspolitik',
  },
  { article: 'Architekt der KI-Zukunft steigt auf', phrase: 'Bereits im Februar kündigte Alibaba an' },
];

const noteFor = (index: number) => `Notiz ${index + 1}: Größe prüfen – „Marge“ bei 3 € Gewinn, süß & bärisch`;

test('exports a dozen highlights on the five seeds as a PDF by clicking through the dialog', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const library = new LibraryPage(page);
  const exportDialog = new ExportDialogPage(page);
  await library.open();

  await test.step('create twelve highlights with notes through the reader', async () => {
    for (const [index, { article, phrase }] of PASSAGES.entries()) {
      await library.articleOptions().filter({ hasText: article }).click();
      await expect(library.readerHeading()).toHaveText(article);
      await highlightWithToolbar(page, phrase, TAGS[index % TAGS.length] ?? 'bullisch');
      await writeNote(page, phrase, noteFor(index));
    }
  });

  await test.step('a tag filter that matches nothing gives a message, not a file', async () => {
    await exportDialog.openByButton();
    await exportDialog.choose('Umfang', 'Aktueller Artikel');
    await exportDialog.setTag('bullisch', true);
    await exportDialog.exportButton().click();
    await expect(exportDialog.alert()).toContainText('Keine Markierung passt');
    await page.screenshot({ path: join(tmpdir(), 'kursnotiz-e2e-export-dialog.png') });
    await exportDialog.setTag('bullisch', false);
  });

  const pdfPath = join(mkdtempSync(join(tmpdir(), 'kursnotiz-export-')), 'dossier.pdf');
  await test.step('export all articles with the chart and capture the download', async () => {
    await exportDialog.choose('Umfang', 'Alle Artikel');
    await exportDialog.choose('Inhalt', 'nur Auszüge');
    const downloadPromise = page.waitForEvent('download');
    await exportDialog.exportButton().click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toMatch(/^Kursnotiz-Dossier-\d{4}-\d{2}-\d{2}\.pdf$/u);
    await download.saveAs(pdfPath);
    await expect(exportDialog.dialog()).toBeHidden();
  });

  await test.step('the PDF holds every quote and note with umlauts, its title and pages', () => {
    // pdftotext joins a word broken after its own hyphen: compare without hyphens and line breaks.
    const flat = (text: string) => text.replace(/\s+/gu, ' ').replace(/-/gu, '');
    const text = flat(execFileSync('pdftotext', ['-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8' }));
    for (const [index, { phrase }] of PASSAGES.entries()) {
      expect(text).toContain(flat(`„${phrase}“`));
      expect(text).toContain(flat(noteFor(index)));
    }
    const info = execFileSync('pdfinfo', ['-enc', 'UTF-8', pdfPath], { encoding: 'utf8' });
    expect(info).toMatch(/^Title:\s+Kursnotiz-Dossier: Alibaba \(BABA\)$/mu);
    const pages = Number(/^Pages:\s+(\d+)$/mu.exec(info)?.[1]);
    // Cover, contents and one section per article at least.
    expect(pages).toBeGreaterThanOrEqual(7);
    expect(text).toContain(`Seite ${pages} von ${pages}`);
    // The cover carries the live chart's picture.
    const images = execFileSync('pdfimages', ['-list', pdfPath], { encoding: 'utf8' });
    expect(images).toMatch(/^\s+1\s+0\s+image\s+\d+\s+\d+/mu);
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '60',
      '-f',
      '1',
      '-l',
      '3',
      pdfPath,
      join(tmpdir(), 'kursnotiz-e2e-export-page'),
    ]);
  });
});
