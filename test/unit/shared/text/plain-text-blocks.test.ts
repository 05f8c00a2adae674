import { describe, expect, it } from 'vitest';
import { plainTextToBlocks } from '../../../../shared/text/plain-text-blocks';

describe('plain text to blocks', () => {
  it('reads a title, headings, paragraphs and list items with any line ending', () => {
    const text =
      'Titel der Meldung\r\n\r\nZwischenüberschrift\r\nDer Umsatz stieg um 34 Prozent.\rRisiken:\n- Zölle\n- Wettbewerb\n';
    expect(plainTextToBlocks(text, { firstLineIsTitle: true })).toEqual({
      title: 'Titel der Meldung',
      blocks: [
        { kind: 'heading', text: 'Zwischenüberschrift' },
        { kind: 'paragraph', text: 'Der Umsatz stieg um 34 Prozent.' },
        { kind: 'paragraph', text: 'Risiken:' },
        { kind: 'list-item', text: 'Zölle' },
        { kind: 'list-item', text: 'Wettbewerb' },
      ],
    });
  });

  it('joins hard-wrapped paragraphs and removes hyphenation only inside words', () => {
    const text = [
      'Die Cloud-Sparte des Unternehmens verzeichnete im jüngsten Wachs-',
      'tum einen deutlichen Sprung, während die Cloud-',
      'Infrastruktur weiter ausgebaut wird.',
    ].join('\n');
    const { blocks } = plainTextToBlocks(text, { firstLineIsTitle: false });
    expect(blocks).toEqual([
      {
        kind: 'paragraph',
        text: 'Die Cloud-Sparte des Unternehmens verzeichnete im jüngsten Wachstum einen deutlichen Sprung, während die Cloud-Infrastruktur weiter ausgebaut wird.',
      },
    ]);
  });

  it('normalises to NFC and drops a byte-order mark', () => {
    const { blocks } = plainTextToBlocks('\uFEFFDie Aktie gewann an Bo\u0308rse.', {
      firstLineIsTitle: false,
    });
    expect(blocks[0]?.text).toBe('Die Aktie gewann an B\u00f6rse.');
  });
});
