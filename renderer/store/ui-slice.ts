import type { StateCreator } from 'zustand';
import type { UiLanguage } from '../../shared/ipc-contract';
import type { AppState } from './app-store';

/** A passage the reader should scroll to and flash (offsets in code points of the article text). */
export interface PassageRequest {
  articleId: string;
  startCodePoints: number;
  endCodePoints: number;
  /** Increments on every request so asking twice for the same passage flashes it twice. */
  nonce: number;
}

/** A chart level to show on the chart (its line emphasised, its popover open), asked for from the text. */
export interface ChartFocusRequest {
  levelId: string;
  /** Increments on every request so asking twice for the same level shows it twice. */
  nonce: number;
}

/** Dialogs the app can show, one at a time. */
export type DialogName = 'about' | null;

/** Theme choice: follow the OS, or forced. */
export type ThemePreference = 'system' | 'light' | 'dark';

/** UI slice: language, theme, the open dialog, the passage to reveal, and a transient status message. */
export interface UiSlice {
  language: UiLanguage;
  themePreference: ThemePreference;
  openDialog: DialogName;
  passageRequest: PassageRequest | null;
  chartFocusRequest: ChartFocusRequest | null;
  statusMessage: string | null;
  setLanguage: (language: UiLanguage) => void;
  setThemePreference: (theme: ThemePreference) => void;
  showDialog: (dialog: DialogName) => void;
  revealPassage: (passage: Omit<PassageRequest, 'nonce'>) => void;
  /** Shows a level on the chart: the text → chart half of the link whose other half is revealPassage. */
  focusLevelOnChart: (levelId: string) => void;
  /** Ends the passage flash `nonce` (newer requests stay). */
  finishPassageReveal: (nonce: number) => void;
  showStatus: (message: string | null) => void;
}

/** Initial UI state (language is replaced at start from the saved choice or the system locale). */
export const initialUiState: Pick<
  UiSlice,
  'language' | 'themePreference' | 'openDialog' | 'passageRequest' | 'chartFocusRequest' | 'statusMessage'
> = {
  language: 'de',
  themePreference: 'system',
  openDialog: null,
  passageRequest: null,
  chartFocusRequest: null,
  statusMessage: null,
};

/** Creates the UI slice. */
export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set) => ({
  ...initialUiState,
  setLanguage: (language) => set({ language }),
  setThemePreference: (themePreference) => set({ themePreference }),
  showDialog: (openDialog) => set({ openDialog }),
  // Revealing a passage also selects its article, so a jump from the chart always lands.
  revealPassage: (passage) =>
    set((state) => ({
      selectedArticleId: passage.articleId,
      passageRequest: { ...passage, nonce: (state.passageRequest?.nonce ?? 0) + 1 },
    })),
  focusLevelOnChart: (levelId) =>
    set((state) => ({
      chartFocusRequest: { levelId, nonce: (state.chartFocusRequest?.nonce ?? 0) + 1 },
    })),
  finishPassageReveal: (nonce) =>
    set((state) => (state.passageRequest?.nonce === nonce ? { passageRequest: null } : {})),
  showStatus: (statusMessage) => set({ statusMessage }),
});
