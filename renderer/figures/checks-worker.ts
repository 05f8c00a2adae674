// The library checks' worker: runs the figure extractor and the narrative checks over the whole library off
// the UI thread (on a large library they take seconds). It keeps its own figure cache, so a later request
// re-reads only new or changed articles.
import { createFigureCache } from './article-figures';
import { runLibraryChecks } from './library-checks';
import type { ChecksWorkerReply, ChecksWorkerRequest } from './checks-worker-protocol';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ChecksWorkerRequest>) => void) | null;
  postMessage(message: ChecksWorkerReply): void;
};
const cache = createFigureCache();

scope.onmessage = ({ data }) => {
  try {
    scope.postMessage({ id: data.id, ok: true, results: runLibraryChecks(data.inputs, cache) });
  } catch (error) {
    scope.postMessage({ id: data.id, ok: false, message: String(error) });
  }
};
