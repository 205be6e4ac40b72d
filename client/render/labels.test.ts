import { describe, expect, it } from 'vitest';

import { labelThresholdFor, wrapText } from './labels';

describe('labelThresholdFor', () => {
  it('keeps 8 px up to 1,000 actors, adds 2 px per doubling, and stops at 16', () => {
    expect(labelThresholdFor(250)).toBe(8);
    expect(labelThresholdFor(1_000)).toBe(8);
    expect(labelThresholdFor(2_000)).toBeCloseTo(10);
    expect(labelThresholdFor(4_000)).toBeCloseTo(12);
    expect(labelThresholdFor(8_000)).toBeCloseTo(14);
    expect(labelThresholdFor(20_000)).toBe(16);
    expect(labelThresholdFor(1_000_000)).toBe(16);
  });
});

describe('wrapText', () => {
  // One unit per character, so widths are easy to reason about.
  const measure = (text: string): number => text.length;

  it('breaks at spaces so that no line is wider than the width', () => {
    const lines = wrapText('Heel Nederland. Berekend op actoren; met illustratieve actoren.', 20, measure);
    expect(lines).toEqual(['Heel Nederland.', 'Berekend op actoren;', 'met illustratieve', 'actoren.']);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(20);
    expect(lines.join(' ')).toBe('Heel Nederland. Berekend op actoren; met illustratieve actoren.');
  });

  it('keeps a word longer than the width on a line of its own, and a short text on one line', () => {
    expect(wrapText('a arbeidsmarktinfrastructuur b', 10, measure)).toEqual(['a', 'arbeidsmarktinfrastructuur', 'b']);
    expect(wrapText('kort', 10, measure)).toEqual(['kort']);
  });
});
