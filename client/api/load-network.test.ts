/** Loading the network with several pages in flight: every actor once, in page order, never too many requests at once. */
import { describe, expect, it } from 'vitest';

import { GraphQLClient } from './graphql-client';
import { loadNetwork } from './load-network';
import type { NetworkActor } from './operations/network';
import { networkActor, networkLink } from '../testing/network-records';

const actor = (index: number): NetworkActor =>
  networkActor(`a${String(index)}`, {
    name: `Actor ${String(index)}`,
    // Each link is listed under both its ends, as the API does.
    links: [networkLink(`a${String(index - (index % 2))}`, `a${String(index - (index % 2) + 1)}`)],
  });

/** A fake API of `total` actors whose later pages answer sooner, so pages arrive out of order. */
function fakeApi(total: number): { client: GraphQLClient; maxInFlight: () => number; requests: () => number } {
  const all = Array.from({ length: total }, (_, index) => actor(index));
  let inFlight = 0;
  let most = 0;
  let requests = 0;
  const fetchFn = async (_input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const { variables } = JSON.parse(init?.body as string) as { variables: { offset: number; limit: number } };
    requests += 1;
    inFlight += 1;
    most = Math.max(most, inFlight);
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, 20 - variables.offset / 100)));
    inFlight -= 1;
    const items = all.slice(variables.offset, variables.offset + variables.limit);
    return new Response(JSON.stringify({ data: { actors: { totalCount: total, items } } }), { headers: { 'content-type': 'application/json' } });
  };
  return { client: new GraphQLClient('/graphql', fetchFn), maxInFlight: () => most, requests: () => requests };
}

describe('loadNetwork', () => {
  it('loads 1,050 actors (6 pages) in page order with at most 4 pages in flight', async () => {
    const api = fakeApi(1_050);
    const network = await loadNetwork(api.client, 4);
    expect(network.actors.map((item) => item.id)).toEqual(Array.from({ length: 1_050 }, (_, index) => `a${String(index)}`));
    expect(api.requests()).toBe(6);
    expect(api.maxInFlight()).toBe(4);
    // 525 pairs, each link listed twice, kept once.
    expect(network.links).toHaveLength(525);
  });

  it('asks once for a network that fits one page, and copes with an empty one', async () => {
    const small = fakeApi(3);
    expect((await loadNetwork(small.client)).actors).toHaveLength(3);
    expect(small.requests()).toBe(1);
    expect((await loadNetwork(fakeApi(0).client)).actors).toEqual([]);
  });
});
