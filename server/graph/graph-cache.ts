/**
 * The graph the analytics run on, read from Neo4j once and kept until a write changes the
 * network. Every write bumps a version in the same transaction, so the version a caller has seen
 * tells whether the kept graph is recent enough; measures are computed on first use and kept
 * with it. Results about one region outlive a write that does not touch the region. It lives in
 * the analysis worker (server/analysis-worker), which is told the version each request has seen.
 */
import { analyseScoped, type NetworkAnalysis } from '../analytics/analyse-network';
import type { Actor, Network } from '../model/network';
import { DEFAULT_SCOPE, type AnalysisScope } from '../model/scope';
import { scopedGraph, type ScopedGraph } from './scoped-graph';
import type { ActorGraph } from './to-graphology';
import { touchedRegions } from './touched-regions';

/**
 * Reads the network with the version it has, in one transaction, from a point no earlier than
 * every write the caller has seen (the store's bookmarks see to that).
 */
export type ReadVersionedNetwork = () => Promise<{ version: number; network: Network }>;

/** One version of the network with its graph and lazily computed results. */
export class GraphSnapshot {
  readonly scoped: ScopedGraph;
  readonly graph: ActorGraph;
  private readonly actorsById: ReadonlyMap<string, Actor>;
  private readonly memo = new Map<string, unknown>();
  /** How many results were computed rather than found kept: what a request cost. */
  computations = 0;
  /** Results about one region, by region and then by kind: carried to the next version where no change touched the region. */
  private readonly regionMemo = new Map<string, Map<string, unknown>>();

  /**
   * With `previous`, the version before: the region results of every region the change did not
   * touch (see `touchedRegions`) are taken over from it instead of being computed again.
   *
   * Complexity: O(n log n + m log m) for the graph, plus O(n + m) to compare with `previous`.
   */
  constructor(
    readonly version: number,
    readonly network: Network,
    previous?: GraphSnapshot,
    scope: AnalysisScope = DEFAULT_SCOPE,
  ) {
    this.scoped = scopedGraph(network, scope);
    this.graph = this.scoped.graph;
    this.actorsById = new Map(network.actors.map((actor) => [actor.id, actor]));
    if (previous !== undefined && previous.regionMemo.size > 0) {
      const touched = touchedRegions(previous, this);
      for (const [region, results] of previous.regionMemo) {
        if (!touched.has(region)) this.regionMemo.set(region, results);
      }
    }
  }

  actor(id: string): Actor | undefined {
    return this.actorsById.get(id);
  }

  /** The contract §5 report of the whole network. */
  analysis(): NetworkAnalysis {
    return this.remember('analysis', () => analyseScoped(this.scoped));
  }

  /** Keeps a result computed from this snapshot under `key`. */
  remember<T>(key: string, compute: () => T): T {
    if (!this.memo.has(key)) {
      this.computations += 1;
      this.memo.set(key, compute());
    }
    return this.memo.get(key) as T;
  }

  /**
   * Keeps a result about one region under `kind`. Only for results that depend on nothing but
   * the region's actors, their partners and their partners' degrees: those are the ones a later
   * version takes over when a change leaves the region untouched.
   */
  rememberForRegion<T>(region: string, kind: string, compute: () => T): T {
    let results = this.regionMemo.get(region);
    if (results === undefined) {
      results = new Map();
      this.regionMemo.set(region, results);
    }
    if (!results.has(kind)) {
      this.computations += 1;
      results.set(kind, compute());
    }
    return results.get(kind) as T;
  }
}

export class GraphCache {
  /** The snapshot being read or kept, and the version it is known to have at least. */
  private current: { version: number; readonly snapshot: Promise<GraphSnapshot> } | undefined;
  /** The last snapshot read, whose region results the next one may take over. */
  private latest: GraphSnapshot | undefined;

  constructor(private readonly read: ReadVersionedNetwork) {}

  /**
   * A snapshot of version `atLeast` or later: the kept one when it is that recent, else the
   * network read again (once, however many callers ask meanwhile).
   */
  async snapshot(atLeast: number): Promise<GraphSnapshot> {
    if (this.current === undefined || this.current.version < atLeast) {
      const loading = this.read().then(({ version, network }) => {
        const snapshot = new GraphSnapshot(version, network, this.latest);
        this.latest = snapshot;
        if (this.current?.snapshot === loading) this.current.version = version;
        return snapshot;
      });
      this.current = { version: atLeast, snapshot: loading };
      loading.catch(() => {
        if (this.current?.snapshot === loading) this.current = undefined;
      });
    }
    return this.current.snapshot;
  }
}
