import type { IpcRendererEvent } from 'electron';
import type { z } from 'zod';
import {
  eventPayloadSchemas,
  type EventChannel,
  type InvokeChannel,
  type IpcResult,
  type MainToRenderer,
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

type EventPayload<K extends EventChannel> = Parameters<MainToRenderer[K]>[0];

function payloadSchema<K extends EventChannel>(channel: K): z.ZodType<EventPayload<K>> {
  return eventPayloadSchemas[channel] as z.ZodType<EventPayload<K>>;
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
  const subscribe: Subscriber = <K extends EventChannel>(channel: K, listener: MainToRenderer[K]) => {
    const schema = payloadSchema(channel);
    // TypeScript cannot correlate a generic channel with its listener's parameter; the schema above can.
    const deliver = listener as (payload: EventPayload<K>) => void;
    const wrapped = (_event: IpcRendererEvent, payload: unknown) => {
      const parsed = schema.safeParse(payload);
      // A payload outside the contract is dropped: the renderer only ever sees values it was promised.
      if (parsed.success) deliver(parsed.data);
    };
    ipc.on(channel, wrapped);
    return () => {
      ipc.removeListener(channel, wrapped);
    };
  };
  return makePreloadApi(invoke, subscribe);
}
