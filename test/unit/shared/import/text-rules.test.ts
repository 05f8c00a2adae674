import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../../../shared/import/markdown/front-matter';
import { markdownInlineToText } from '../../../../shared/import/markdown/markdown-inline';
import { findDateInText, parseDateValue } from '../../../../shared/import/meta/parse-date';
import { joinLineBreak } from '../../../../shared/import/pdf/join-line-break';

describe('joining PDF line breaks', () => {
  it.each([
    ['Wachs-', 'tum der Sparte', 'Wachstum der Sparte'],
    ['die eigene Cloud-', 'Infrastruktur', 'die eigene Cloud-Infrastruktur'],
    ['im Jahr', '2026', 'im Jahr 2026'],
    ['Ein-', 'und Verkauf', 'Ein- und Verkauf'],
    ['Konzern\u00ad', 'chef', 'Konzernchef'],
    ['KI-', '2027-Ziele', 'KI-2027-Ziele'],
    ['Umsatz –', 'plus 5 %', 'Umsatz – plus 5 %'],
  ])('%j + %j → %j', (before, after, joined) => {
    expect(joinLineBreak(before, after)).toBe(joined);
  });
});

describe('publication dates', () => {
  it.each([
    ['2026-11-18T07:45:00+01:00', '2026-11-18'],
    ['2026-11-18T23:30:00-08:00', '2026-11-18'],
    ['D:20261117093000Z', '2026-11-17'],
    ['18.11.2026', '2026-11-18'],
    ['18. November 2026', '2026-11-18'],
    ['3. März 2026', '2026-03-03'],
    ['November 18, 2026', '2026-11-18'],
    ['2026-02-30', null],
    ['1850-01-01', null],
    ['kein Datum', null],
  ])('%s → %s', (raw, iso) => {
    expect(parseDateValue(raw)).toBe(iso);
  });

  it('finds the first date written in running text', () => {
    expect(findDateInText('Hamburg, 18. November 2026 – Alibaba meldete am 12.11.2026 Zahlen.')).toBe(
      '2026-11-18',
    );
  });
});

describe('Markdown reduction', () => {
  it('reduces inline markup to text and never keeps tags', () => {
    expect(
      markdownInlineToText('**Fett**, *kursiv*, `Code`, [Link](https://x.de "T") und ![Bild](a.png)'),
    ).toBe('Fett, kursiv, Code, Link und Bild');
    expect(markdownInlineToText('A <b onclick="x()">fett</b> &amp; 5 &euro; \\*kein Stern\\*')).toBe(
      'A fett & 5 € *kein Stern*',
    );
    expect(markdownInlineToText('snake_case_name bleibt')).toBe('snake_case_name bleibt');
  });

  it('reads flat front matter as strings only', () => {
    const { fields, body } = splitFrontMatter(
      '---\ntitle: "Zitat: „ja“"\ndate: 2026-11-19 # Kommentar\nlist: [a, b]\n---\nText',
    );
    expect(fields).toEqual({ title: 'Zitat: „ja“', date: '2026-11-19' });
    expect(body).toBe('Text');
  });

  it('leaves text without a closing front-matter fence alone', () => {
    expect(splitFrontMatter('---\ntitle: x\nText').fields).toEqual({});
  });
});
