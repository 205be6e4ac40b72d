import { describe, expect, it } from 'vitest';

import type { ActorMeasures } from './actor-measures';
import { rankBrokers } from './top-brokers';

const roles = (total: number) => ({ coordinator: total, itinerant: 0, representative: 0, gatekeeper: 0, liaison: 0, total });
const actor = (id: string, values: Partial<Omit<ActorMeasures, 'id'>>): ActorMeasures => ({
  id,
  degree: 0,
  betweenness: 0,
  szEzBridging: 0,
  bridging: 0,
  brokerage: roles(0),
  constraint: null,
  effectiveSize: null,
  ...values,
});

const actors = [
  actor('b', { szEzBridging: 0.5, betweenness: 0.1, degree: 2, brokerage: roles(4), constraint: 0.6, effectiveSize: 1.5 }),
  actor('a', { szEzBridging: 0.5, betweenness: 0.3, degree: 3, brokerage: roles(2), constraint: 0.4, effectiveSize: 2.5 }),
  actor('c', { szEzBridging: 0.2, betweenness: 0.3, degree: 1, brokerage: roles(0), constraint: 1, effectiveSize: 1 }),
  actor('i', {}),
];
const ids = (list: readonly ActorMeasures[]): string[] => list.map((item) => item.id);

describe('rankBrokers', () => {
  it('ranks by SZ–EZ bridging by default, ties by betweenness', () => {
    expect(ids(rankBrokers(actors))).toEqual(['a', 'b', 'c', 'i']);
  });

  it('ranks by any broker measure; low constraint first, missing values last', () => {
    expect(ids(rankBrokers(actors, { by: 'betweenness' }))).toEqual(['a', 'c', 'b', 'i']);
    expect(ids(rankBrokers(actors, { by: 'brokerage' }))).toEqual(['b', 'a', 'c', 'i']);
    expect(ids(rankBrokers(actors, { by: 'degree' }))).toEqual(['a', 'b', 'c', 'i']);
    expect(ids(rankBrokers(actors, { by: 'effectiveSize' }))).toEqual(['a', 'b', 'c', 'i']);
    expect(ids(rankBrokers(actors, { by: 'constraint' }))).toEqual(['a', 'b', 'c', 'i']);
  });

  it('breaks full ties by id and keeps only the top and the chosen actors', () => {
    const tied = [actor('z', {}), actor('y', {}), actor('x', {})];
    expect(ids(rankBrokers(tied))).toEqual(['x', 'y', 'z']);
    expect(ids(rankBrokers(actors, { top: 2 }))).toEqual(['a', 'b']);
    expect(ids(rankBrokers(actors, { among: new Set(['c', 'i']) }))).toEqual(['c', 'i']);
  });
});
