import { describe, expect, it } from 'vitest';
import { compareRows, formatParams, gridShape, selectExperts, validateExpertsState } from '../../src/lib/experts';
import { scenes } from '../../src/scenes/charts/experts.scenes';

describe('expert selection', () => {
  it('picks k distinct experts in range, sorted, deterministically', () => {
    for (let t = 0; t < 50; t++) {
      const picks = selectExperts(t, 256, 8);
      expect(picks).toHaveLength(8);
      expect(new Set(picks).size).toBe(8);
      expect(picks.every((i) => Number.isInteger(i) && i >= 0 && i < 256)).toBe(true);
      expect(picks).toEqual([...picks].sort((a, b) => a - b));
      expect(selectExperts(t, 256, 8)).toEqual(picks);
    }
  });
  it('gives different tokens different picks', () => {
    const sets = new Set(Array.from({ length: 8 }, (_, t) => selectExperts(t, 256, 8).join(',')));
    expect(sets.size).toBe(8);
  });
  it('handles the edges and refuses nonsense', () => {
    expect(selectExperts(3, 8, 8)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(selectExperts(3, 8, 0)).toEqual([]);
    expect(() => selectExperts(0, 8, 9)).toThrow();
    expect(() => selectExperts(0, 0, 0)).toThrow();
  });
  it('lays 256 experts out 16 x 16', () => {
    expect(gridShape(256)).toEqual({ columns: 16, rows: 16 });
    expect(gridShape(384, 24)).toEqual({ columns: 24, rows: 16 });
  });
});

describe('total vs active parameters (hand-worked)', () => {
  it('computes the active share', () => {
    const rows = compareRows();
    const by = (id: string) => rows.find((r) => r.id === id)!;
    expect(by('minimax-m25').activeShare).toBeCloseTo(10 / 229, 9); // 4.4%
    expect(by('deepseek-v3').activeShare).toBeCloseTo(37 / 671, 9); // 5.5%
    expect(by('kimi-k25').activeShare).toBeCloseTo(32 / 1040, 9); // 3.1%
    expect(by('glm-5').activeShare).toBeCloseTo(40 / 744, 9); // 5.4%
    expect(by('minimax-m25').totalApprox).toBe(true);
    expect(by('deepseek-v3').totalApprox).toBe(false);
  });
  it('formats parameter counts with ~ for approximations', () => {
    expect(formatParams(229, true)).toBe('~229B');
    expect(formatParams(671, false)).toBe('671B');
    expect(formatParams(1040, true)).toBe('~1.04T');
    expect(formatParams(10, true)).toBe('~10B');
  });
});

describe('experts scene state', () => {
  it('accepts defined scenes, rejects bad ones', () => {
    for (const s of scenes) expect(validateExpertsState(s.state)).toEqual([]);
    expect(validateExpertsState({ view: 'grid', model: 'gpt-4o' })).toHaveLength(1); // no expert layout
    expect(validateExpertsState({ view: 'grid', model: 'nope' })).toHaveLength(1);
    expect(validateExpertsState({ view: 'table', model: 'minimax-m25' })).toHaveLength(1);
  });
});
