import type { EventChannel, InvokeChannel, MainToRenderer, RendererToMain } from './ipc-contract';

/** Sends one invoke call; the preload passes ipcRenderer.invoke, tests pass a fake. */
export type Invoker = <K extends InvokeChannel>(
  channel: K,
  ...args: Parameters<RendererToMain[K]>
) => Promise<ReturnType<RendererToMain[K]>>;

/** Subscribes to one event channel and returns the unsubscribe function. */
export type Subscriber = <K extends EventChannel>(channel: K, listener: MainToRenderer[K]) => () => void;

function call<K extends InvokeChannel>(invoke: Invoker, channel: K) {
  return (...args: Parameters<RendererToMain[K]>) => invoke(channel, ...args);
}

/** Builds the API the preload exposes as `window.api`: exactly one method per contract channel. */
export function makePreloadApi(invoke: Invoker, subscribe: Subscriber) {
  return {
    getAppInfo: call(invoke, 'app:get-info'),
    setUiLanguage: call(invoke, 'app:set-ui-language'),
    saveFile: call(invoke, 'export:save-file'),
    openExternal: call(invoke, 'app:open-external'),
    onMenuCommand: (listener: MainToRenderer['menu:command']) => subscribe('menu:command', listener),
    pickImportFiles: call(invoke, 'import:pick-files'),
    parseImportFiles: call(invoke, 'import:parse-files'),
    cancelImport: call(invoke, 'import:cancel'),
    onImportProgress: (listener: MainToRenderer['import:progress']) => subscribe('import:progress', listener),
  };
}

/** The type of `window.api`, derived from the builder (never written by hand). */
export type PreloadApi = ReturnType<typeof makePreloadApi>;
