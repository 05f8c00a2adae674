// npm run figures -- FILE…: prints one JSON line per figure (amounts, percentages, counts) found in each
// UTF-8 text file. Offsets are Unicode code points into the file's text exactly as read: nothing is
// stripped or normalised, so a byte order mark, if present, is character 0.
import { readFile } from 'node:fs/promises';
import process from 'node:process';
import { TextDecoder } from 'node:util';
import { loadFigures } from '../tools/load-figures.mjs';

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Reads a file as strict UTF-8; returns the text or an error message naming the problem.
 * @param {string} file
 * @returns {Promise<{ text: string } | { error: string }>}
 */
async function readUtf8(file) {
  let bytes;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const reason = error && typeof error === 'object' && 'code' in error ? error.code : 'unreadable';
    return {
      error:
        reason === 'ENOENT'
          ? 'no such file'
          : reason === 'EISDIR'
            ? 'is a directory'
            : `cannot read (${reason})`,
    };
  }
  try {
    return { text: decoder.decode(bytes) };
  } catch {
    return { error: 'not valid UTF-8' };
  }
}

/**
 * The JSON line for one figure, with exactly the documented fields.
 * @param {string} file
 * @param {import('../../shared/figures/types').Figure} figure
 */
function toLine(file, figure) {
  return JSON.stringify({
    file,
    start: figure.startCodePoints,
    end: figure.endCodePoints,
    surface: figure.surface,
    value: figure.value,
    value_high: figure.valueHigh,
    unit: figure.unit,
    kind: figure.kind,
    price_relevant: figure.isPriceRelevant,
  });
}

/**
 * Prints the figures of every file; returns the exit code (1 when a file failed, 2 for no files).
 * @param {string[]} files
 */
async function main(files) {
  if (files.length === 0) {
    process.stderr.write('usage: npm run figures -- FILE…\n');
    return 2;
  }
  const { extractFigures } = await loadFigures();
  let failed = 0;
  for (const file of files) {
    const read = await readUtf8(file);
    if ('error' in read) {
      process.stderr.write(`figures: ${file}: ${read.error}\n`);
      failed += 1;
      continue;
    }
    const lines = extractFigures(read.text).map((figure) => toLine(file, figure));
    if (lines.length > 0) process.stdout.write(`${lines.join('\n')}\n`);
  }
  return failed > 0 ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
