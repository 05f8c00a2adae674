import {
  rejectFile,
  type ImportFileBytes,
  type ParsedImportFile,
} from '../../shared/import-pipeline/parsed-import-file';
import { MAX_WORKER_ANSWER_CHARS, readParseResponse, type ParseRequest } from './worker-protocol';

/** The parts of Electron's UtilityProcess the client uses (tests pass a typed fake). */
export interface WorkerProcess {
  postMessage(message: ParseRequest): void;
  on(event: 'message', listener: (message: unknown) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  kill(): boolean;
}

/** Starts a fresh worker process (main passes utilityProcess.fork of out/main/import-worker.cjs). */
export type ForkWorker = () => WorkerProcess;

/** Parses files in the utility process, one at a time, restarting it after a crash or a hang. */
export interface WorkerClient {
  parse(file: ImportFileBytes): Promise<ParsedImportFile>;
  dispose(): void;
}

/** Longer than the parsers' own 15 s budget: only a worker that stopped answering hits it. */
export const WORKER_TIMEOUT_MS = 30_000;

interface Pending {
  requestId: number;
  fileName: string;
  resolve: (file: ParsedImportFile) => void;
  timer: ReturnType<typeof setTimeout>;
}

/** Creates the client; the worker is forked on first use and again after it died. */
export function makeWorkerClient(fork: ForkWorker, timeoutMs = WORKER_TIMEOUT_MS): WorkerClient {
  let worker: WorkerProcess | null = null;
  let pending: Pending | null = null;
  let nextId = 0;
  let queue: Promise<unknown> = Promise.resolve();

  const settle = (file: ParsedImportFile) => {
    if (!pending) return;
    clearTimeout(pending.timer);
    const { resolve } = pending;
    pending = null;
    resolve(file);
  };
  const failCurrent = (message: string, code: 'worker-failed' | 'timeout' = 'worker-failed') => {
    if (pending) settle(rejectFile(pending.fileName, code, message));
  };

  const start = (): WorkerProcess => {
    const child = fork();
    child.on('message', (message) => {
      if (!pending) return;
      const response = readParseResponse(message);
      if (!response.ok || response.requestId !== pending.requestId) {
        if (!response.ok && response.reason === 'too-large') {
          settle(
            rejectFile(
              pending.fileName,
              'answer-too-large',
              `Reading ${pending.fileName} gave more data than ${MAX_WORKER_ANSWER_CHARS} characters.`,
              { limitCharacters: MAX_WORKER_ANSWER_CHARS },
            ),
          );
        } else failCurrent('The import process sent an invalid answer.');
        // A confused worker is not trusted with the next file either.
        child.kill();
        if (worker === child) worker = null;
        return;
      }
      settle(response.file);
    });
    child.on('exit', (code) => {
      if (worker === child) worker = null;
      failCurrent(`The import process stopped (exit code ${code}).`);
    });
    return child;
  };

  const parseNow = (file: ImportFileBytes) =>
    new Promise<ParsedImportFile>((resolve) => {
      worker ??= start();
      const child = worker;
      const requestId = nextId++;
      const timer = setTimeout(() => {
        failCurrent(`${file.fileName} took longer than ${timeoutMs} ms to read.`, 'timeout');
        child.kill();
        if (worker === child) worker = null;
      }, timeoutMs);
      pending = { requestId, fileName: file.fileName, resolve, timer };
      child.postMessage({ type: 'parse', requestId, file });
    });

  return {
    parse(file) {
      const job = queue.then(() => parseNow(file));
      queue = job;
      return job;
    },
    dispose() {
      worker?.kill();
      worker = null;
    },
  };
}
