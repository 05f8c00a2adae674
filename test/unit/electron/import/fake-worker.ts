import { serveImportWorker, type ParentPort } from '../../../../electron/import/import-worker';
import type { WorkerProcess } from '../../../../electron/import/worker-client';
import type { ParseRequest, ParseResponse } from '../../../../electron/import/worker-protocol';
import { makeNodeArticleDeps } from '../../shared/import/helpers/node-article-deps';

/** What a fake worker does with each request: run the real worker code, or misbehave. */
export type WorkerBehaviour = 'real' | 'crash' | 'hang' | 'forge';

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
      else if (mode === 'forge')
        setTimeout(
          () =>
            listeners.message.forEach((listener) =>
              listener({ type: 'parsed', requestId: message.requestId, file: { kind: 'article' } }),
            ),
          1,
        );
      else if (mode === 'real') portListener?.({ data: structuredClone(message) });
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
