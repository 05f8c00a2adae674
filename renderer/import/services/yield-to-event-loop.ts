/** Lets the browser paint and handle input: resolves on the next macrotask (no 4 ms setTimeout clamp). */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Yields only when `sliceMs` of work ran since the last yield, so short files do not pay for it. */
export function makeTimeSlicer(sliceMs = 12, now: () => number = () => performance.now()) {
  let sliceStartMs = now();
  return async (): Promise<void> => {
    if (now() - sliceStartMs < sliceMs) return;
    await yieldToEventLoop();
    sliceStartMs = now();
  };
}
