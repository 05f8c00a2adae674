// `npm start`: opens the Electron app when its binary is installed (downloading it first if allowed);
// otherwise builds the renderer and serves the web host on localhost, printing the URL and the reason.
// Never fails silently: every path prints what it does.
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';
import { electronPackageDir, findElectronBinary } from './electron-binary.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const forceWeb = process.argv.includes('--web');
const DOWNLOAD_TIMEOUT_MS = 5 * 60 * 1000;

/**
 * Runs an npm script in the repo and stops the start if it fails.
 * @param {string} script
 */
function runNpm(script) {
  const result = spawnSync('npm', ['run', '--silent', script], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(
      `\nKursnotiz: "npm run ${script}" failed (exit ${result.status ?? result.signal}); not starting.`,
    );
    process.exit(result.status ?? 1);
  }
}

/** Tries electron's own installer once, unless downloads are switched off. */
function tryDownloadElectron() {
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
    return 'ELECTRON_SKIP_BINARY_DOWNLOAD is set, so the binary was not downloaded';
  }
  console.log('Kursnotiz: the Electron binary is missing; trying to download it once …');
  // The installer's own error is a stack trace; its first line is enough to say what went wrong.
  const result = spawnSync(process.execPath, [join(electronPackageDir, 'install.js')], {
    stdio: ['ignore', 'inherit', 'pipe'],
    encoding: 'utf8',
    timeout: DOWNLOAD_TIMEOUT_MS,
  });
  if (result.status === 0 && findElectronBinary().path) return null;
  const firstLine = (result.stderr ?? '').trim().split('\n')[0] ?? '';
  return `the Electron binary could not be downloaded (${firstLine || 'no access to its download host?'})`;
}

/**
 * Builds the renderer and serves it on localhost until stopped.
 * @param {string} reason why the Electron app is not opened
 */
async function serveWebHost(reason) {
  console.log(`\nKursnotiz: starting the web host instead of the Electron app, because ${reason}.`);
  runNpm('build:renderer');
  let server;
  try {
    server = await preview({ configFile: join(root, 'build/vite.renderer.config.ts') });
  } catch (error) {
    if (!String(error).includes('already in use')) throw error;
    // IndexedDB belongs to one origin (host and port): another port would open an empty library.
    console.error(
      '\nKursnotiz: port 4173 is already in use — probably by a Kursnotiz web host that is still running.\n' +
        'Open http://127.0.0.1:4173/ in your browser, or stop the other program and run npm start again.\n' +
        'Kursnotiz always uses this address because the browser keeps your library per address.',
    );
    process.exit(1);
  }
  const url = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4173/';
  console.log(`\nKursnotiz (web host) is running at ${url}`);
  console.log('Open that address in Chromium, Chrome, Edge or Firefox. Press Ctrl+C to stop.\n');
}

async function main() {
  if (forceWeb) return serveWebHost('--web was given');
  let { path: binary, reason } = findElectronBinary();
  if (!binary) {
    const downloadProblem = tryDownloadElectron();
    ({ path: binary } = findElectronBinary());
    if (!binary)
      return serveWebHost(`${reason}; ${downloadProblem ?? 'the download did not produce a binary'}`);
  }
  runNpm('build');
  console.log(`Kursnotiz: opening the Electron app (${binary}).`);
  const child = spawn(binary, [root], { cwd: root, stdio: 'inherit' });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

main().catch((error) => {
  console.error('Kursnotiz: could not start:', error);
  process.exit(1);
});
