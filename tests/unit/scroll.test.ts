import { describe, expect, it } from 'vitest';
import { activeIndexAt, triggerLine } from '../../src/lib/scroll';

describe('activeIndexAt', () => {
  it('is 0 before any step reaches the trigger line', () => {
    expect(activeIndexAt([500, 1400, 2300], 480)).toBe(0);
  });
  it('picks the last step whose top has passed the line', () => {
    expect(activeIndexAt([-900, 0, 900], 480)).toBe(1);
    expect(activeIndexAt([-2000, -1100, -200], 480)).toBe(2);
  });
  it('counts a top exactly on the line as passed', () => {
    expect(activeIndexAt([-100, 480, 1200], 480)).toBe(1);
  });
  it('lands straight on the last step after a far jump, with no intermediate state', () => {
    const tops = Array.from({ length: 30 }, (_, i) => -30000 + i * 1000);
    expect(activeIndexAt(tops, 480)).toBe(29);
  });
  it('handles an empty section', () => {
    expect(activeIndexAt([], 480)).toBe(0);
  });
});

describe('triggerLine', () => {
  it('sits at 60% of the viewport', () => {
    expect(triggerLine(800)).toBe(480);
    expect(triggerLine(900)).toBe(540);
  });
  it('is clamped for tiny and huge viewports', () => {
    expect(triggerLine(100)).toBe(120);
    expect(triggerLine(3000)).toBe(900);
  });
});
