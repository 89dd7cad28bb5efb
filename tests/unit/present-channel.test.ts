import { describe, expect, it } from 'vitest';
import { channelName, parseMessage } from '../../src/lib/presentChannel';

const known = (id: string) => ['cable-route', 'tokens-full'].includes(id);

describe('presenter channel messages', () => {
  it('accepts the four message types', () => {
    expect(parseMessage({ v: 1, type: 'hello' }, known)).toEqual({ v: 1, type: 'hello' });
    expect(parseMessage({ v: 1, type: 'state', step: 'cable-route', black: false }, known)).toEqual({ v: 1, type: 'state', step: 'cable-route', black: false });
    expect(parseMessage({ v: 1, type: 'go', step: 'tokens-full' }, known)).toEqual({ v: 1, type: 'go', step: 'tokens-full' });
    expect(parseMessage({ v: 1, type: 'black', on: true }, known)).toEqual({ v: 1, type: 'black', on: true });
  });
  it('drops extra fields', () => {
    expect(parseMessage({ v: 1, type: 'go', step: 'tokens-full', method: 'eval', args: ['x'] }, known)).toEqual({ v: 1, type: 'go', step: 'tokens-full' });
  });
  it('ignores everything else', () => {
    const bad: unknown[] = [
      null,
      undefined,
      'go',
      42,
      ['go', 'tokens-full'],
      {},
      { type: 'go', step: 'tokens-full' },
      { v: 2, type: 'go', step: 'tokens-full' },
      { v: '1', type: 'go', step: 'tokens-full' },
      { v: 1, type: 'slide', step: 'tokens-full' },
      { v: 1, type: 'toString' },
      { v: 1, type: 'go', step: 'not-a-step' },
      { v: 1, type: 'go', step: '<img src=x onerror=alert(1)>' },
      { v: 1, type: 'go', step: 'javascript:alert(1)' },
      { v: 1, type: 'go', step: ['tokens-full'] },
      { v: 1, type: 'go', step: { toString: () => 'tokens-full' } },
      { v: 1, type: 'go', step: 'tokens-full'.repeat(20) },
      { v: 1, type: 'state', step: 'tokens-full' },
      { v: 1, type: 'state', step: 'tokens-full', black: 'false' },
      { v: 1, type: 'black', on: 1 },
      { v: 1, type: 'black' },
    ];
    for (const m of bad) expect(parseMessage(m, known), JSON.stringify(m) ?? String(m)).toBeNull();
  });
  it('reads own properties only', () => {
    const inherited = Object.create({ v: 1, type: 'go', step: 'tokens-full' });
    expect(parseMessage(inherited, known)).toBeNull();
    expect(parseMessage(JSON.parse('{"v":1,"type":"go","__proto__":{"step":"tokens-full"}}'), known)).toBeNull();
  });
  it('names one channel per site', () => {
    expect(channelName('/')).not.toBe(channelName('/tokens-abroad/'));
  });
});
