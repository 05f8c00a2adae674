import type { IpcRendererEvent } from 'electron';
import {
  eventPayloadSchemas,
  type InvokeChannel,
  type IpcResult,
  type RendererToMain,
} from '../shared/ipc-contract';
import { makePreloadApi, type Invoker, type PreloadApi, type Subscriber } from '../shared/preload-api';

/** A listener as ipcRenderer.on calls it. */
export type RendererListener = (event: IpcRendererEvent, ...args: unknown[]) => void;

/** The ipcRenderer methods the bridge uses (the preload passes the real one, tests a fake). */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: RendererListener): unknown;
  removeListener(channel: string, listener: RendererListener): unknown;
}

/** Builds the `window.api` object on an ipcRenderer: invoke for calls, validated listeners for events. */
export function buildPreloadApi(ipc: IpcRendererLike): PreloadApi {
  const invoke: Invoker = async <K extends InvokeChannel>(
    channel: K,
    ...args: Parameters<RendererToMain[K]>
  ) => {
    try {
      return (await ipc.invoke(channel, ...args)) as ReturnType<RendererToMain[K]>;
    } catch (error) {
      // A missing handler or a torn-down main process still answers with an IpcResult, never a throw.
      const message = error instanceof Error ? error.message : String(error);
      const failure: IpcResult<never> = { ok: false, error: { code: 'internal', message } };
      return failure as ReturnType<RendererToMain[K]>;
    }
  };
  const subscribe: Subscriber = (channel, listener) => {
    const schema = eventPayloadSchemas[channel];
    const wrapped = (_event: IpcRendererEvent, payload: unknown) => {
      const parsed = schema.safeParse(payload);
      // A payload outside the contract is dropped: the renderer only ever sees values it was promised.
      if (parsed.success) listener(parsed.data);
    };
    ipc.on(channel, wrapped);
    return () => {
      ipc.removeListener(channel, wrapped);
    };
  };
  return makePreloadApi(invoke, subscribe);
}
