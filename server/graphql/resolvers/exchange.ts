/** Import, export and editing: every write goes through the store in one transaction. */
import { badInput } from '../../model/errors';
import { isLinkType, LINK_TYPES, withoutPersons, type Network } from '../../model/network';
import { readNetworkCsv } from '../../exchange/csv';
import { readNetworkJson } from '../../exchange/json';
import { validateNetwork, type ParseResult } from '../../model/parse-network';
import type { ImportMode } from '../../neo4j/network-store';
import type { Context } from '../context';
import { oneOf } from './arguments';

interface ImportArgs {
  readonly mode: ImportMode;
  readonly importId?: string | null;
}

const orUndefined = <T>(value: T | null | undefined): T | undefined => value ?? undefined;

interface Upload {
  text(): Promise<string>;
}

/** yoga's uploads are File objects of its own fetch implementation, so test the shape, not the class. */
const isUpload = (value: unknown): value is Upload =>
  typeof value === 'object' && value !== null && typeof (value as Partial<Upload>).text === 'function';

/** The text of an uploaded file; the File scalar lets any value through, so check it is one. */
async function uploadText(value: unknown, field: string): Promise<string> {
  if (!isUpload(value)) {
    throw badInput([{ record: 'upload', field, message: 'must be an uploaded file (a multipart request), not a value' }], 'The import was refused');
  }
  return value.text();
}

function accept(result: ParseResult): Network {
  if (!result.ok) throw badInput(result.problems, 'The import was refused and nothing was written');
  return result.network;
}

export const exchangeResolvers = {
  Query: {
    exportNetwork: async (_: unknown, args: { persons: boolean }, { store }: Context) => {
      const network = await store.exportNetwork();
      return args.persons ? network : withoutPersons(network);
    },
  },
  Mutation: {
    importNetwork: async (_: unknown, args: ImportArgs & { network: unknown }, { store, editor }: Context) =>
      store.importNetwork(accept(validateNetwork(args.network)), args.mode, await editor(), orUndefined(args.importId)),
    importNetworkFile: async (_: unknown, args: ImportArgs & { file: unknown }, { store, editor }: Context) =>
      store.importNetwork(accept(readNetworkJson(await uploadText(args.file, 'file'))), args.mode, await editor(), orUndefined(args.importId)),
    importCsv: async (_: unknown, args: ImportArgs & { actors: unknown; links: unknown }, { store, editor }: Context) => {
      const [actors, links] = await Promise.all([uploadText(args.actors, 'actors'), uploadText(args.links, 'links')]);
      return store.importNetwork(accept(readNetworkCsv(actors, links)), args.mode, await editor(), orUndefined(args.importId));
    },
    upsertActor: async (_: unknown, args: { actor: unknown; expectedVersion?: number | null }, { store, editor }: Context) =>
      (await store.upsertActor(args.actor, await editor(), orUndefined(args.expectedVersion))).actor,
    deleteActor: async (_: unknown, args: { id: string; expectedVersion?: number | null }, { store, editor }: Context) => {
      const { actor, links } = await store.deleteActor(args.id, await editor(), orUndefined(args.expectedVersion));
      return { id: actor.id, name: actor.name, removedLinks: links };
    },
    addLink: async (_: unknown, args: { link: unknown }, { store, editor }: Context) => store.addLink(args.link, await editor()),
    erasePerson: async (_: unknown, args: { name: string }, { store, editor }: Context) => store.erasePerson(args.name, await editor()),
    undoChange: async (_: unknown, args: { id: string }, { store, editor }: Context) => store.undoChange(args.id, await editor()),
    removeLink: async (_: unknown, args: { from: string; to: string; type: string }, { store, editor }: Context) => {
      const [type] = oneOf('removeLink', 'type', [args.type], isLinkType, Object.keys(LINK_TYPES));
      if (type === undefined) throw badInput([{ record: 'removeLink', field: 'type', message: 'is required' }]);
      return store.removeLink(args.from, args.to, type, await editor());
    },
  },
};
