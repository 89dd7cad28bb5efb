import { describe, expect, it } from 'vitest';
import { plainText, shortLabel } from '../../src/lib/stepText';

describe('step text', () => {
  it('turns Markdown into one line of plain text', () => {
    expect(plainText('The [sources page](sources/) lists *each* source.\n\nAnd `more`.')).toBe('The sources page lists each source. And more.');
  });
  it('cuts a label at a word', () => {
    expect(shortLabel('short')).toBe('short');
    const label = shortLabel('Working out that answer took electricity, and all of it was generated, carried and used inside China.', 40);
    expect(label.length).toBeLessThanOrEqual(40);
    expect(label).toBe('Working out that answer took…');
  });
});
