import type { PdfTextRun } from './pdfjs-types';

/** One visual line of a PDF page. */
export interface PdfLine {
  text: string;
  x: number;
  y: number;
  fontSize: number;
  /** Wide gaps between runs: a table row or a label/value line, never joined with its neighbours. */
  isTabular: boolean;
}

// Gaps relative to the font size: a word space, and a column gap in a table row.
const WORD_GAP_EM = 0.15;
const COLUMN_GAP_EM = 2;

function finishLine(runs: PdfTextRun[]): PdfLine | null {
  const sorted = [...runs].sort((a, b) => a.x - b.x);
  let text = '';
  let isTabular = false;
  let previous: PdfTextRun | null = null;
  for (const run of sorted) {
    // pdf.js reports a wide gap either as distance between runs or as a whitespace run spanning it.
    if (run.text.trim() === '' && run.width > COLUMN_GAP_EM * run.fontSize) isTabular = true;
    if (previous !== null) {
      const gap = run.x - (previous.x + previous.width);
      if (gap > COLUMN_GAP_EM * run.fontSize) isTabular = true;
      if (gap > WORD_GAP_EM * run.fontSize && !/\s$/u.test(text) && !/^\s/u.test(run.text)) text += ' ';
    }
    text += run.text;
    previous = run;
  }
  const trimmed = text.replace(/\s+/gu, ' ').trim();
  if (trimmed === '') return null;
  const fontSize = runs.reduce(
    (largest, run) => (run.text.trim() === '' ? largest : Math.max(largest, run.fontSize)),
    1,
  );
  return { text: trimmed, x: sorted[0]?.x ?? 0, y: runs[0]?.y ?? 0, fontSize, isTabular };
}

/** Groups a page's runs (in content order) into lines by their baseline. */
export function groupIntoLines(runs: readonly PdfTextRun[]): PdfLine[] {
  const lines: PdfLine[] = [];
  let current: PdfTextRun[] = [];
  let currentY = 0;
  let currentSize = 0;
  for (const run of runs) {
    if (run.text === '') continue;
    const isSameLine =
      current.length > 0 && Math.abs(run.y - currentY) <= 0.5 * Math.max(currentSize, run.fontSize);
    if (!isSameLine && current.length > 0) {
      const line = finishLine(current);
      if (line !== null) lines.push(line);
      current = [];
    }
    if (current.length === 0) {
      currentY = run.y;
      currentSize = run.fontSize;
    }
    current.push(run);
  }
  const last = current.length > 0 ? finishLine(current) : null;
  if (last !== null) lines.push(last);
  return lines;
}
