import type { CheckResult } from '../../shared/figures/checks';
import { figureCache } from './article-figures';
import { runLibraryChecks, type LibraryCheckInputs } from './library-checks';
import type { ChecksWorkerReply, ChecksWorkerRequest } from './checks-worker-protocol';

let worker: Worker | null = null;
let latestId = 0;
// Requests that want every answer (the export) count down from -1, so they never make the summary's
// latest run look outdated and are never dropped themselves.
let lastAwaitedId = 0;

// A module worker from our own origin: allowed by script-src/worker-src 'self' in both hosts.
function checksWorker(): Worker {
  worker ??= new Worker(new URL('./checks-worker.ts', import.meta.url), {
    type: 'module',
    name: 'kursnotiz-checks',
  });
  return worker;
}

/** Whether checks run in a Web Worker here (in the app: yes; in jsdom unit tests there is no Worker). */
export function canRunChecksInWorker(): boolean {
  return typeof Worker === 'function';
}

/** The checks of `inputs` on the UI thread (where no Worker exists) with the app's figure cache. */
export function runChecksHere(inputs: LibraryCheckInputs): CheckResult[] {
  return runLibraryChecks(inputs, figureCache);
}

// Posts one request and resolves with the worker's reply to it (each request has its own id).
function askWorker(id: number, inputs: LibraryCheckInputs): Promise<ChecksWorkerReply> {
  const target = checksWorker();
  return new Promise((resolve) => {
    const onMessage = (event: MessageEvent<ChecksWorkerReply>) => {
      if (event.data.id !== id) return;
      target.removeEventListener('message', onMessage);
      resolve(event.data);
    };
    target.addEventListener('message', onMessage);
    const request: ChecksWorkerRequest = { id, inputs };
    target.postMessage(request);
  });
}

/**
 * Runs the checks of `inputs` in the worker. Calls `onResults` with them unless a newer run was asked for
 * in the meantime (then the older answer is dropped); a failure is logged and leaves the old results.
 */
export function runChecksInWorker(
  inputs: LibraryCheckInputs,
  onResults: (results: CheckResult[]) => void,
): void {
  latestId += 1;
  const id = latestId;
  void askWorker(id, inputs).then((reply) => {
    if (id !== latestId) return;
    if (reply.ok) onResults(reply.results);
    else console.warn('Kursnotiz: the library checks failed:', reply.message);
  });
}

/**
 * The checks of `inputs`: from the worker where there is one (the UI thread stays free on a large
 * library), else computed here. Used by the export, which needs this answer whatever runs meanwhile.
 */
export async function checksOf(inputs: LibraryCheckInputs): Promise<CheckResult[]> {
  if (!canRunChecksInWorker()) return runChecksHere(inputs);
  lastAwaitedId -= 1;
  const reply = await askWorker(lastAwaitedId, inputs);
  if (!reply.ok) throw new Error(reply.message);
  return reply.results;
}
