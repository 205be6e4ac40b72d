/** Finding actors by name: word starts, in order, accents ignored. */
import { describe, expect, it } from 'vitest';

import type { NetworkActor } from '../api/operations/network';
import { buildNetworkGraph } from '../state/network-graph';
import { networkActor } from '../testing/network-records';
import { findActors } from './actor-picker';

const actor = (id: string, name: string): NetworkActor => networkActor(id, { name });

const graph = buildNetworkGraph(
  [
    actor('leiden-wi', 'Gemeente Leiden – Werk & Inkomen'),
    actor('leiden-ez', 'Gemeente Leiden – Economie'),
    actor('leiden-wethouder-wi', 'Wethouder Werk & Inkomen Leiden'),
    actor('enschede', 'Gemeente Enschedé'),
  ],
  [],
);

describe('findActors', () => {
  it('prefers names whose words start with the typed words, in the typed order', () => {
    expect(findActors(graph, 'Leiden W').map((match) => match.id)).toEqual(['leiden-wi', 'leiden-wethouder-wi']);
  });

  it('ignores case and accents', () => {
    expect(findActors(graph, 'enschede')[0]?.id).toBe('enschede');
  });

  it('finds nothing for an empty text', () => {
    expect(findActors(graph, '  ')).toEqual([]);
  });
});
