import type { WebContents, WebFrameMain } from 'electron';
import {
  invokeArgumentSchemas,
  type EventChannel,
  type InvokeChannel,
  type IpcResult,
  type MainToRenderer,
  type RendererToMain,
} from '../shared/ipc-contract';

/** A handler's implementation: receives validated arguments, returns the channel's IpcResult. */
export type InvokeHandler<K extends InvokeChannel> = (
  ...args: Parameters<RendererToMain[K]>
) => ReturnType<RendererToMain[K]> | Promise<ReturnType<RendererToMain[K]>>;

/** The parts of a frame the sender check reads. */
export type SenderFrame = Pick<WebFrameMain, 'url'>;

/** The parts of an invoke event the sender check reads (IpcMainInvokeEvent satisfies it). */
export interface SenderEvent {
  readonly senderFrame: SenderFrame | null;
}

/** The one ipcMain method the router uses; ipcMain satisfies it, tests pass a recording fake. */
export interface InvokeRegistrar {
  handle(channel: string, listener: (event: SenderEvent, ...args: unknown[]) => Promise<unknown>): void;
}

/** Decides whether an invoke comes from our own window's main frame on our own origin. */
export type SenderPolicy = (event: SenderEvent) => boolean;

/** The typed registration and sending functions the features use. */
export interface IpcRouter {
  handle<K extends InvokeChannel>(channel: K, fn: InvokeHandler<K>): void;
  send<K extends EventChannel>(
    contents: Pick<WebContents, 'send' | 'isDestroyed'>,
    channel: K,
    payload: Parameters<MainToRenderer[K]>[0],
  ): void;
}

function failure(code: 'invalid-argument' | 'internal', message: string): IpcResult<never> {
  return { ok: false, error: { code, message } };
}

function describeIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  return issues
    .slice(0, 3)
    .map(
      (issue) =>
        `${issue.path.length > 0 ? issue.path.map(String).join('.') : 'arguments'}: ${issue.message}`,
    )
    .join('; ');
}

/**
 * Wraps ipcMain.handle so no handler ever runs for a foreign frame or with unchecked arguments, and no
 * throw crosses the boundary as a bare string: everything comes back as an IpcResult.
 */
export function makeIpcRouter(
  ipc: InvokeRegistrar,
  isTrustedSender: SenderPolicy,
  log: (message: string) => void = console.warn,
): IpcRouter {
  return {
    handle(channel, fn) {
      ipc.handle(channel, async (event, ...rawArgs: unknown[]): Promise<unknown> => {
        if (!isTrustedSender(event)) {
          log(`[ipc] refused ${channel}: sender is not the Kursnotiz window on its own origin`);
          return failure('invalid-argument', 'Refused: the caller is not the Kursnotiz window.');
        }
        const parsed = invokeArgumentSchemas[channel].safeParse(rawArgs);
        if (!parsed.success) {
          return failure(
            'invalid-argument',
            `Invalid arguments for ${channel}: ${describeIssues(parsed.error.issues)}`,
          );
        }
        try {
          return await fn(...(parsed.data as Parameters<RendererToMain[typeof channel]>));
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          log(`[ipc] ${channel} failed: ${message}`);
          return failure('internal', message);
        }
      });
    },
    send(contents, channel, payload) {
      if (!contents.isDestroyed()) contents.send(channel, payload);
    },
  };
}
