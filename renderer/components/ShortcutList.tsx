import { useTranslate } from '../i18n/translate';
import type { MessageKey } from '../i18n/messages';

const SHORTCUTS: readonly { keys: string[]; action: MessageKey }[] = [
  { keys: ['↓', 'J'], action: 'shortcut.next' },
  { keys: ['↑', 'K'], action: 'shortcut.previous' },
  { keys: ['Pos1', 'Ende'], action: 'shortcut.firstLast' },
  { keys: ['←', '→', '↑', '↓'], action: 'shortcut.splitter' },
  { keys: ['Esc'], action: 'shortcut.close' },
];

const ENGLISH_KEY_NAMES: Record<string, string> = { Pos1: 'Home', Ende: 'End' };

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
