/**
 * What-if: the figures before and after adding proposed links, so a user sees what a new
 * connection would change.
 */
import { withLinks, type ActorGraph } from '../graph/to-graphology';
import type { Problem } from '../model/parse-network';
import { actorMeasures, type ActorMeasureOptions, type ActorMeasures } from './actor-measures';
import { networkFigures, type NetworkFigures } from './network-figures';
import type { IslandOptions } from './policy-islands';
import { rankBrokers } from './top-brokers';

/** A link a user proposes; direction is ignored, as in every measure (contract §2). */
export interface ProposedLink {
  readonly from: string;
  readonly to: string;
}

/** One actor's measures before and after. */
export interface ActorChange {
  readonly id: string;
  readonly before: ActorMeasures;
  readonly after: ActorMeasures;
}

/** What adding the proposed links changes. */
export interface WhatIf {
  /** The proposed links that are new. */
  readonly added: readonly ProposedLink[];
  /** The proposed links that already exist (they change nothing). */
  readonly alreadyLinked: readonly ProposedLink[];
  readonly before: NetworkFigures;
  readonly after: NetworkFigures;
  /** The top brokers before and after, and the ends of the new links, best after first. */
  readonly actors: readonly ActorChange[];
}

/** The comparison, or the problems with the proposals (nothing is computed then). */
export type WhatIfOutcome = { readonly ok: true; readonly whatIf: WhatIf } | { readonly ok: false; readonly problems: readonly Problem[] };

/** Defaults: seed 1, the default island rule, top 5 brokers, bridging between SZ and EZ. */
export interface WhatIfOptions extends IslandOptions, ActorMeasureOptions {
  readonly top?: number | undefined;
}

/**
 * Adds the proposed links to a copy of the graph and reports, before and after: the network
 * figures (actors, links, components, E–I index, share of SZ–EZ pairs within two steps, policy
 * islands) and the per-actor measures of the top brokers by SZ–EZ bridging on either side,
 * together with the actors the new links touch. A link to an unknown actor or from an actor to
 * itself is refused, naming the proposal (`addLinks[i]`) and the field.
 *
 * Source: the measures' own modules; comparing a network with and without a tie is the
 * "what if" use of structural measures in Burt (1992), ch. 1.
 *
 * Complexity: O(nm), dominated by betweenness and SZ–EZ bridging on both graphs.
 */
export function whatIf(graph: ActorGraph, proposed: readonly ProposedLink[], options: WhatIfOptions = {}): WhatIfOutcome {
  const problems = proposed.flatMap((link, index) => proposalProblems(graph, link, index));
  if (problems.length > 0) return { ok: false, problems };
  const seen = new Set<string>();
  const added = proposed.filter((link) => {
    const key = pairKey(link);
    if (graph.hasEdge(link.from, link.to) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const alreadyLinked = proposed.filter((link) => graph.hasEdge(link.from, link.to));
  const after = withLinks(graph, added);
  const measuresBefore = actorMeasures(graph, options);
  const measuresAfter = actorMeasures(after, options);

  const top = options.top ?? 5;
  const shown = new Set([
    ...rankBrokers(measuresBefore, { top }).map((actor) => actor.id),
    ...rankBrokers(measuresAfter, { top }).map((actor) => actor.id),
    ...added.flatMap((link) => [link.from, link.to]),
  ]);
  const beforeOf = new Map(measuresBefore.map((actor) => [actor.id, actor] as const));
  const actors = rankBrokers(measuresAfter, { among: shown, top: shown.size }).flatMap((actor) => {
    const was = beforeOf.get(actor.id);
    return was === undefined ? [] : [{ id: actor.id, before: was, after: actor }];
  });
  return {
    ok: true,
    whatIf: { added, alreadyLinked, before: networkFigures(graph, options), after: networkFigures(after, options), actors },
  };
}

/** One key for both directions of a pair; U+0000 separates them, as the parser refuses control characters in ids. */
const pairKey = ({ from, to }: ProposedLink): string => (from < to ? `${from}\u0000${to}` : `${to}\u0000${from}`);

function proposalProblems(graph: ActorGraph, link: ProposedLink, index: number): Problem[] {
  const record = `addLinks[${String(index)}]`;
  const problems: Problem[] = [];
  for (const field of ['from', 'to'] as const) {
    if (!graph.hasNode(link[field])) problems.push({ record, field, message: `unknown actor "${link[field]}"` });
  }
  if (link.from === link.to) problems.push({ record, field: 'to', message: 'a link needs two different actors' });
  return problems;
}
