import { describe, expect, it } from 'vitest';
import { WARM_UPS, warmIntl } from '../../src/lib/intlWarmup';

describe('warmIntl', () => {
  it('runs every warm-up, each in an idle moment of its own, in order', () => {
    const queue: (() => void)[] = [];
    warmIntl('pt-BR', (run) => queue.push(run));
    let runs = 0;
    while (queue.length) {
      // Only one is ever waiting: the next is asked for when the one before has run.
      expect(queue.length).toBe(1);
      queue.shift()!();
      runs++;
    }
    expect(runs).toBe(WARM_UPS.length);
  });

  for (const lang of ['en', 'pt-BR', 'zh-Hans']) {
    it(`each warm-up formats something in ${lang}`, () => {
      for (const w of WARM_UPS) expect(w(lang).length).toBeGreaterThan(0);
    });
  }
});
