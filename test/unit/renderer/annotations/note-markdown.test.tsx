// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from '../components/dom-helpers';
import { NoteMarkdown } from '../../../../renderer/annotations/markdown/NoteMarkdown';
import { parseNote, safeLinkHref } from '../../../../renderer/annotations/markdown/parse-note';

afterEach(() => document.body.replaceChildren());

describe('note Markdown', () => {
  it('renders emphasis, strong emphasis, lists and line breaks as elements', () => {
    const { container } = render(
      <NoteMarkdown
        note={'**Wichtig:** Cloud *wächst*\nzweite Zeile\n\n- Marge\n- Umsatz\n\n1. erst\n2. dann'}
        onOpenLink={() => {}}
      />,
    );
    expect(container.querySelector('strong')?.textContent).toBe('Wichtig:');
    expect(container.querySelector('em')?.textContent).toBe('wächst');
    expect(container.querySelector('p br')).not.toBeNull();
    expect([...container.querySelectorAll('ul li')].map((li) => li.textContent)).toEqual(['Marge', 'Umsatz']);
    expect([...container.querySelectorAll('ol li')].map((li) => li.textContent)).toEqual(['erst', 'dann']);
  });

  it('shows HTML in a note as text and never creates the elements', () => {
    const note = '<script>alert(1)</script> <img src=x onerror=alert(2)> <b>fett</b>';
    const { container } = render(<NoteMarkdown note={note} onOpenLink={() => {}} />);
    expect(container.querySelector('script, img, b')).toBeNull();
    expect(container.textContent).toBe(note);
  });

  it('keeps javascript:, data: and relative links as literal text', () => {
    const note = '[klick](javascript:alert(1)) [bild](data:text/html,hi) [rel](/etc/passwd)';
    const { container } = render(<NoteMarkdown note={note} onOpenLink={() => {}} />);
    expect(container.querySelector('a')).toBeNull();
    expect(container.textContent).toBe(note);
    expect(safeLinkHref('JavaScript:alert(1)')).toBeNull();
  });

  it('an http(s) link does not navigate; it asks through onOpenLink with the URL', () => {
    const onOpenLink = vi.fn();
    const { container } = render(
      <NoteMarkdown note="Siehe [Bericht](https://example.com/q3?x=1)" onOpenLink={onOpenLink} />,
    );
    const link = container.querySelector('a')!;
    expect(link.textContent).toBe('Bericht');
    const event = new MouseEvent('click', { bubbles: true, cancelable: true });
    link.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    expect(onOpenLink).toHaveBeenCalledWith('https://example.com/q3?x=1');
  });

  it('groups consecutive list items and keeps unmatched markers literal', () => {
    expect(parseNote('- a\n- b\ntext *offen')).toEqual([
      { type: 'list', ordered: false, items: [[{ type: 'text', text: 'a' }], [{ type: 'text', text: 'b' }]] },
      { type: 'paragraph', lines: [[{ type: 'text', text: 'text *offen' }]] },
    ]);
  });
});
