/**
 * What every resolver gets: the store, and DataLoaders made per request so that a query asking
 * for many actors' links runs one Cypher statement, and nothing is cached across users.
 */
import DataLoader from 'dataloader';

import type { Caller } from '../auth/roles';
import type { AnalysisService } from '../analysis-worker/analysis-service';
import type { Link } from '../model/network';
import type { Region, Source } from '../model/reference';
import type { Editor, NetworkStore, StoredActor } from '../neo4j/network-store';
import type { SurveyStore } from '../neo4j/survey-store';
import type { TokenStore } from '../neo4j/token-store';

export interface Loaders {
  readonly actor: DataLoader<string, StoredActor | undefined>;
  readonly links: DataLoader<string, readonly Link[]>;
  readonly source: DataLoader<string, Source | undefined>;
  readonly regions: () => Promise<readonly Region[]>;
}

/** A token bucket per client (http/rate-limit.ts): 0 when allowed, else the seconds to wait. */
export interface SaveLimiter {
  take(client: string): number;
}

export interface Context {
  readonly store: NetworkStore;
  /** Shared by all requests: the analytics, answered by the analysis worker thread. */
  readonly analysis: AnalysisService;
  readonly loaders: Loaders;
  readonly tokens: TokenStore;
  /** Survey rounds, their personal links and answers (issue 17). */
  readonly surveys: SurveyStore;
  /** Shared by all requests: saves of one survey form, counted per token hash. */
  readonly surveySaves: SaveLimiter;
  /** Who calls, from the request's token; looked up once, on first use. */
  readonly caller: () => Promise<Caller>;
  /** The operator's setting: may callers without a token read? */
  readonly anonymousRead: boolean;
  /** Who writes, for the audit trail: the token's name. */
  readonly editor: () => Promise<Editor>;
}

export function createLoaders(store: NetworkStore): Loaders {
  let regions: Promise<readonly Region[]> | undefined;
  return {
    actor: new DataLoader(async (ids) => {
      const found = await store.actorsByIds(ids);
      return ids.map((id) => found.get(id));
    }),
    links: new DataLoader(async (ids) => {
      const found = await store.linksOf(ids);
      return ids.map((id) => found.get(id) ?? []);
    }),
    source: new DataLoader(async (ids) => {
      const found = new Map((await store.sources(ids)).map((source) => [source.id, source]));
      return ids.map((id) => found.get(id));
    }),
    regions: () => (regions ??= store.regions()),
  };
}
