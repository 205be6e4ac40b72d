/**
 * The network in Neo4j, as domain operations: find and read actors, walk neighbourhoods and
 * shortest paths, export, import (all or nothing) and edit. Statements come from queries.ts;
 * every write also bumps the network version, so cached graphs know they are stale.
 */
import { int } from 'neo4j-driver';

import { isPresentOn } from '../model/dates';
import { badInput, BrugkaartError } from '../model/errors';
import type { Actor, ActorType, Link, LinkType, Network } from '../model/network';
import { linkOutsideItsActors, parseActor, parseLink, type Problem } from '../model/parse-network';
import type { Region, Source } from '../model/reference';
import { readHistory, recordChange, type Change, type Editor } from './audit';
import { erasePersonIn, type Erasure } from './erasure';
import { undoChangeIn } from './undo';
import * as Q from './queries';
import {
  actorFromRow,
  chunks,
  labelOf,
  linkFromRow,
  linkProps,
  readNetwork,
  relationshipType,
  withoutVersion,
  writeNetwork,
  type StoredActor,
  type WriteOptions,
} from './records';
import type { Database, Row, Transaction } from './run';

export type { Change, Editor, Erasure, StoredActor };

export interface ActorFilter {
  readonly types?: readonly ActorType[] | undefined;
  readonly domains?: readonly string[] | undefined;
  readonly region?: string | undefined;
  /** Words matched against the start of words in the name ("leid" finds Leiden). */
  readonly text?: string | undefined;
  /** Contract §8: only actors present on this day (YYYY-MM-DD, checked by the caller). */
  readonly at?: string | undefined;
}

/**
 * Where a page of actors ends, so the next can start right after it: the sort key of its last
 * actor (name and id; with a text search, the match score first).
 */
export interface ActorPosition {
  readonly name: string;
  readonly id: string;
  readonly score?: number | undefined;
}

export interface ActorPage {
  readonly actors: readonly StoredActor[];
  /** The position of the last actor of the page; undefined for an empty page. */
  readonly end: ActorPosition | undefined;
  /** Whether more actors match after this page. */
  readonly hasNext: boolean;
}

export interface PageRequest {
  /** Start after this position (cursor paging); else at the first actor. */
  readonly after?: ActorPosition | undefined;
  /** Actors to skip (after `after`, when given). */
  readonly offset: number;
  readonly limit: number;
}

export type ImportMode = 'ADD' | 'REPLACE';

type StoredRecord = Readonly<Record<string, unknown>>;

/** Survey rounds, respondents (with their token hashes, so links keep working) and answers, as stored. */
export interface StoredSurveys {
  readonly surveys: readonly StoredRecord[];
  readonly respondents: readonly StoredRecord[];
  readonly answers: readonly StoredRecord[];
}

/** What a backup holds; `surveys` is absent from backups made before survey rounds existed. */
export interface StoredContent {
  readonly actors: readonly StoredActor[];
  readonly links: readonly Link[];
  /** Audit records as stored: before/after are JSON text. */
  readonly changes: readonly StoredRecord[];
  readonly surveys?: StoredSurveys;
}

export interface ImportSummary {
  readonly mode: ImportMode;
  readonly actors: number;
  readonly links: number;
  /** True when this import id was loaded before and nothing was loaded now. */
  readonly repeated: boolean;
}

/**
 * Builds a Lucene prefix query from user text; every special character is escaped. `AND`: every
 * word must match (a search as one types); `OR`: any word may, the best matches scoring highest.
 */
function toPrefixQuery(text: string, join: 'AND' | 'OR' = 'AND'): string | undefined {
  const words = text
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word))
    .slice(0, 10)
    .map((word) => `${word.slice(0, 100).replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, '\\$&')}*`);
  return words.length === 0 ? undefined : words.join(` ${join} `);
}

const filterParams = (filter: ActorFilter): Record<string, unknown> => ({
  types: filter.types ?? null,
  domains: filter.domains ?? null,
  region: filter.region ?? null,
  at: filter.at ?? null,
});

/**
 * Why an actor asked for by id cannot be answered: it does not exist, or it is not present on
 * the day `at` asks about. The one wording neighbourhood and paths share.
 */
function absenceOf(where: { record: string; field: string }, id: string, found: boolean, present: boolean, at: string | undefined): Problem | undefined {
  if (!found) return { ...where, message: `no actor has id "${id}"` };
  if (!present) return { ...where, message: `actor "${id}" is not present on ${at ?? 'that day'}` };
  return undefined;
}

const notFound = (problems: readonly Problem[]): BrugkaartError =>
  new BrugkaartError('NOT_FOUND', problems.map((problem) => `${problem.field}: ${problem.message}`).join('; '), problems);

function conflict(id: string, expected: number, current: number): BrugkaartError {
  const message = `Actor "${id}" was changed by someone else in the meantime (it is at version ${String(current)}; the edit was based on version ${String(expected)}). Reload it and make the change again.`;
  return new BrugkaartError('CONFLICT', message, [{ record: 'actor', field: 'expectedVersion', message: `is ${String(expected)}, but the actor is at version ${String(current)}` }]);
}

/** One problem per actor whose region is no known arbeidsmarktregio. */
export async function regionProblems(tx: Transaction, actors: readonly Actor[], where: (index: number) => string): Promise<Problem[]> {
  const regionIds = new Set((await tx.run(Q.REGION_IDS)).map((row) => row['id']));
  const problems: Problem[] = [];
  actors.forEach((actor, index) => {
    if (actor.region !== undefined && !regionIds.has(actor.region)) {
      problems.push({ record: where(index), field: 'region', message: `unknown arbeidsmarktregio "${actor.region}"` });
    }
  });
  return problems;
}

export class NetworkStore {
  constructor(private readonly db: Database) {}

  async ensureSchema(): Promise<void> {
    await this.db.runSchema(Q.SCHEMA);
  }

  /** Idempotent: regions and sources are merged by id on every start. */
  async loadReferenceData(regions: readonly Region[], sources: readonly Source[]): Promise<void> {
    await this.db.write(async (tx) => {
      await tx.run(Q.MERGE_REGIONS, { regions });
      await tx.run(Q.MERGE_SOURCES, { sources: sources.map((source) => ({ ...source })) });
    });
  }

  /**
   * Loads the seed network on the first start of an empty database, in one transaction with
   * the marker that says it happened: a restart finds the marker and loads nothing.
   */
  async seedIfEmpty(network: Network): Promise<'seeded' | 'already-seeded' | 'not-empty'> {
    return this.db.write(async (tx) => {
      const [state] = await tx.run(Q.SEED_STATE);
      if (state?.['seeded'] === true) return 'already-seeded';
      if (Number(state?.['actors'] ?? 0) > 0) return 'not-empty';
      await writeNetwork(tx, network);
      await tx.run(Q.MARK_SEEDED, { actors: network.actors.length, links: network.links.length });
      await recordChange(tx, { who: 'seed' }, 'seed', 'network', [], undefined, { actors: network.actors.length, links: network.links.length });
      await tx.run(Q.BUMP_VERSION);
      return 'seeded';
    });
  }

  async version(): Promise<number> {
    const [row] = await this.db.read((tx) => tx.run(Q.NETWORK_VERSION));
    return Number(row?.['version'] ?? 0);
  }

  /**
   * One page of the actors matching `filter`, in name order (best match first for a text
   * search). Reads one actor more than the page holds, to tell whether another page follows.
   */
  async findActors(filter: ActorFilter, page: PageRequest): Promise<ActorPage> {
    const text = filter.text === undefined ? undefined : toPrefixQuery(filter.text);
    const { after } = page;
    if (after !== undefined && (after.score !== undefined) !== (text !== undefined)) {
      throw badInput([{ record: 'actors', field: 'after', message: 'is the cursor of another listing (with or without a text search)' }]);
    }
    const params = {
      ...filterParams(filter),
      text: text ?? null,
      afterName: after?.name ?? '',
      afterId: after?.id ?? null,
      afterScore: after?.score ?? null,
      // SKIP and LIMIT need integers; a JS number travels as a float.
      offset: int(page.offset),
      limit: int(page.limit + 1),
    };
    const rows = await this.db.read((tx) => tx.run(text === undefined ? Q.FIND_ACTORS : Q.SEARCH_ACTORS, params));
    const shown = rows.slice(0, page.limit);
    const actors = shown.map((row) => actorFromRow(row['actor']));
    const last = actors.at(-1);
    const score = text === undefined ? undefined : Number(shown.at(-1)?.['score']);
    return { actors, end: last === undefined ? undefined : { name: last.name, id: last.id, score }, hasNext: rows.length > page.limit };
  }

  /** How many actors match `filter`; apart from the pages, so a page never pays for it. */
  async countActors(filter: ActorFilter): Promise<number> {
    const text = filter.text === undefined ? undefined : toPrefixQuery(filter.text);
    const unfiltered = text === undefined && filter.types === undefined && filter.domains === undefined && filter.region === undefined && filter.at === undefined;
    const statement = text !== undefined ? Q.COUNT_SEARCH : unfiltered ? Q.COUNT_ALL_ACTORS : Q.COUNT_ACTORS;
    const [row] = await this.db.read((tx) => tx.run(statement, { ...filterParams(filter), text: text ?? null }));
    return Number(row?.['total'] ?? 0);
  }

  /**
   * The actors whose names share most words with `name`, best first: the candidates a typed
   * name may be matched to. Any word may match, so "Bouwbedrijf Enquêtestad BV" still finds
   * "Bouwbedrijf Enquêtestad".
   */
  async similarlyNamed(name: string, limit: number): Promise<StoredActor[]> {
    const text = toPrefixQuery(name, 'OR');
    if (text === undefined) return [];
    const rows = await this.db.read((tx) => tx.run(Q.SIMILARLY_NAMED, { text, limit: int(limit) }));
    return rows.map((row) => actorFromRow(row['actor']));
  }

  async actorsByIds(ids: readonly string[]): Promise<Map<string, StoredActor>> {
    const rows = await this.db.read((tx) => tx.run(Q.ACTORS_BY_IDS, { ids }));
    return new Map(rows.map((row) => [(row['actor'] as Actor).id, actorFromRow(row['actor'])]));
  }

  /** The links of each actor, both directions, grouped by actor id. */
  async linksOf(ids: readonly string[]): Promise<Map<string, Link[]>> {
    const rows = await this.db.read((tx) => tx.run(Q.LINKS_OF_ACTORS, { ids }));
    const byActor = new Map<string, Link[]>(ids.map((id) => [id, []]));
    for (const row of rows) byActor.get(row['actor'] as string)?.push(linkFromRow(row));
    return byActor;
  }

  /**
   * The actors within `hops` steps of `id` and the links among them; with `at` (a day), only
   * through the actors and links present on it (contract §8). NOT_FOUND when `id` is unknown,
   * or not present on `at`.
   */
  async neighbourhood(id: string, hops: number, at?: string): Promise<Network> {
    return this.db.read(async (tx) => {
      const [start] = await tx.run(Q.ACTORS_BY_IDS, { ids: [id] });
      const startActor = start === undefined ? undefined : actorFromRow(start['actor']);
      const present = startActor !== undefined && (at === undefined || isPresentOn(startActor, at));
      const absence = absenceOf({ record: 'neighbourhood', field: 'id' }, id, startActor !== undefined, present, at);
      if (absence !== undefined) throw notFound([absence]);
      const seen = new Set([id]);
      let frontier = [id];
      for (let hop = 0; hop < hops && frontier.length > 0; hop += 1) {
        const rows = await tx.run(Q.NEIGHBOUR_IDS, { ids: frontier, at: at ?? null });
        frontier = rows.map((row) => row['id'] as string).filter((next) => !seen.has(next));
        for (const next of frontier) seen.add(next);
      }
      const ids = [...seen];
      const actors = (await tx.run(Q.ACTORS_BY_IDS, { ids })).map((row) => actorFromRow(row['actor']));
      const links = (await tx.run(Q.LINKS_AMONG, { ids, at: at ?? null })).map(linkFromRow);
      return { actors, links };
    });
  }

  /**
   * Every shortest path (as actor id sequences) of at most `maxHops` links, [] when none, and
   * the actors on them; one statement. With `at` (a day), only through the actors and links
   * present on it (contract §8). NOT_FOUND names each end that does not exist, or is not
   * present on `at`.
   */
  async shortestPaths(from: string, to: string, maxHops: number, at?: string): Promise<{ paths: string[][]; actors: Map<string, StoredActor> }> {
    const [row] = await this.db.read((tx) => tx.run(Q.ALL_SHORTEST_PATHS, { from, to, maxHops: int(maxHops), at: at ?? null }));
    const ends = [['from', from, row?.['fromFound'], row?.['fromPresent']], ['to', to, row?.['toFound'], row?.['toPresent']]] as const;
    const problems = ends.flatMap(([field, id, found, present]) => absenceOf({ record: 'paths', field }, id, found === true, present === true, at) ?? []);
    if (problems.length > 0) throw notFound(problems);
    if (from === to) return { paths: [[from]], actors: new Map() };
    const paths = (row?.['paths'] as string[][]).sort((a, b) => a.join('\u0000').localeCompare(b.join('\u0000')));
    const actors = ((row?.['actors'] ?? []) as unknown[]).map(actorFromRow);
    return { paths, actors: new Map(actors.map((actor) => [actor.id, actor])) };
  }

  async regions(): Promise<Region[]> {
    const rows = await this.db.read((tx) => tx.run(Q.LIST_REGIONS));
    return rows.map((row) => row['region'] as Region);
  }

  /** How many actors each region has, by region id. */
  async regionActorCounts(): Promise<Map<string, number>> {
    const rows = await this.db.read((tx) => tx.run(Q.REGION_ACTOR_COUNTS));
    return new Map(rows.map((row) => [row['id'] as string, Number(row['actors'])]));
  }

  async sources(ids?: readonly string[]): Promise<Source[]> {
    const rows = await this.db.read((tx) => (ids === undefined ? tx.run(Q.LIST_SOURCES) : tx.run(Q.SOURCES_BY_IDS, { ids })));
    return rows.map((row) => row['source'] as Source);
  }

  /** The whole network in contract form, sorted by id, so two exports of one network are equal. */
  async exportNetwork(): Promise<Network> {
    const { network } = await this.snapshot();
    return { actors: network.actors.map(withoutVersion), links: network.links };
  }

  /** The network with the version it has, read in one transaction so the two agree. */
  async snapshot(): Promise<{ version: number; network: { actors: StoredActor[]; links: Link[] } }> {
    return this.db.read(async (tx) => {
      const [version] = await tx.run(Q.NETWORK_VERSION);
      return {
        version: Number(version?.['version'] ?? 0),
        network: {
          actors: (await tx.run(Q.EXPORT_ACTORS)).map((row) => actorFromRow(row['actor'])),
          links: (await tx.run(Q.EXPORT_LINKS)).map(linkFromRow),
        },
      };
    });
  }

  /**
   * Imports a validated network in one transaction. REPLACE removes the current actors first
   * (the audit trail keeps them); ADD refuses ids that already exist. Unknown regions are
   * refused in both modes. With an `importId`, a repeated import (a retry after a dropped
   * connection) returns the first one's summary and loads nothing. `write` sets the batch size
   * and a progress callback (see `writeNetwork`); a driver retry starts the count again.
   */
  async importNetwork(network: Network, mode: ImportMode, editor: Editor, importId?: string, write: WriteOptions = {}): Promise<ImportSummary> {
    return this.db.writeOnce(async (tx) => {
      if (importId !== undefined) {
        const [earlier] = await tx.run(Q.FIND_IMPORT, { id: importId });
        if (earlier !== undefined) {
          const done = earlier['import'] as { mode: ImportMode; actors: number; links: number };
          return { mode: done.mode, actors: done.actors, links: done.links, repeated: true };
        }
      }
      const problems = await regionProblems(tx, network.actors, (index) => `actors[${String(index)}]`);
      if (mode === 'ADD') {
        const existing = new Set(
          (await tx.run(Q.EXISTING_ACTOR_IDS, { ids: network.actors.map((actor) => actor.id) })).map((row) => row['id']),
        );
        network.actors.forEach((actor, index) => {
          if (existing.has(actor.id)) {
            problems.push({ record: `actors[${String(index)}]`, field: 'id', message: `an actor with id "${actor.id}" already exists` });
          }
        });
      }
      if (problems.length > 0) throw badInput(problems, 'The import was refused and nothing was written');
      const before = mode === 'REPLACE' ? await readNetwork(tx) : undefined;
      if (mode === 'REPLACE') await tx.run(Q.DELETE_ALL_ACTORS);
      await writeNetwork(tx, network, write);
      const summary = { mode, actors: network.actors.length, links: network.links.length };
      if (importId !== undefined) await tx.run(Q.RECORD_IMPORT, { id: importId, ...summary });
      await recordChange(tx, editor, 'importNetwork', 'network', [], before, { ...summary, actorIds: network.actors.map((actor) => actor.id) });
      await tx.run(Q.BUMP_VERSION);
      return { ...summary, repeated: false };
    });
  }

  /**
   * Creates or replaces one actor (every field). With `expectedVersion` (the version the
   * editor started from) the write is refused with CONFLICT when someone else wrote since.
   */
  async upsertActor(input: unknown, editor: Editor, expectedVersion?: number): Promise<{ before: StoredActor | undefined; actor: StoredActor }> {
    const parsed = parseActor(input);
    if (!parsed.ok) throw badInput(parsed.problems, 'The actor was refused');
    const actor = parsed.value;
    return this.db.writeOnce(async (tx) => {
      const problems = await regionProblems(tx, [actor], () => 'actor');
      if (problems.length > 0) throw badInput(problems, 'The actor was refused');
      const [locked] = await tx.run(Q.LOCK_ACTOR, { id: actor.id });
      const before = locked === undefined ? undefined : actorFromRow(locked['actor']);
      const current = before?.version ?? 0;
      if (expectedVersion !== undefined && expectedVersion !== current) throw conflict(actor.id, expectedVersion, current);
      if (before !== undefined && (before.since !== actor.since || before.until !== actor.until)) {
        // Its links were checked against its old dates; the new ones must still hold every one.
        const links = (await tx.run(Q.LINKS_OF_ACTORS, { ids: [actor.id] })).map(linkFromRow);
        const outside = links.flatMap((link) => linkOutsideItsActors(link, new Map([[actor.id, actor]]), `link ${link.from}|${link.type}|${link.to}`));
        if (outside.length > 0) throw badInput(outside, 'The actor was refused: its new dates would leave links outside its life');
      }
      const [row] = await tx.run(Q.UPSERT_ACTOR, { props: { ...actor }, label: labelOf(actor.type), version: current + 1 });
      const after = actorFromRow(row?.['actor']);
      await recordChange(tx, editor, before === undefined ? 'createActor' : 'updateActor', `actor:${actor.id}`, [actor.id], before, after);
      await tx.run(Q.BUMP_VERSION);
      return { before, actor: after };
    });
  }

  /** Deletes an actor and its links (kept in the audit trail); CONFLICT as for upsertActor. */
  async deleteActor(id: string, editor: Editor, expectedVersion?: number): Promise<{ actor: StoredActor; links: number }> {
    return this.db.writeOnce(async (tx) => {
      const [locked] = await tx.run(Q.LOCK_ACTOR, { id });
      if (locked === undefined) {
        throw new BrugkaartError('NOT_FOUND', `No actor has id "${id}".`, [{ record: 'deleteActor', field: 'id', message: `no actor has id "${id}"` }]);
      }
      const actor = actorFromRow(locked['actor']);
      if (expectedVersion !== undefined && expectedVersion !== actor.version) throw conflict(id, expectedVersion, actor.version);
      const [row] = await tx.run(Q.DELETE_ACTOR, { id });
      const links = ((row?.['links'] ?? []) as Row[]).map(linkFromRow);
      const touched = [...new Set([id, ...links.flatMap((link) => [link.from, link.to])])];
      await recordChange(tx, editor, 'deleteActor', `actor:${id}`, touched, { actor, links }, undefined);
      await tx.run(Q.BUMP_VERSION);
      return { actor, links: links.length };
    });
  }

  async addLink(input: unknown, editor: Editor): Promise<Link> {
    const parsed = parseLink(input);
    if (!parsed.ok) throw badInput(parsed.problems, 'The link was refused');
    const link = parsed.value;
    if (link.from === link.to) throw badInput([{ record: 'link', field: 'to', message: `links actor "${link.from}" to itself` }], 'The link was refused');
    return this.db.writeOnce(async (tx) => {
      // Locked (in id order, so two writers never wait on each other crosswise): an edit of an
      // actor's dates cannot slip in between this check and the link.
      const actors = new Map<string, StoredActor>();
      for (const id of [link.from, link.to].sort()) {
        const [locked] = await tx.run(Q.LOCK_ACTOR, { id });
        if (locked !== undefined) actors.set(id, actorFromRow(locked['actor']));
      }
      const missing = (['from', 'to'] as const).filter((field) => !actors.has(link[field]));
      if (missing.length > 0) {
        throw badInput(
          missing.map((field) => ({ record: 'link', field, message: `no actor has id "${link[field]}"` })),
          'The link was refused',
        );
      }
      const outside = linkOutsideItsActors(link, actors, 'link');
      if (outside.length > 0) throw badInput(outside, 'The link was refused: its dates fall outside its actors\' lives');
      const [row] = await tx.run(Q.ADD_LINK, { from: link.from, to: link.to, relType: relationshipType(link.type), props: linkProps(link) });
      const added = { ...(row?.['props'] as object), from: link.from, to: link.to, type: link.type } as Link;
      await recordChange(tx, editor, 'addLink', `link:${link.from}|${link.type}|${link.to}`, [link.from, link.to], undefined, added);
      await tx.run(Q.BUMP_VERSION);
      return added;
    });
  }

  /** Removes the links of `type` between two actors; refuses when there is none. */
  async removeLink(from: string, to: string, type: LinkType, editor: Editor): Promise<number> {
    return this.db.writeOnce(async (tx) => {
      const [row] = await tx.run(Q.REMOVE_LINK, { from, to, relType: relationshipType(type) });
      const removed = ((row?.['removed'] ?? []) as Row[]).map((item) => linkFromRow({ ...item, type }));
      if (removed.length === 0) {
        throw new BrugkaartError('NOT_FOUND', `There is no ${type} link between "${from}" and "${to}".`, [
          { record: 'removeLink', field: 'type', message: `no ${type} link between "${from}" and "${to}"` },
        ]);
      }
      await recordChange(tx, editor, 'removeLink', `link:${from}|${type}|${to}`, [from, to], removed, undefined);
      await tx.run(Q.BUMP_VERSION);
      return removed.length;
    });
  }

  /**
   * Erases a person everywhere, in one transaction: their `person` fields, every mention in
   * actors' and links' texts, and every mention in the audit trail's values. The erasure's own
   * audit record says what was erased without naming the person.
   */
  async erasePerson(name: string, editor: Editor): Promise<Erasure> {
    const checked = parseActor({ id: 'erasure', name, type: 'rol', domain: 'OVERIG', person: name }, 'erasePerson');
    if (!checked.ok) throw badInput(checked.problems.map((problem) => ({ ...problem, field: 'name' })), 'The erasure was refused');
    const person = name.trim();
    if (person.length < 3) throw badInput([{ record: 'erasePerson', field: 'name', message: 'must be at least 3 characters, so no unrelated text is erased' }]);
    return this.db.writeOnce((tx) => erasePersonIn(tx, person, editor));
  }

  /** Undoes one write of the audit trail (see undo.ts); returns the change undone. */
  async undoChange(id: string, editor: Editor): Promise<Change> {
    return this.db.writeOnce((tx) => undoChangeIn(tx, id, editor));
  }

  /** The audit trail of one actor, newest first. */
  async history(id: string, limit: number): Promise<Change[]> {
    return this.db.read((tx) => readHistory(tx, id, limit));
  }

  /** Everything a backup holds, read in one transaction: a consistent picture while writes go on. */
  async backupContent(): Promise<StoredContent> {
    return this.db.read(async (tx) => ({
      actors: (await tx.run(Q.EXPORT_ACTORS)).map((row) => actorFromRow(row['actor'])),
      links: (await tx.run(Q.EXPORT_LINKS)).map(linkFromRow),
      changes: (await tx.run(Q.EXPORT_CHANGES)).map((row) => row['change'] as StoredRecord),
      surveys: {
        surveys: (await tx.run(Q.EXPORT_SURVEYS)).map((row) => row['survey'] as StoredRecord),
        respondents: (await tx.run(Q.EXPORT_RESPONDENTS)).map((row) => row['respondent'] as StoredRecord),
        answers: (await tx.run(Q.EXPORT_SURVEY_ANSWERS)).map((row) => row['answer'] as StoredRecord),
      },
    }));
  }

  /** Restores a backup into a database that holds no actors, in one transaction. */
  async restore(content: StoredContent): Promise<void> {
    await this.db.writeOnce(async (tx) => {
      const [state] = await tx.run(Q.SEED_STATE);
      if (Number(state?.['actors'] ?? 0) > 0) {
        throw new BrugkaartError('CONFLICT', 'The database already holds a network; a backup is only restored into an empty one.');
      }
      await writeNetwork(tx, { actors: content.actors.map(withoutVersion), links: content.links });
      for (const batch of chunks(content.actors)) await tx.run(Q.SET_VERSIONS, { actors: batch.map(({ id, version }) => ({ id, version })) });
      for (const batch of chunks(content.changes)) await tx.run(Q.CREATE_CHANGES, { changes: batch });
      const surveys = content.surveys;
      if (surveys !== undefined) {
        for (const batch of chunks(surveys.surveys)) await tx.run(Q.RESTORE_SURVEYS, { surveys: batch });
        for (const batch of chunks(surveys.respondents)) await tx.run(Q.RESTORE_RESPONDENTS, { respondents: batch });
        for (const batch of chunks(surveys.answers)) await tx.run(Q.CREATE_ANSWERS, { answers: batch });
      }
      await tx.run(Q.BUMP_VERSION);
    });
  }

}
