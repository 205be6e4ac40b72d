/**
 * Gould & Fernandez brokerage roles: in which of five ways an actor stands between two
 * partners that are not linked to each other (contract §3, `brokerage`).
 */
import { byActor, compactGraphOf, neighboursOf } from '../graph/compact-graph';
import type { ActorGraph } from '../graph/to-graphology';
import { DOMAINS, type Domain } from '../model/network';

/** Role counts of one broker; `total` is their sum. */
export interface BrokerageRoles {
  readonly coordinator: number;
  readonly itinerant: number;
  readonly representative: number;
  readonly gatekeeper: number;
  readonly liaison: number;
  readonly total: number;
}

type Role = Exclude<keyof BrokerageRoles, 'total'>;

/**
 * The role broker b plays between a and c, by group (Gould & Fernandez 1989, fig. 1): all in
 * one group, coordinator; a and c together and b apart, itinerant; b with a, representative;
 * b with c, gatekeeper; three groups, liaison.
 */
function roleOf(a: Domain, b: Domain, c: Domain): Role {
  if (a === c) return a === b ? 'coordinator' : 'itinerant';
  if (a === b) return 'representative';
  return b === c ? 'gatekeeper' : 'liaison';
}

/**
 * For broker b: over every ordered pair (a, c) of distinct neighbours of b that are not linked
 * to each other, count the role b plays, with groups = domain. The graph is undirected, so
 * each unlinked pair is seen in both orders: a coordinator pair counts twice, and
 * `representative` equals `gatekeeper` for every actor.
 *
 * Rather than visit every pair, the pairs are counted per group combination from the group
 * sizes among b's neighbours, less the linked pairs, found by walking the neighbours'
 * neighbourhoods.
 *
 * Source: Gould, R. V., & Fernandez, R. M. (1989). Structures of mediation: a formal approach
 * to brokerage in transaction networks. Sociological Methodology 19, 89–126; the ordered-pair
 * reading is that of R sna `brokerage` (Butts).
 *
 * Complexity: O(Σ_v deg(v)²) time, bounded by O(nm); O(n) space.
 */
export function brokerageRoles(graph: ActorGraph): ReadonlyMap<string, BrokerageRoles> {
  const compact = compactGraphOf(graph);
  const { offsets, targets } = compact;
  const groupOf = compact.domains.map((domain) => DOMAINS.indexOf(domain));
  const groups = DOMAINS.length;
  const neighbourOfBroker = new Int32Array(compact.order).fill(-1);

  return byActor(compact, (broker) => {
    const partners = neighboursOf(compact, broker);
    const perGroup = new Array<number>(groups).fill(0);
    for (const partner of partners) {
      neighbourOfBroker[partner] = broker;
      const group = groupOf[partner] ?? 0;
      perGroup[group] = (perGroup[group] ?? 0) + 1;
    }
    // unlinked[g * groups + h]: ordered pairs (a in g, c in h) of distinct partners not linked.
    const unlinked = new Array<number>(groups * groups).fill(0);
    for (let g = 0; g < groups; g++) {
      for (let h = 0; h < groups; h++) {
        unlinked[g * groups + h] = (perGroup[g] ?? 0) * ((perGroup[h] ?? 0) - (g === h ? 1 : 0));
      }
    }
    for (const a of partners) {
      for (let j = offsets[a] ?? 0, end = offsets[a + 1] ?? 0; j < end; j++) {
        const c = targets[j] ?? 0;
        if (neighbourOfBroker[c] !== broker) continue;
        const pair = (groupOf[a] ?? 0) * groups + (groupOf[c] ?? 0);
        unlinked[pair] = (unlinked[pair] ?? 0) - 1;
      }
    }
    return tally(unlinked, groupOf[broker] ?? 0);
  });
}

function tally(unlinked: readonly number[], brokerGroup: number): BrokerageRoles {
  const counts: Record<Role, number> = { coordinator: 0, itinerant: 0, representative: 0, gatekeeper: 0, liaison: 0 };
  const groups = DOMAINS.length;
  DOMAINS.forEach((a, g) => {
    DOMAINS.forEach((c, h) => {
      counts[roleOf(a, DOMAINS[brokerGroup] ?? a, c)] += unlinked[g * groups + h] ?? 0;
    });
  });
  const total = counts.coordinator + counts.itinerant + counts.representative + counts.gatekeeper + counts.liaison;
  return { ...counts, total };
}
