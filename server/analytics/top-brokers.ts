/**
 * Ranking the bridging key figures: the actors that score highest on one broker measure.
 */
import type { ActorMeasures } from './actor-measures';

/** The measures actors can be ranked by. */
export type BrokerMeasure = 'szEzBridging' | 'bridging' | 'betweenness' | 'brokerage' | 'degree' | 'effectiveSize' | 'constraint';

/** Defaults: by `szEzBridging`, top 10, every actor. */
export interface BrokerRankOptions {
  readonly by?: BrokerMeasure;
  readonly top?: number;
  /** Rank only these actors (for example one region's). */
  readonly among?: ReadonlySet<string>;
}

/** The ranking value: higher is more of a broker; constraint is turned round, since low constraint marks a broker. */
function brokerScore(actor: ActorMeasures, by: BrokerMeasure): number | null {
  switch (by) {
    case 'brokerage':
      return actor.brokerage.total;
    case 'constraint':
      return actor.constraint === null ? null : -actor.constraint;
    default:
      return actor[by];
  }
}

/**
 * The `top` actors ranked by one measure, best first: highest value, except lowest for
 * `constraint`; actors without a value (isolated, for constraint and effective size) last;
 * ties by SZ–EZ bridging, then bridging between the scope's domains, then betweenness, then id in
 * code-unit order.
 *
 * Complexity: O(n log n).
 */
export function rankBrokers<Actor extends ActorMeasures>(actors: readonly Actor[], options: BrokerRankOptions = {}): Actor[] {
  const by = options.by ?? 'szEzBridging';
  const among = options.among;
  const score = (actor: Actor): number => brokerScore(actor, by) ?? Number.NEGATIVE_INFINITY;
  return actors
    .filter((actor) => among === undefined || among.has(actor.id))
    .sort(
      (a, b) =>
        score(b) - score(a) ||
        b.szEzBridging - a.szEzBridging ||
        b.bridging - a.bridging ||
        b.betweenness - a.betweenness ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    )
    .slice(0, options.top ?? 10);
}
