import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { fill, messagesFor } from '../../src/i18n';

function leaves(obj: object, prefix = ''): [string, string][] {
  return Object.entries(obj).flatMap(([k, v]) => (typeof v === 'string' ? [[prefix + k, v] as [string, string]] : leaves(v, `${prefix}${k}.`)));
}

describe('i18n', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(fill('{a} of {b}', { a: '75.5%', b: 'hashrate' })).toBe('75.5% of hashrate');
    expect(fill('{a} and {missing}', { a: 1 })).toBe('1 and {missing}');
  });
  it('falls back to English for a language without a dictionary', () => {
    expect(messagesFor('xx')).toBe(en);
  });
  it('has no empty strings and no stray markup in the English dictionary', () => {
    for (const [key, value] of leaves(en)) {
      expect(value.trim(), key).not.toBe('');
      expect(value, key).not.toMatch(/<[a-z/]/i);
    }
  });
});
