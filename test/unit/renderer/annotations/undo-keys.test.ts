// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { isTypingTarget, undoKeyAction } from '../../../../renderer/annotations/hooks/use-undo-keys';

const key = (
  key: string,
  mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {},
) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('undo keys', () => {
  it('maps Ctrl/Cmd+Z to undo and Shift+Ctrl/Cmd+Z or Ctrl+Y to redo', () => {
    expect(undoKeyAction(key('z', { ctrlKey: true }))).toBe('undo');
    expect(undoKeyAction(key('z', { metaKey: true }))).toBe('undo');
    expect(undoKeyAction(key('Z', { ctrlKey: true, shiftKey: true }))).toBe('redo');
    expect(undoKeyAction(key('Z', { metaKey: true, shiftKey: true }))).toBe('redo');
    expect(undoKeyAction(key('y', { ctrlKey: true }))).toBe('redo');
  });

  it('ignores plain letters, Alt combinations (AltGr on German keyboards) and Cmd+Y', () => {
    expect(undoKeyAction(key('z'))).toBeNull();
    expect(undoKeyAction(key('z', { ctrlKey: true, altKey: true }))).toBeNull();
    expect(undoKeyAction(key('y', { metaKey: true }))).toBeNull();
  });

  it('leaves text fields their own undo, but not buttons, checkboxes or selects', () => {
    const make = <K extends keyof HTMLElementTagNameMap>(tag: K, type?: string) => {
      const element = document.createElement(tag);
      if (type) element.setAttribute('type', type);
      return element;
    };
    expect(isTypingTarget(make('textarea'))).toBe(true);
    expect(isTypingTarget(make('input', 'search'))).toBe(true);
    expect(isTypingTarget(make('input'))).toBe(true);
    expect(isTypingTarget(make('input', 'checkbox'))).toBe(false);
    expect(isTypingTarget(make('button'))).toBe(false);
    expect(isTypingTarget(make('select'))).toBe(false);
    expect(isTypingTarget(document.body)).toBe(false);
  });
});
