import { useSyncExternalStore } from 'react';
import { useAppStore } from '../store/app-store';

/** The theme actually shown: light or dark. */
export type EffectiveTheme = 'light' | 'dark';

const DARK_QUERY = '(prefers-color-scheme: dark)';

/** Subscribes to the OS colour-scheme preference (no-op where matchMedia is missing, e.g. some test DOMs). */
function subscribe(onChange: () => void): () => void {
  if (typeof window.matchMedia !== 'function') return () => undefined;
  const query = window.matchMedia(DARK_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/** True if the OS currently asks for dark colours. */
function prefersDark(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia(DARK_QUERY).matches;
}

/** The effective theme: the user's choice, or the OS preference when the choice is "system". */
export function useEffectiveTheme(): EffectiveTheme {
  const preference = useAppStore((state) => state.themePreference);
  const systemDark = useSyncExternalStore(subscribe, prefersDark, () => false);
  if (preference === 'system') return systemDark ? 'dark' : 'light';
  return preference;
}
