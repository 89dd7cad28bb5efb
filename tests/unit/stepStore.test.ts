import { beforeEach, describe, expect, it } from 'vitest';
import { defineSteps, getActiveStep, isKnownStep, resetStepStore, setActiveStep, subscribeActiveStep, type ActiveStep } from '../../src/lib/stepStore';

const STEPS = [
  { id: 'a', scene: 'map-1', figure: 'map' as const },
  { id: 'b', scene: 'chart-1', figure: 'hashrate' as const },
  { id: 'c', scene: 'map-2', figure: 'map' as const },
];

beforeEach(() => {
  resetStepStore();
  defineSteps(STEPS);
});

describe('stepStore', () => {
  it('has no active step until a driver sets one', () => {
    expect(getActiveStep()).toBeNull();
  });
  it('sets a known step and reports its index, scene and figure', () => {
    expect(setActiveStep('b')).toBe(true);
    expect(getActiveStep()).toMatchObject({ id: 'b', index: 1, scene: 'chart-1', figure: 'hashrate', change: 1 });
  });
  it('ignores unknown and hostile ids without changing the active step', () => {
    setActiveStep('a');
    for (const bad of ['nope', '', '<img src=x onerror=alert(1)>', '__proto__', 'constructor']) expect(setActiveStep(bad)).toBe(false);
    expect(getActiveStep()?.id).toBe('a');
    expect(isKnownStep('__proto__')).toBe(false);
    expect(isKnownStep(42)).toBe(false);
  });
  it('notifies subscribers only when the step really changes, and counts changes', () => {
    const seen: ActiveStep[] = [];
    subscribeActiveStep((s) => seen.push(s));
    setActiveStep('a');
    setActiveStep('a');
    setActiveStep('c');
    setActiveStep('a');
    expect(seen.map((s) => s.id)).toEqual(['a', 'c', 'a']);
    expect(seen.map((s) => s.change)).toEqual([1, 2, 3]);
  });
  it('unsubscribes', () => {
    const seen: string[] = [];
    const off = subscribeActiveStep((s) => seen.push(s.id));
    setActiveStep('a');
    off();
    setActiveStep('b');
    expect(seen).toEqual(['a']);
  });
  it('forgets an active step that a new step list no longer has', () => {
    setActiveStep('c');
    defineSteps(STEPS.slice(0, 2));
    expect(getActiveStep()).toBeNull();
    expect(setActiveStep('c')).toBe(false);
  });
});
