/** Reading the network: actors, regions, sources, neighbourhoods and shortest paths. */
import { ACTOR_TYPES, isActorType, type Link } from '../../model/network';
import type { StoredActor } from '../../neo4j/records';
import type { Context, Loaders } from '../context';
import type { Resolvers } from '../generated';
import { calendarDay, inRange, oneOf } from './arguments';
import { decodeCursor, encodeCursor } from './cursor';

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

/** An actor a link or a path names. The store keeps links between existing actors only, so a miss is a fault of the store, not of the caller. */
async function namedActor(loaders: Loaders, id: string): Promise<StoredActor> {
  const actor = await loaders.actor.load(id);
  if (actor === undefined) throw new Error(`The actor "${id}" named by a link or a path is not in the store`);
  return actor;
}

async function present<T>(items: Promise<readonly (T | undefined)[]>): Promise<T[]> {
  return (await items).filter((item): item is T => item !== undefined);
}

export const networkResolvers: Resolvers = {
  Query: {
    actors: async (_, args, { store }) => {
      const offset = inRange('actors', 'offset', args.offset, 0, Number.MAX_SAFE_INTEGER);
      const limit = inRange('actors', 'limit', args.limit, 1, MAX_PAGE);
      const after = args.after === null || args.after === undefined ? undefined : decodeCursor(args.after);
      const filter = args.filter ?? {};
      const types = filter.types ? oneOf('actors', 'filter.types', filter.types, isActorType, Object.keys(ACTOR_TYPES)) : undefined;
      const at = calendarDay('actors', 'filter.at', filter.at);
      const actorFilter = { types, domains: orUndefined(filter.domains), region: orUndefined(filter.region), text: orUndefined(filter.text), at };
      const page = await store.findActors(actorFilter, { after, offset, limit });
      return {
        items: page.actors,
        filter: actorFilter,
        offset,
        limit,
        pageInfo: { endCursor: page.end === undefined ? null : encodeCursor(page.end), hasNextPage: page.hasNext },
      };
    },
    actor: (_, { id }, { loaders }) => loaders.actor.load(id),
    regions: (_, __, { loaders }) => loaders.regions(),
    region: async (_, { id }, { loaders }) =>
      (await loaders.regions()).find((region) => region.id === id),
    sources: (_, __, { store }) => store.sources(),
    neighbourhood: (_, { id, hops, at }, { store }) =>
      store.neighbourhood(id, inRange('neighbourhood', 'hops', hops, 1, 3), calendarDay('neighbourhood', 'at', at)),
    paths: async (_, args, { store, loaders }) => {
      const maxHops = inRange('paths', 'maxHops', args.maxHops, 1, 10);
      const { paths, actors } = await store.shortestPaths(args.from, args.to, maxHops, calendarDay('paths', 'at', args.at));
      // The statement brought the actors on the paths along: no second round trip for them.
      for (const [id, actor] of actors) loaders.actor.prime(id, actor);
      const throughCount = new Map<string, number>();
      for (const path of paths) for (const id of path.slice(1, -1)) throughCount.set(id, (throughCount.get(id) ?? 0) + 1);
      const intermediaries = [...throughCount].sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
      return {
        length: paths[0] === undefined ? null : paths[0].length - 1,
        paths: paths.map((ids) => ({ actors: ids.map((id) => namedActor(loaders, id)) })),
        intermediaries: intermediaries.map(([id, pathCount]) => ({ actor: namedActor(loaders, id), pathCount })),
      };
    },
  },
  Actor: {
    domains: (actor) => actor.domains ?? [actor.domain],
    region: async (actor, _, { loaders }) =>
      actor.region === undefined ? null : (await loaders.regions()).find((region) => region.id === actor.region),
    illustrative: (actor) => actor.illustrative ?? false,
    unconfirmed: (actor) => actor.unconfirmed ?? false,
    version: (actor) => actor.version ?? 0,
    history: (actor, { limit }, { store }) =>
      store.history(actor.id, inRange('history', 'limit', limit, 1, 500)),
    links: (actor, _, { loaders }) => loaders.links.load(actor.id),
    degree: async (actor, _, { loaders }) =>
      distinctNeighbours(actor.id, await loaders.links.load(actor.id)).length,
    neighbours: async (actor, _, { loaders }) =>
      present(loaders.actor.loadMany(distinctNeighbours(actor.id, await loaders.links.load(actor.id))).then(dropErrors)),
    sources: async (actor, _, { loaders }) => {
      const ids = [...new Set((await loaders.links.load(actor.id)).flatMap((link) => (link.source === undefined ? [] : [link.source])))];
      return present(loaders.source.loadMany(ids).then(dropErrors));
    },
  },
  ActorPage: {
    // A resolver of its own, so a page whose query does not ask for totalCount never counts the network.
    totalCount: (page, _, { store }) => store.countActors(page.filter),
  },
  Region: {
    actorCount: async (region, _, context) => {
      let counts = regionCountsOfRequest.get(context);
      if (counts === undefined) {
        counts = context.store.regionActorCounts();
        regionCountsOfRequest.set(context, counts);
      }
      return (await counts).get(region.id) ?? 0;
    },
  },
  Change: {
    undone: (change) => change.undone ?? false,
  },
  Link: {
    from: (link, _, { loaders }) => namedActor(loaders, link.from),
    to: (link, _, { loaders }) => namedActor(loaders, link.to),
    document: (link, _, { loaders }) =>
      link.source === undefined ? null : loaders.source.load(link.source),
    illustrative: (link) => link.illustrative ?? false,
    unconfirmed: (link) => link.unconfirmed ?? false,
  },
};

/** DataLoader.loadMany reports a failed key as an Error in place; rethrow the first. */
function dropErrors<T>(items: readonly (T | Error)[]): (T | undefined)[] {
  const failure = items.find((item): item is Error => item instanceof Error);
  if (failure !== undefined) throw failure;
  return items as T[];
}
