// Security gate (npm run security): runs electronegativity over electron/ and renderer/ together (so its
// global checks see main's handlers while the renderer's calls are scanned too) and fails on any MEDIUM
// or HIGH finding. electronegativity always exits 0 and may try the network for extras (offline here: harmless),
// so the gate decides from the report itself; a missing or unparseable report fails the gate too.
import { createRequire } from 'node:module';
import { cp, mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import console from 'node:console';
import process from 'node:process';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath, URL } from 'node:url';

const ELECTRON_VERSION = '45.4.1';
const FAILING_SEVERITIES = new Set(['MEDIUM', 'HIGH']);
const root = fileURLToPath(new URL('../..', import.meta.url));
// The folders scanned by default: the Electron side and the renderer it hosts.
const SCANNED_FOLDERS = ['electron', 'renderer'];

/**
 * Copies the scanned folders side by side into one temporary folder: electronegativity takes one input.
 * @returns {Promise<string>}
 */
async function stageScannedFolders() {
  const staged = await mkdtemp(join(tmpdir(), 'kursnotiz-scan-'));
  for (const folder of SCANNED_FOLDERS)
    await cp(join(root, folder), join(staged, folder), { recursive: true });
  return staged;
}

// An optional folder argument lets the gate itself be tested on a deliberately insecure sample.
const scannedDir = process.argv[2] ?? (await stageScannedFolders());
const scannedName = process.argv[2] ?? `${SCANNED_FOLDERS.join('/ + ')}/`;

/**
 * @typedef {{ id: string, file: string, location: { line: number, column: number }, description: string,
 *   severity: { name: string }, confidence: { name: string }, manualReview: boolean, sample?: string }} Issue
 */

/** @param {string} message */
function fail(message) {
  console.error(`security gate: FAILED: ${message}`);
  process.exit(1);
}

/**
 * Lists every `eng-disable` annotation so suppressions are visible in CI output, with the line above as the reason.
 * @param {string} dir
 * @returns {Promise<string[]>}
 */
async function listSuppressions(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  /** @type {string[]} */
  const lines = [];
  for (const entry of entries) {
    if (!entry.isFile() || !/\.(tsx?|jsx?|html)$/u.test(entry.name)) continue;
    const path = join(entry.parentPath, entry.name);
    const text = (await readFile(path, 'utf8')).split('\n');
    text.forEach((line, index) => {
      if (!line.includes('eng-disable')) return;
      lines.push(`  ${relative(dir, path)}:${index + 1}: ${line.trim()}`);
      // The reason is the comment block directly above the annotated line.
      /** @type {string[]} */
      const reason = [];
      for (let above = index - 1; above >= 0 && /^\s*\/\//u.test(text[above] ?? ''); above -= 1) {
        reason.unshift(`      ${(text[above] ?? '').trim()}`);
      }
      lines.push(...(reason.length > 0 ? reason : ['      (no written reason above the annotation)']));
    });
  }
  return lines;
}

/**
 * Waits for the SARIF file electronegativity writes asynchronously after run() returns.
 * @param {string} path
 * @returns {Promise<unknown>}
 */
async function readSarif(path) {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    try {
      return JSON.parse(await readFile(path, 'utf8'));
    } catch {
      await sleep(100);
    }
  }
  return fail(`the SARIF report ${path} is missing or not valid JSON`);
}

// The scanner's optional network look-ups must never hang CI: a scan that takes this long fails the gate.
const SCAN_TIMEOUT_MS = 180_000;
globalThis
  .setTimeout(
    () => fail(`electronegativity did not finish within ${SCAN_TIMEOUT_MS / 1000} s`),
    SCAN_TIMEOUT_MS,
  )
  .unref();

const run = createRequire(import.meta.url)('@doyensec/electronegativity');
const sarifPath = join(await mkdtemp(join(tmpdir(), 'kursnotiz-security-')), 'report.sarif');
/** @type {{ issues?: unknown }} */
const result = await run({
  input: scannedDir,
  output: sarifPath,
  isSarif: true,
  customScan: [],
  excludeFromScan: [],
  severitySet: undefined,
  confidenceSet: undefined,
  isRelative: true,
  isVerbose: false,
  electronUpgrade: undefined,
  electronVersionOverride: ELECTRON_VERSION,
  parserPlugins: [],
});
if (!Array.isArray(result?.issues)) fail('electronegativity returned no issue list');
const issues = /** @type {Issue[]} */ (result.issues);
for (const issue of issues) {
  if (typeof issue?.id !== 'string' || typeof issue?.severity?.name !== 'string')
    fail('unparseable finding in report');
}

const sarif = /** @type {{ runs?: { results?: unknown[] }[] }} */ (await readSarif(sarifPath));
const sarifResults = sarif.runs?.[0]?.results;
if (!Array.isArray(sarifResults) || sarifResults.length !== issues.length) {
  fail(
    `the SARIF report does not match the scan (${String(sarifResults?.length)} vs ${issues.length} findings)`,
  );
}

console.log(
  `\nelectronegativity ${ELECTRON_VERSION}: ${issues.length} finding(s) in ${scannedName} (SARIF: ${sarifPath})`,
);
for (const issue of issues) {
  const where = `${issue.file}:${issue.location.line}:${issue.location.column}`;
  const review = issue.manualReview ? ' [manual review]' : '';
  console.log(
    `  ${issue.severity.name}/${issue.confidence.name} ${issue.id} at ${where}${review}\n    ${issue.description}`,
  );
}
const suppressions = await listSuppressions(scannedDir);
const suppressionCount = suppressions.filter((line) => line.includes('eng-disable')).length;
console.log(`Suppressed with a written reason (eng-disable): ${suppressionCount}`);
for (const line of suppressions) console.log(line);

const blocking = issues.filter((issue) => FAILING_SEVERITIES.has(issue.severity.name));
if (blocking.length > 0) fail(`${blocking.length} MEDIUM/HIGH finding(s)`);
console.log('security gate: passed (no MEDIUM or HIGH findings)');
