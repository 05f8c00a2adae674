// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  INTERACTIVE_MARK,
  useInteractiveMark,
  whenInteractive,
} from '../../../../renderer/components/hooks/use-interactive-mark';
import { render } from './dom-helpers';

function Probe({ isReady }: { isReady: boolean }) {
  useInteractiveMark(isReady);
  return null;
}

const nextFrameAndTask = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 5)));

describe('the interactive mark that background work waits for', () => {
  it('is neither set nor resolved while the library is still loading', async () => {
    let resolved = false;
    void whenInteractive().then(() => (resolved = true));
    const view = render(<Probe isReady={false} />);
    await nextFrameAndTask();
    expect(performance.getEntriesByName(INTERACTIVE_MARK)).toHaveLength(0);
    expect(resolved).toBe(false);
    view.unmount();
  });

  it('is set after the first frame once the library is shown, and lets background work start', async () => {
    const view = render(<Probe isReady />);
    await whenInteractive();
    expect(performance.getEntriesByName(INTERACTIVE_MARK)).toHaveLength(1);
    view.unmount();
  });
});
