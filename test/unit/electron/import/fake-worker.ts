import { serveImportWorker, type ParentPort } from '../../../../electron/import/import-worker';
import type { WorkerProcess } from '../../../../electron/import/worker-client';
import {
  MAX_WORKER_ANSWER_CHARS,
  type ParseRequest,
  type ParseResponse,
} from '../../../../electron/import/worker-protocol';
import { makeNodeArticleDeps } from '../../shared/import/helpers/node-article-deps';

/** What a fake worker does with each request: run the real worker code, or misbehave. */
export type WorkerBehaviour = 'real' | 'crash' | 'hang' | 'forge' | 'flood';

/** The answer a misbehaving worker sends: a forged file, or one character more than main accepts. */
function badAnswer(mode: 'forge' | 'flood', requestId: number): ParseResponse {
  const json =
    mode === 'forge'
      ? JSON.stringify({ kind: 'article' })
      : JSON.stringify({ kind: 'rejected', fileName: 'x', pad: '' }).padEnd(MAX_WORKER_ANSWER_CHARS + 1, ' ');
  return { type: 'parsed', requestId, json };
}

/**
 * A typed fake of Electron's UtilityProcess that runs the REAL worker code (serveImportWorker with the
 * real parsers) in this process, with structured cloning in between like a process boundary.
 */
export function fakeWorkerProcess(behaviour: () => WorkerBehaviour) {
  const listeners = { message: [] as ((message: unknown) => void)[], exit: [] as ((code: number) => void)[] };
  let isKilled = false;
  let portListener: ((event: { data: unknown }) => void) | null = null;
  const port: ParentPort = {
    on: (_event, listener) => {
      portListener = listener;
    },
    postMessage: (message: ParseResponse) => {
      if (!isKilled) for (const listener of listeners.message) listener(structuredClone(message));
    },
  };
  serveImportWorker(port, makeNodeArticleDeps());
  const child: WorkerProcess & { isKilled: () => boolean } = {
    postMessage: (message: ParseRequest) => {
      const mode = behaviour();
      if (mode === 'crash') setTimeout(() => listeners.exit.forEach((listener) => listener(139)), 1);
      else if (mode === 'forge' || mode === 'flood') {
        const answer = badAnswer(mode, message.requestId);
        setTimeout(() => listeners.message.forEach((listener) => listener(answer)), 1);
      } else if (mode === 'real') portListener?.({ data: structuredClone(message) });
    },
    on: (event: 'message' | 'exit', listener: never) => {
      (listeners[event] as unknown[]).push(listener);
      return child;
    },
    kill: () => {
      isKilled = true;
      return true;
    },
    isKilled: () => isKilled,
  };
  return child;
}
