import { describe, expect, it } from 'vitest';
import { stepFromUrl } from '../../src/lib/urlStep';

const known = (id: string) => ['opening-request', 'tokens-full'].includes(id);

describe('stepFromUrl', () => {
  it('reads ?step= first, then the #hash', () => {
    expect(stepFromUrl('?step=tokens-full', '#opening-request', known)).toBe('tokens-full');
    expect(stepFromUrl('', '#opening-request', known)).toBe('opening-request');
    expect(stepFromUrl('?w=700&step=opening-request', '', known)).toBe('opening-request');
  });
  it('falls back to the hash when ?step= is unknown', () => {
    expect(stepFromUrl('?step=nope', '#tokens-full', known)).toBe('tokens-full');
  });
  it('ignores unknown, malformed and hostile values', () => {
    for (const [search, hash] of [
      ['?step=nope', ''],
      ['?step=%3Cscript%3E', ''],
      ['', '#%E0%A4%A'],
      ['', '#%'],
      ['?step=' + 'a'.repeat(5000), ''],
      ['?step=Tokens-Full', ''],
      ['?step=tokens-full%00', ''],
      ['', '#chapter-tokens'],
      ['?step[]=tokens-full', ''],
    ])
      expect(stepFromUrl(search, hash, known), `${search}${hash}`).toBeNull();
  });
});
