/** Reading the network: actors, regions, sources, neighbourhoods and shortest paths. */
import { ACTOR_TYPES, isActorType, type Actor, type Link } from '../../model/network';
import { BrugkaartError } from '../../model/errors';
import type { Region } from '../../model/reference';
import type { Context } from '../context';
import { inRange, oneOf } from './arguments';
import { decodeCursor, encodeCursor } from './cursor';

interface ActorFilterArgs {
  readonly types?: readonly string[] | null;
  readonly domains?: readonly string[] | null;
  readonly region?: string | null;
  readonly text?: string | null;
}

const MAX_PAGE = 500;

/**
 * The actor counts of the regions, read once per request that asks for one (`regions {
 * actorCount }` asks 35 times) and never by the many that only need a region's name.
 */
const regionCountsOfRequest = new WeakMap<Context, Promise<Map<string, number>>>();

const orUndefined = <T>(value: T | null | undefined): T | undefined => value ?? undefined;

const distinctNeighbours = (actorId: string, links: readonly Link[]): string[] => [
  ...new Set(links.map((link) => (link.from === actorId ? link.to : link.from))),
];

async function present<T>(items: Promise<readonly (T | undefined)[]>): Promise<T[]> {
  return (await items).filter((item): item is T => item !== undefined);
}

export const networkResolvers = {
  Query: {
    actors: async (
      _: unknown,
      args: { filter?: ActorFilterArgs | null; after?: string | null; offset: number; limit: number },
      { store }: Context,
    ) => {
      const offset = inRange('actors', 'offset', args.offset, 0, Number.MAX_SAFE_INTEGER);
      const limit = inRange('actors', 'limit', args.limit, 1, MAX_PAGE);
      const after = args.after === null || args.after === undefined ? undefined : decodeCursor(args.after);
      const filter = args.filter ?? {};
      const types = filter.types ? oneOf('actors', 'filter.types', filter.types, isActorType, Object.keys(ACTOR_TYPES)) : undefined;
      const actorFilter = { types, domains: orUndefined(filter.domains), region: orUndefined(filter.region), text: orUndefined(filter.text) };
      const page = await store.findActors(actorFilter, { after, offset, limit });
      return {
        items: page.actors,
        // A function: graphql-js calls it only when the query asks for totalCount, so a page
        // that does not ask never counts the network.
        totalCount: () => store.countActors(actorFilter),
        offset,
        limit,
        pageInfo: { endCursor: page.end === undefined ? null : encodeCursor(page.end), hasNextPage: page.hasNext },
      };
    },
    actor: (_: unknown, { id }: { id: string }, { loaders }: Context) => loaders.actor.load(id),
    regions: (_: unknown, __: unknown, { loaders }: Context) => loaders.regions(),
    region: async (_: unknown, { id }: { id: string }, { loaders }: Context) =>
      (await loaders.regions()).find((region) => region.id === id),
    sources: (_: unknown, __: unknown, { store }: Context) => store.sources(),
    neighbourhood: async (_: unknown, { id, hops }: { id: string; hops: number }, { store }: Context) => {
      const found = await store.neighbourhood(id, inRange('neighbourhood', 'hops', hops, 1, 3));
      if (found === undefined) {
        throw new BrugkaartError('NOT_FOUND', `No actor has id "${id}".`, [{ record: 'neighbourhood', field: 'id', message: `no actor has id "${id}"` }]);
      }
      return found;
    },
    paths: async (_: unknown, args: { from: string; to: string; maxHops: number }, { store, loaders }: Context) => {
      const { paths, actors } = await store.shortestPaths(args.from, args.to, inRange('paths', 'maxHops', args.maxHops, 1, 10));
      // The statement brought the actors on the paths along: no second round trip for them.
      for (const [id, actor] of actors) loaders.actor.prime(id, actor);
      const throughCount = new Map<string, number>();
      for (const path of paths) for (const id of path.slice(1, -1)) throughCount.set(id, (throughCount.get(id) ?? 0) + 1);
      const intermediaries = [...throughCount].sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
      return {
        length: paths[0] === undefined ? null : paths[0].length - 1,
        paths: paths.map((ids) => ({ actors: present(loaders.actor.loadMany(ids).then(dropErrors)) })),
        intermediaries: intermediaries.map(([id, pathCount]) => ({ actor: loaders.actor.load(id), pathCount })),
      };
    },
  },
  Actor: {
    domains: (actor: Actor) => actor.domains ?? [actor.domain],
    region: async (actor: Actor, _: unknown, { loaders }: Context) =>
      actor.region === undefined ? null : (await loaders.regions()).find((region) => region.id === actor.region),
    illustrative: (actor: Actor) => actor.illustrative ?? false,
    unconfirmed: (actor: Actor) => actor.unconfirmed ?? false,
    version: (actor: Actor & { version?: number }) => actor.version ?? 0,
    history: (actor: Actor, { limit }: { limit: number }, { store }: Context) =>
      store.history(actor.id, inRange('history', 'limit', limit, 1, 500)),
    links: (actor: Actor, _: unknown, { loaders }: Context) => loaders.links.load(actor.id),
    degree: async (actor: Actor, _: unknown, { loaders }: Context) =>
      distinctNeighbours(actor.id, await loaders.links.load(actor.id)).length,
    neighbours: async (actor: Actor, _: unknown, { loaders }: Context) =>
      present(loaders.actor.loadMany(distinctNeighbours(actor.id, await loaders.links.load(actor.id))).then(dropErrors)),
    sources: async (actor: Actor, _: unknown, { loaders }: Context) => {
      const ids = [...new Set((await loaders.links.load(actor.id)).flatMap((link) => (link.source === undefined ? [] : [link.source])))];
      return present(loaders.source.loadMany(ids).then(dropErrors));
    },
  },
  Region: {
    actorCount: async (region: Region, _: unknown, context: Context) => {
      let counts = regionCountsOfRequest.get(context);
      if (counts === undefined) {
        counts = context.store.regionActorCounts();
        regionCountsOfRequest.set(context, counts);
      }
      return (await counts).get(region.id) ?? 0;
    },
  },
  Change: {
    undone: (change: { undone?: boolean }) => change.undone ?? false,
  },
  Link: {
    from: (link: Link, _: unknown, { loaders }: Context) => loaders.actor.load(link.from),
    to: (link: Link, _: unknown, { loaders }: Context) => loaders.actor.load(link.to),
    document: (link: Link, _: unknown, { loaders }: Context) =>
      link.source === undefined ? null : loaders.source.load(link.source),
    illustrative: (link: Link) => link.illustrative ?? false,
    unconfirmed: (link: Link) => link.unconfirmed ?? false,
  },
};

/** DataLoader.loadMany reports a failed key as an Error in place; rethrow the first. */
function dropErrors<T>(items: readonly (T | Error)[]): (T | undefined)[] {
  const failure = items.find((item): item is Error => item instanceof Error);
  if (failure !== undefined) throw failure;
  return items as T[];
}
