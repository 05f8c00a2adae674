import { describe, expect, it } from 'vitest';
import { messages, type MessageKey } from '../../../../renderer/i18n/messages';
import { translate } from '../../../../renderer/i18n/translate';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('UI strings', () => {
  it('has a non-empty German and English text for every key', () => {
    for (const [key, texts] of Object.entries(messages)) {
      expect(texts.de.trim(), `${key} (de)`).not.toBe('');
      expect(texts.en.trim(), `${key} (en)`).not.toBe('');
    }
  });

  it('uses the same placeholders in both languages', () => {
    for (const [key, texts] of Object.entries(messages)) {
      expect(placeholders(texts.de), key).toEqual(placeholders(texts.en));
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('de', 'list.count', { count: 5 })).toBe('5 Artikel');
    expect(translate('en', 'list.count', { count: 5 })).toBe('5 articles');
    expect(translate('en', 'about.databaseValue', { name: 'kursnotiz' })).toBe(
      'kursnotiz, schema version {version}',
    );
  });

  it('keeps the accessible names the end-to-end tests rely on', () => {
    const names: Record<string, [string, string]> = {
      'list.label': ['Artikel', 'Articles'],
      'notes.label': ['Notizen', 'Notes'],
      'reader.label': ['Leseansicht', 'Reader'],
      'header.language': ['Sprache', 'Language'],
      'header.theme': ['Farbschema', 'Theme'],
      'header.about': ['Über Kursnotiz', 'About Kursnotiz'],
    };
    for (const [key, [de, en]] of Object.entries(names)) {
      expect(translate('de', key as MessageKey)).toBe(de);
      expect(translate('en', key as MessageKey)).toBe(en);
    }
  });
});
