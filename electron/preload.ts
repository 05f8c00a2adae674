import { contextBridge, ipcRenderer } from 'electron';
import { buildPreloadApi } from './preload-bridge';

const api = buildPreloadApi(ipcRenderer);

// Only these functions cross into the page; ipcRenderer itself is never exposed.
contextBridge.exposeInMainWorld('api', api);

/** The type of `window.api` as exposed here (the renderer derives it from shared/preload-api.ts). */
export type PreloadApi = typeof api;
