/**
 * The graph the analytics run on, read from Neo4j once and kept until a write changes the
 * network. Every write bumps a version in the same transaction, so the version a caller has seen
 * tells whether the kept graph is recent enough; measures are computed on first use and kept
 * with it, per scope (contract §7). Results about one region outlive a write that does not touch
 * the region. It lives in the analysis worker, which is told the version each request has seen,
 * beside the analytics it keeps (it imports them; nothing under server/graph imports it).
 */
import { analyseScoped, type NetworkAnalysis } from '../analytics/analyse-network';
import { scopedGraph, type ScopedGraph } from '../graph/scoped-graph';
import type { ActorGraph } from '../graph/to-graphology';
import { touchedRegions, type NetworkVersion } from '../graph/touched-regions';
import type { Actor, Network } from '../model/network';
import { isDefaultScope, scopeKey, type AnalysisScope } from '../model/scope';

/**
 * Reads the network with the version it has, in one transaction, from a point no earlier than
 * every write the caller has seen (the store's bookmarks see to that).
 */
export type ReadVersionedNetwork = () => Promise<{ version: number; network: Network }>;

/**
 * Scopes kept per snapshot besides the default one. Anyone may send a scope, and each holds a
 * graph and a full analysis: without a bound, a stranger sending many scopes would fill the
 * worker's memory. The explorer's "Wat telt mee" control uses a handful at a time; the least
 * recently used beyond this many are dropped (and computed again when asked for).
 */
export const KEPT_SCOPES = 16;

/** Results about one region, by region and then by kind. */
type RegionResults = Map<string, Map<string, unknown>>;

/** A scope's graph and actors with the region results computed on them: what the next version may take over. */
interface RegionResultsOf extends NetworkVersion {
  readonly regionResults: RegionResults;
}

/** One version of the network, with a view per scope asked for (see `scoped`). */
export class GraphSnapshot {
  private readonly actorsById: ReadonlyMap<string, Actor>;
  /** How many results were computed rather than found kept, over every scope: what a request cost. */
  computations = 0;
  private defaultView: ScopedSnapshot | undefined;
  /** The other scopes' views by scope key, least recently used first. */
  private readonly views = new Map<string, ScopedSnapshot>();
  /**
   * The previous versions' region results of the scopes not asked for yet in this one, by scope
   * key: taken over (where untouched) when the scope is first asked for. Only the scope's graph
   * and results are held, never the snapshot they came from, so versions do not chain up.
   */
  private readonly inherited = new Map<string, RegionResultsOf>();

  /**
   * With `previous`, the version before: each scope's region results of every region the change
   * did not touch (see `touchedRegions`, on that scope's graphs) are taken over from it when the
   * scope is first asked for, instead of being computed again.
   *
   * Complexity: O(n) here; a scope's graph is built on first use.
   */
  constructor(
    readonly version: number,
    readonly network: Network,
    previous?: GraphSnapshot,
  ) {
    this.actorsById = new Map(network.actors.map((actor) => [actor.id, actor]));
    if (previous !== undefined) {
      // Oldest first, so the most recently used scopes are the ones the cap keeps.
      for (const [key, results] of previous.inherited) this.inherit(key, results);
      const actorsBefore = previous.actorsById;
      for (const view of [previous.defaultView, ...previous.views.values()]) {
        // The lookup reads the previous version's actors, not its snapshot, which would hold on to its own predecessors.
        if (view !== undefined) this.inherit(scopeKey(view.scope), { graph: view.graph, actor: (id) => actorsBefore.get(id), regionResults: view.regionResults });
      }
    }
  }

  actor(id: string): Actor | undefined {
    return this.actorsById.get(id);
  }

  /**
   * The view of one scope: its graph, analysis and kept results, made on first use. The default
   * scope is always kept; of the others, the `KEPT_SCOPES` most recently used.
   *
   * Complexity: O(1) for a kept scope; else building the scope's graph (see `scopedGraph`) plus
   * O(n + m) to compare it with the previous version's, where that has region results.
   */
  scoped(scope: AnalysisScope): ScopedSnapshot {
    if (isDefaultScope(scope)) return (this.defaultView ??= this.view(scope));
    const key = scopeKey(scope);
    const kept = this.views.get(key);
    // Taken out and put back: a Map iterates in insertion order, so the first one is the least recently used.
    if (kept !== undefined) this.views.delete(key);
    const view = kept ?? this.view(scope);
    this.views.set(key, view);
    this.dropBeyond(this.views, KEPT_SCOPES);
    return view;
  }

  /** Counts one computed result (views report theirs here). */
  counted(): void {
    this.computations += 1;
  }

  private view(scope: AnalysisScope): ScopedSnapshot {
    const key = scopeKey(scope);
    const before = this.inherited.get(key);
    this.inherited.delete(key);
    return new ScopedSnapshot(this, scopedGraph(this.network, scope), before);
  }

  private inherit(key: string, results: RegionResultsOf): void {
    if (results.regionResults.size === 0) return;
    this.inherited.delete(key);
    this.inherited.set(key, results);
    // One more than the views: the default scope's results are among them.
    this.dropBeyond(this.inherited, KEPT_SCOPES + 1);
  }

  private dropBeyond<T>(kept: Map<string, T>, limit: number): void {
    for (const key of kept.keys()) {
      if (kept.size <= limit) return;
      kept.delete(key);
    }
  }
}

/** One scope of one version: its graph and the results computed on it. */
export class ScopedSnapshot implements NetworkVersion {
  private readonly memo = new Map<string, unknown>();
  readonly regionResults: RegionResults = new Map();

  /** With `before`, the same scope's graph and region results of an earlier version: the untouched regions' results are taken over. */
  constructor(
    private readonly snapshot: GraphSnapshot,
    readonly scoped: ScopedGraph,
    before?: RegionResultsOf,
  ) {
    if (before !== undefined) {
      const touched = touchedRegions(before, this);
      for (const [region, results] of before.regionResults) {
        if (!touched.has(region)) this.regionResults.set(region, results);
      }
    }
  }

  get scope(): AnalysisScope {
    return this.scoped.scope;
  }

  get graph(): ActorGraph {
    return this.scoped.graph;
  }

  actor(id: string): Actor | undefined {
    return this.snapshot.actor(id);
  }

  /** The contract §5–7 report of this scope, the same as `analyseNetwork(network, { scope })`. */
  analysis(): NetworkAnalysis {
    return this.remember('analysis', () => analyseScoped(this.scoped));
  }

  /** Keeps a result computed from this scope's graph under `key`. */
  remember<T>(key: string, compute: () => T): T {
    if (!this.memo.has(key)) {
      this.snapshot.counted();
      this.memo.set(key, compute());
    }
    return this.memo.get(key) as T;
  }

  /**
   * Keeps a result about one region under `kind`. Only for results that depend on nothing but
   * the region's actors, their partners and their partners' degrees in this scope's graph:
   * those are the ones a later version takes over when a change leaves the region untouched.
   */
  rememberForRegion<T>(region: string, kind: string, compute: () => T): T {
    let results = this.regionResults.get(region);
    if (results === undefined) {
      results = new Map();
      this.regionResults.set(region, results);
    }
    if (!results.has(kind)) {
      this.snapshot.counted();
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
