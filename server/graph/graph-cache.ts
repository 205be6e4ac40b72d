/**
 * The graph the analytics run on, read from Neo4j once and kept until a write changes the
 * network. Every write bumps a version in the same transaction, so one cheap read tells whether
 * the kept graph is current; measures are computed on first use and kept with it.
 */
import { analyseGraph, type NetworkAnalysis } from '../analytics/analyse-network';
import type { Actor, Network } from '../model/network';
import { toGraph, type ActorGraph } from './to-graphology';

/** What a snapshot is read from: the store, or anything that yields a versioned network. */
export interface VersionedNetworkSource {
  version(): Promise<number>;
  snapshot(): Promise<{ version: number; network: Network }>;
}

/** One version of the network with its graph and lazily computed results. */
export class GraphSnapshot {
  readonly graph: ActorGraph;
  private readonly actorsById: ReadonlyMap<string, Actor>;
  private readonly memo = new Map<string, unknown>();

  constructor(
    readonly version: number,
    readonly network: Network,
  ) {
    this.graph = toGraph(network);
    this.actorsById = new Map(network.actors.map((actor) => [actor.id, actor]));
  }

  actor(id: string): Actor | undefined {
    return this.actorsById.get(id);
  }

  /** The contract §5 report of the whole network. */
  analysis(): NetworkAnalysis {
    return this.remember('analysis', () => analyseGraph(this.graph));
  }

  /** Keeps a result computed from this snapshot under `key`. */
  remember<T>(key: string, compute: () => T): T {
    if (!this.memo.has(key)) this.memo.set(key, compute());
    return this.memo.get(key) as T;
  }
}

export class GraphCache {
  private current: { readonly version: number; readonly snapshot: Promise<GraphSnapshot> } | undefined;

  constructor(private readonly source: VersionedNetworkSource) {}

  /** The current snapshot; reads the network again only when its version changed. */
  async snapshot(): Promise<GraphSnapshot> {
    const version = await this.source.version();
    if (this.current?.version !== version) {
      const loading = this.source.snapshot().then(({ version: read, network }) => new GraphSnapshot(read, network));
      this.current = { version, snapshot: loading };
      loading.catch(() => {
        if (this.current?.snapshot === loading) this.current = undefined;
      });
    }
    return this.current.snapshot;
  }
}
