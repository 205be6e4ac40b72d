/** Import, export and editing: every write goes through the store in one transaction. */
import { badInput } from '../../model/errors';
import { isLinkType, LINK_TYPES, type Network } from '../../model/network';
import { parseNetworkCsv, parseNetworkJson, validateNetwork, type ParseResult } from '../../model/parse-network';
import type { ImportMode } from '../../neo4j/network-store';
import type { Context } from '../context';
import { oneOf } from './arguments';

function accept(result: ParseResult): Network {
  if (!result.ok) throw badInput(result.problems, 'The import was refused and nothing was written');
  return result.network;
}

export const exchangeResolvers = {
  Query: {
    exportNetwork: (_: unknown, __: unknown, { store }: Context) => store.exportNetwork(),
  },
  Mutation: {
    importNetwork: (_: unknown, args: { network: unknown; mode: ImportMode }, { store }: Context) =>
      store.importNetwork(accept(validateNetwork(args.network)), args.mode),
    importNetworkFile: async (_: unknown, args: { file: File; mode: ImportMode }, { store }: Context) =>
      store.importNetwork(accept(parseNetworkJson(await args.file.text())), args.mode),
    importCsv: async (_: unknown, args: { actors: File; links: File; mode: ImportMode }, { store }: Context) => {
      const [actors, links] = await Promise.all([args.actors.text(), args.links.text()]);
      return store.importNetwork(accept(parseNetworkCsv(actors, links)), args.mode);
    },
    upsertActor: async (_: unknown, args: { actor: unknown }, { store }: Context) => (await store.upsertActor(args.actor)).actor,
    deleteActor: async (_: unknown, { id }: { id: string }, { store }: Context) => {
      const { actor, links } = await store.deleteActor(id);
      return { id: actor.id, name: actor.name, removedLinks: links };
    },
    addLink: (_: unknown, args: { link: unknown }, { store }: Context) => store.addLink(args.link),
    removeLink: (_: unknown, args: { from: string; to: string; type: string }, { store }: Context) => {
      const [type] = oneOf('removeLink', 'type', [args.type], isLinkType, Object.keys(LINK_TYPES));
      if (type === undefined) throw badInput([{ record: 'removeLink', field: 'type', message: 'is required' }]);
      return store.removeLink(args.from, args.to, type);
    },
  },
};
