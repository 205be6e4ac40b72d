/** Import, export and editing: every write goes through the store in one transaction. */
import { scopeNetwork } from '../../graph/scoped-graph';
import { badInput } from '../../model/errors';
import { isLinkType, LINK_TYPES, withoutPersons, type Network } from '../../model/network';
import { readNetworkCsv } from '../../exchange/csv';
import { readNetworkJson } from '../../exchange/json';
import { validateNetwork, type ParseResult } from '../../model/parse-network';
import { DEFAULT_SCOPE } from '../../model/scope';
import type { Resolvers } from '../generated';
import { calendarDay, oneOf } from './arguments';

const orUndefined = <T>(value: T | null | undefined): T | undefined => value ?? undefined;

interface Upload {
  text(): Promise<string>;
}

/** yoga's uploads are File objects of its own fetch implementation, so test the shape, not the class. */
const isUpload = (value: unknown): value is Upload =>
  typeof value === 'object' && value !== null && typeof (value as Partial<Upload>).text === 'function';

/** The text of an uploaded file; the File scalar lets any value through, so check it is one. */
export async function uploadText(value: unknown, field: string): Promise<string> {
  if (!isUpload(value)) {
    throw badInput([{ record: 'upload', field, message: 'must be an uploaded file (a multipart request), not a value' }], 'The import was refused');
  }
  return value.text();
}

function accept(result: ParseResult): Network {
  if (!result.ok) throw badInput(result.problems, 'The import was refused and nothing was written');
  return result.network;
}

export const exchangeResolvers: Resolvers = {
  Query: {
    exportNetwork: async (_, args, { store }) => {
      const at = calendarDay('exportNetwork', 'at', args.at) ?? null;
      const network = scopeNetwork(await store.exportNetwork(), { ...DEFAULT_SCOPE, at });
      return args.persons ? network : withoutPersons(network);
    },
  },
  Mutation: {
    importNetwork: async (_, args, { store, editor }) =>
      store.importNetwork(accept(validateNetwork(args.network)), args.mode, await editor(), orUndefined(args.importId)),
    importNetworkFile: async (_, args, { store, editor }) =>
      store.importNetwork(accept(readNetworkJson(await uploadText(args.file, 'file'))), args.mode, await editor(), orUndefined(args.importId)),
    importCsv: async (_, args, { store, editor }) => {
      const [actors, links] = await Promise.all([uploadText(args.actors, 'actors'), uploadText(args.links, 'links')]);
      return store.importNetwork(accept(readNetworkCsv(actors, links)), args.mode, await editor(), orUndefined(args.importId));
    },
    upsertActor: async (_, args, { store, editor }) =>
      (await store.upsertActor(args.actor, await editor(), orUndefined(args.expectedVersion))).actor,
    deleteActor: async (_, args, { store, editor }) => {
      const { actor, links } = await store.deleteActor(args.id, await editor(), orUndefined(args.expectedVersion));
      return { id: actor.id, name: actor.name, removedLinks: links };
    },
    addLink: async (_, args, { store, editor }) => store.addLink(args.link, await editor()),
    erasePerson: async (_, args, { store, editor }) => store.erasePerson(args.name, await editor()),
    undoChange: async (_, args, { store, editor }) => store.undoChange(args.id, await editor()),
    removeLink: async (_, args, { store, editor }) => {
      const [type] = oneOf('removeLink', 'type', [args.type], isLinkType, Object.keys(LINK_TYPES));
      if (type === undefined) throw badInput([{ record: 'removeLink', field: 'type', message: 'is required' }]);
      return store.removeLink(args.from, args.to, type, await editor());
    },
  },
};
