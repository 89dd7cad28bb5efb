import { describe, expect, it } from 'vitest';
import { dateTimeFormat, listFormat, numberFormat } from '../../src/lib/intl';

describe('cached Intl formatters', () => {
  it('makes one formatter per language and options, and a new one when either differs', () => {
    expect(numberFormat('en', { maximumFractionDigits: 1 })).toBe(numberFormat('en', { maximumFractionDigits: 1 }));
    expect(numberFormat('en', { maximumFractionDigits: 1 })).not.toBe(numberFormat('en', { maximumFractionDigits: 2 }));
    expect(numberFormat('en')).not.toBe(numberFormat('pt'));
    expect(dateTimeFormat('zh', { year: 'numeric' })).toBe(dateTimeFormat('zh', { year: 'numeric' }));
    expect(listFormat('pt')).toBe(listFormat('pt', { type: 'conjunction' }));
  });

  it('formats as Intl does for that language and those options', () => {
    expect(numberFormat('pt', { maximumFractionDigits: 1 }).format(1234.56)).toBe('1.234,6');
    expect(numberFormat('en', { style: 'unit', unit: 'millisecond', unitDisplay: 'short' }).format(68)).toBe('68 ms');
    expect(dateTimeFormat('zh', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2021, 5, 9))).toBe('2021年6月9日');
    expect(listFormat('en').format(['a', 'b', 'c'])).toBe('a, b, and c');
    expect(listFormat('en', { type: 'disjunction' }).format(['a', 'b'])).toBe('a or b');
  });
});
