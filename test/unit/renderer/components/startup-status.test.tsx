// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import { App } from '../../../../renderer/App';
import { resetAppStore, useAppStore } from '../../../../renderer/store/app-store';
import { getAllByRole, render, stubLayoutApis } from './dom-helpers';

vi.mock('../../../../renderer/chart/ChartPane', () => ({
  ChartPane: () => <section aria-label="Chart" />,
}));

describe('start-up status', () => {
  let view: ReturnType<typeof render>;
  beforeEach(() => {
    stubLayoutApis();
    resetAppStore();
    view = render(<App />);
  });
  afterEach(() => view.unmount());

  it('says the library is loading instead of showing an empty workspace', () => {
    expect(getAllByRole(document, 'status')[0]?.textContent).toBe('Bibliothek wird geladen …');
    expect(getAllByRole(document, 'listbox')).toHaveLength(0);
  });

  it('shows why loading failed, with the message, instead of a blank page', () => {
    act(() => useAppStore.getState().failLoading('UnknownError: Internal error opening backing store'));
    const alert = getAllByRole(document, 'alert')[0]!;
    expect(alert.textContent).toContain('Die Bibliothek konnte nicht geladen werden');
    expect(alert.textContent).toContain('Internal error opening backing store');
    expect(getAllByRole(alert, 'button', 'Neu laden')).toHaveLength(1);
  });
});
