import { useTranslate } from '../i18n/translate';
import type { MessageKey } from '../i18n/messages';

const SHORTCUTS: readonly { keys: string[]; action: MessageKey }[] = [
  { keys: ['↓', 'J'], action: 'shortcut.next' },
  { keys: ['↑', 'K'], action: 'shortcut.previous' },
  { keys: ['Pos1', 'Ende'], action: 'shortcut.firstLast' },
  { keys: ['←', '→', '↑', '↓'], action: 'shortcut.splitter' },
  { keys: ['Esc'], action: 'shortcut.close' },
  // Annotation shortcuts (renderer/annotations): tags act on the reader's selection, undo outside text fields.
  { keys: ['Alt', '1…6'], action: 'shortcut.highlightTag' },
  { keys: ['Alt', 'N'], action: 'shortcut.highlightNote' },
  { keys: ['Strg', 'Z'], action: 'shortcut.undo' },
  { keys: ['⇧', 'Strg', 'Z'], action: 'shortcut.redo' },
];

const ENGLISH_KEY_NAMES: Record<string, string> = { Pos1: 'Home', Ende: 'End', Strg: 'Ctrl' };

/** The keyboard shortcuts as a definition list (keys in <kbd>, named as each language's keyboards print them). */
export function ShortcutList({ language }: { language: 'de' | 'en' }) {
  const t = useTranslate();
  return (
    <>
      <dl className="shortcut-list">
        {SHORTCUTS.map(({ keys, action }) => (
          <div key={action} className="shortcut-list__row">
            <dt>
              {keys.map((key) => (
                <kbd key={key}>{language === 'en' ? (ENGLISH_KEY_NAMES[key] ?? key) : key}</kbd>
              ))}
            </dt>
            <dd>{t(action)}</dd>
          </div>
        ))}
      </dl>
      <p className="dialog__hint">{t('shortcut.hint')}</p>
    </>
  );
}
