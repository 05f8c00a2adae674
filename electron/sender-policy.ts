import { isTrustedUrl, type TrustedOrigin } from './app-origin';
import type { SenderFrame, SenderPolicy } from './ipc-router';

/**
 * Trusts an invoke only when it comes from the main window's main frame (not an iframe, not another
 * window) AND that frame is currently on our origin (it could have been navigated elsewhere).
 */
export function makeSenderPolicy(
  getMainFrame: () => SenderFrame | null,
  origins: readonly TrustedOrigin[],
): SenderPolicy {
  return (event) => {
    const frame = event.senderFrame;
    const mainFrame = getMainFrame();
    if (frame === null || mainFrame === null || frame !== mainFrame) return false;
    return isTrustedUrl(frame.url, origins);
  };
}
