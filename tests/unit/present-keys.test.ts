import { describe, expect, it } from 'vitest';
import { KEY_HELP, keyAction, stepAfter, stepByNumber } from '../../src/lib/presentKeys';

const ids = ['a', 'b', 'c', 'd'];

describe('presenter keys', () => {
  it('maps reveal.js and clicker keys to next and previous', () => {
    for (const key of ['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'n', 'N']) expect(keyAction({ key }), key).toEqual({ action: 'next' });
    for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp', 'p', 'P']) expect(keyAction({ key }), key).toEqual({ action: 'prev' });
    expect(keyAction({ key: ' ', shiftKey: true })).toEqual({ action: 'prev' });
  });
  it('maps the other keys', () => {
    const expected: Record<string, string> = {
      Home: 'first',
      End: 'last',
      b: 'black',
      B: 'black',
      '.': 'black',
      v: 'black',
      f: 'fullscreen',
      o: 'overview',
      Escape: 'overview',
      g: 'jump',
      '?': 'help',
      t: 'theme',
      s: 'notes',
      l: 'students',
    };
    for (const [key, action] of Object.entries(expected)) expect(keyAction({ key }), key).toEqual({ action });
    expect(keyAction({ key: '7' })).toEqual({ digit: 7 });
  });
  it('leaves unknown keys and browser shortcuts alone', () => {
    expect(keyAction({ key: 'x' })).toBeNull();
    expect(keyAction({ key: 'Tab' })).toBeNull();
    expect(keyAction({ key: 'ArrowRight', altKey: true })).toBeNull();
    expect(keyAction({ key: 'r', ctrlKey: true })).toBeNull();
    expect(keyAction({ key: 'f', metaKey: true })).toBeNull();
  });
  it('moves through the steps and stops at the ends', () => {
    expect(stepAfter(ids, 'a', 'next')).toBe('b');
    expect(stepAfter(ids, 'd', 'next')).toBeNull();
    expect(stepAfter(ids, 'b', 'prev')).toBe('a');
    expect(stepAfter(ids, 'a', 'prev')).toBeNull();
    expect(stepAfter(ids, 'b', 'first')).toBe('a');
    expect(stepAfter(ids, 'b', 'last')).toBe('d');
    expect(stepAfter(ids, null, 'next')).toBe('a');
    expect(stepAfter(ids, 'b', 'black')).toBeNull();
    expect(stepAfter([], 'a', 'next')).toBeNull();
  });
  it('reads a typed step number', () => {
    expect(stepByNumber(ids, '1')).toBe('a');
    expect(stepByNumber(ids, ' 4 ')).toBe('d');
    for (const bad of ['0', '5', '-1', '1.5', '', 'x', '1e1', '99999']) expect(stepByNumber(ids, bad), bad).toBeNull();
  });
  it('documents every action the keys can trigger', () => {
    const documented = new Set(KEY_HELP.map((r) => r.action));
    const keys = ['ArrowRight', 'ArrowLeft', 'Home', 'End', 'b', 'f', 'o', 'g', '?', 't', 's', 'l'];
    for (const key of keys) {
      const r = keyAction({ key });
      expect(r && 'action' in r && documented.has(r.action), key).toBe(true);
    }
  });
});
