// shared/ compiles without DOM or Node types, yet both hosts provide these WHATWG globals.

/** The part of TextDecoder the import uses. */
export interface TextDecoderLike {
  decode(bytes: Uint8Array): string;
}

type TextDecoderConstructor = new (
  label: string,
  options?: { fatal?: boolean; ignoreBOM?: boolean },
) => TextDecoderLike;

interface HostGlobals {
  TextDecoder: TextDecoderConstructor;
  setTimeout: (callback: () => void, delayMs: number) => unknown;
  clearTimeout: (handle: unknown) => void;
}

const host = globalThis as unknown as HostGlobals;

/** Creates the host's TextDecoder; throws RangeError for labels the host does not know. */
export function makeTextDecoder(label: string, isFatal: boolean): TextDecoderLike {
  return new host.TextDecoder(label, { fatal: isFatal, ignoreBOM: true });
}

/** Calls `callback` after `delayMs`; returns a function that cancels the call. */
export function startTimer(callback: () => void, delayMs: number): () => void {
  const handle = host.setTimeout(callback, delayMs);
  return () => host.clearTimeout(handle);
}
