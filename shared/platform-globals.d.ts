// shared/ has neither DOM nor Node types, but a few web-platform globals exist identically in both hosts
// (browser renderer, Node/Electron utility process). Declare only those, narrowly.

/** WHATWG TextDecoder (browsers and Node ≥ 11). */
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  readonly encoding: string;
  decode(input?: ArrayBufferView | ArrayBuffer, options?: { stream?: boolean }): string;
}

/** WHATWG TextEncoder (browsers and Node ≥ 11): always UTF-8. */
declare class TextEncoder {
  readonly encoding: 'utf-8';
  encode(input?: string): Uint8Array;
}
