// The Chinese dictionary's own conventions, beyond the key coverage every locale shares: numbers meet their
// Chinese units (2290亿 parameters, 1.04万亿), and Chinese text keeps Chinese typesetting (no spaces between
// Chinese characters, no ASCII punctuation next to them).
import { describe, expect, it } from 'vitest';
import { messagesFor } from '../../src/i18n';
import { zh } from '../../src/i18n/zh';
import { formatParams } from '../../src/lib/experts';

function leaves(obj: object, prefix = ''): [string, string][] {
  return Object.entries(obj).flatMap(([k, v]) => (typeof v === 'string' ? [[prefix + k, v] as [string, string]] : leaves(v, `${prefix}${k}.`)));
}

describe('zh dictionary', () => {
  it('is the dictionary for zh', () => {
    expect(messagesFor('zh')).toBe(zh);
  });
  it('writes parameter counts as the Chinese press does', () => {
    expect(formatParams(229, true, 'zh', zh.experts)).toBe('约2290亿');
    expect(formatParams(37, false, 'zh', zh.experts)).toBe('370亿');
    expect(formatParams(1040, true, 'zh', zh.experts)).toBe('约1.04万亿');
  });
  it('keeps Chinese typesetting', () => {
    const han = '[\\u4e00-\\u9fff]';
    for (const [key, value] of leaves(zh)) {
      expect(value, key).not.toMatch(new RegExp(`${han} +${han}`));
      expect(value, key).not.toMatch(new RegExp(`${han}[,;:!?()]|[,;:!?(]${han}`));
    }
  });
});
