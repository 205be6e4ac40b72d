/** The timeline's months and days, and what is present on a day (contract §8), on a hand-made dated graph. */
import { describe, expect, it } from 'vitest';

import { networkActor, networkLink } from '../testing/network-records';
import { buildNetworkGraph, edgeKey } from './network-graph';
import { comparableDays, dayOfMonth, firstDatedMonth, localToday, monthIndexOf, monthsThrough, presenceOn } from './timeline';

// a: 2018 through June 2021; b: from March 2019, open; c: undated.
// a–b: one link 2019-05 … 2020, another from 2021-03-15 (both partial or full ends);
// b–c: from 2022; a–c: undated (present while both its ends are).
const graph = buildNetworkGraph(
  [networkActor('a', { since: '2018', until: '2021-06' }), networkActor('b', { since: '2019-03' }), networkActor('c')],
  [
    networkLink('a', 'b', { since: '2019-05', until: '2020' }),
    networkLink('b', 'a', { type: 'financiering', since: '2021-03-15' }),
    networkLink('b', 'c', { since: '2022' }),
    networkLink('a', 'c'),
  ],
);

const present = (day: string): { nodes: string[]; edges: string[] } => {
  const presence = presenceOn(graph, day);
  return { nodes: [...presence.nodes].sort(), edges: [...presence.edges].sort() };
};

describe('presenceOn', () => {
  it('keeps the actors and links of a day, partial dates at both ends read as whole months and years', () => {
    expect(present('2017-12-31')).toEqual({ nodes: ['c'], edges: [] });
    // b begins with March 2019, the a–b link with May 2019.
    expect(present('2019-03-01')).toEqual({ nodes: ['a', 'b', 'c'], edges: [edgeKey('a', 'c')] });
    expect(present('2019-05-01')).toEqual({ nodes: ['a', 'b', 'c'], edges: [edgeKey('a', 'b'), edgeKey('a', 'c')] });
    // The first a–b link lasts through the last day of 2020; the second begins 15 March 2021.
    expect(present('2020-12-31').edges).toEqual([edgeKey('a', 'b'), edgeKey('a', 'c')]);
    expect(present('2021-03-14').edges).toEqual([edgeKey('a', 'c')]);
    expect(present('2021-03-15').edges).toEqual([edgeKey('a', 'b'), edgeKey('a', 'c')]);
  });

  it('drops a link with either of its actors (a lives through June 2021)', () => {
    expect(present('2021-06-30').nodes).toEqual(['a', 'b', 'c']);
    expect(present('2021-07-01')).toEqual({ nodes: ['b', 'c'], edges: [] });
    expect(present('2022-01-01')).toEqual({ nodes: ['b', 'c'], edges: [edgeKey('b', 'c')] });
  });
});

describe('the months of the timeline', () => {
  it('begin with the earliest since of an actor or a link', () => {
    expect(firstDatedMonth(graph)).toBe('2018-01');
    expect(firstDatedMonth(buildNetworkGraph([networkActor('x')], []))).toBeNull();
    expect(firstDatedMonth(buildNetworkGraph([networkActor('x'), networkActor('y')], [networkLink('x', 'y', { since: '2020-07-04' })]))).toBe('2020-07');
  });

  it('run through the month of today, across year ends', () => {
    expect(monthsThrough('2025-11', '2026-02-10')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsThrough('2027-01', '2026-11-29')).toEqual(['2026-11']);
  });

  it('stand for their last day, never after today', () => {
    expect(dayOfMonth('2024-02', '2026-11-29')).toBe('2024-02-29');
    expect(dayOfMonth('2026-11', '2026-11-29')).toBe('2026-11-29');
  });

  it('find the month of a day, clamped to the ends', () => {
    const months = ['2019-01', '2019-02', '2019-03'];
    expect(monthIndexOf(months, '2019-02-28')).toBe(1);
    expect(monthIndexOf(months, '2018-05-01')).toBe(0);
    expect(monthIndexOf(months, '2020-05-01')).toBe(2);
  });

  it('end on the browser\'s own date', () => {
    expect(localToday(new Date(2026, 10, 29, 23, 59))).toBe('2026-11-29');
    expect(localToday(new Date(2026, 0, 5))).toBe('2026-01-05');
  });
});

describe('comparableDays', () => {
  it('takes two real full days, the first before the second', () => {
    expect(comparableDays('2019-01-01', '2026-11-29')).toBe(true);
    expect(comparableDays('2026-11-29', '2019-01-01')).toBe(false);
    expect(comparableDays('2019-01-01', '2019-01-01')).toBe(false);
    expect(comparableDays('2019', '2026-11-29')).toBe(false);
    expect(comparableDays('2019-02-30', '2026-11-29')).toBe(false);
  });
});
