/**
 * Undoing one write of the audit trail (an admin's tool): the inverse write, refused with
 * CONFLICT when what it would restore has changed since, so an undo never overwrites a later
 * edit. The undo is itself a write with its own audit record; the original is marked undone.
 */
import { badInput, BrugkaartError } from '../model/errors';
import type { Link, Network } from '../model/network';
import { linkOutsideItsActors } from '../model/parse-network';
import { changeFromRow, recordChange, type Change, type Editor } from './audit';
import * as Q from './queries';
import { actorFromRow, labelOf, linkFromRow, linkProps, relationshipType, withoutVersion, writeNetwork, type StoredActor } from './records';
import type { Transaction } from './run';

const changedSince = (change: Change, why: string): BrugkaartError =>
  new BrugkaartError('CONFLICT', `Change ${change.id} (${change.operation} of ${change.target}) cannot be undone: ${why}.`, [
    { record: 'undoChange', field: 'id', message: why },
  ]);

async function lockActor(tx: Transaction, id: string): Promise<StoredActor | undefined> {
  const [row] = await tx.run(Q.LOCK_ACTOR, { id });
  return row === undefined ? undefined : actorFromRow(row['actor']);
}

/** The actor must still be exactly as the change left it. */
async function actorAsLeft(tx: Transaction, change: Change, left: StoredActor): Promise<StoredActor> {
  const current = await lockActor(tx, left.id);
  if (current === undefined) throw changedSince(change, `actor "${left.id}" no longer exists`);
  if (current.version !== left.version) throw changedSince(change, `actor "${left.id}" was changed again since (version ${String(current.version)})`);
  return current;
}

async function recreateLinks(tx: Transaction, links: readonly Link[]): Promise<void> {
  const rows = links.map((link) => ({ from: link.from, to: link.to, relType: relationshipType(link.type), props: linkProps(link) }));
  await tx.run(Q.CREATE_LINKS, { links: rows });
}

/**
 * Contract §8: what an undo brings back must fit the actors' lives as they are now. An actor's
 * dates restored, or a link recreated, may meet dates written since; then the undo is refused
 * like any change built on since.
 */
async function linksStillFit(tx: Transaction, change: Change, ids: readonly string[]): Promise<void> {
  const links = (await tx.run(Q.LINKS_OF_ACTORS, { ids })).map(linkFromRow);
  const ends = [...new Set(links.flatMap((link) => [link.from, link.to]))];
  const actors = (await tx.run(Q.ACTORS_BY_IDS, { ids: ends })).map((row) => actorFromRow(row['actor']));
  const byId = new Map(actors.map((actor) => [actor.id, actor]));
  const [outside] = links.flatMap((link) => linkOutsideItsActors(link, byId, `link ${link.from}|${link.type}|${link.to}`));
  if (outside !== undefined) throw changedSince(change, `${outside.record} would fall outside an actor's life (${outside.field} ${outside.message})`);
}

/** A round's writes hang together (a send confirms other answers' links): they are undone by the round's own actions. */
const SURVEY_OPERATIONS: ReadonlySet<string> = new Set([
  'createSurvey', 'closeSurvey', 'reopenSurvey', 'renewSurveyLinks', 'revokeSurveyLink', 'sendSurveyAnswers',
  'reviewSurveyAnswer', 'matchSurveyAnswer', 'addSurveyAnswerActor', 'importSurveyCsv',
]);

type Inverse = (tx: Transaction, change: Change) => Promise<{ before: unknown; after: unknown; actors: readonly string[] }>;

const INVERSES: Readonly<Record<string, Inverse>> = {
  createActor: async (tx, change) => {
    const created = change.after as StoredActor;
    const current = await actorAsLeft(tx, change, created);
    const [links] = await tx.run(Q.LINKS_OF_ACTORS, { ids: [created.id] });
    if (links !== undefined) throw changedSince(change, `actor "${created.id}" has links since; remove them first`);
    await tx.run(Q.DELETE_ACTOR, { id: created.id });
    return { before: current, after: undefined, actors: [created.id] };
  },
  updateActor: async (tx, change) => {
    const earlier = change.before as StoredActor;
    const current = await actorAsLeft(tx, change, change.after as StoredActor);
    const [row] = await tx.run(Q.UPSERT_ACTOR, { props: { ...withoutVersion(earlier) }, label: labelOf(earlier.type), version: current.version + 1 });
    await linksStillFit(tx, change, [earlier.id]);
    return { before: current, after: actorFromRow(row?.['actor']), actors: [earlier.id] };
  },
  deleteActor: async (tx, change) => {
    const { actor, links } = change.before as { actor: StoredActor; links: Link[] };
    if ((await lockActor(tx, actor.id)) !== undefined) throw changedSince(change, `an actor with id "${actor.id}" exists again`);
    await writeNetwork(tx, { actors: [withoutVersion(actor)], links });
    await tx.run(Q.SET_VERSIONS, { actors: [{ id: actor.id, version: actor.version + 1 }] });
    await linksStillFit(tx, change, [actor.id]);
    return { before: undefined, after: change.before, actors: [actor.id, ...links.flatMap((link) => [link.from, link.to])] };
  },
  addLink: async (tx, change) => {
    const link = change.after as Link;
    const [row] = await tx.run(Q.REMOVE_ONE_LINK, { from: link.from, to: link.to, relType: relationshipType(link.type) });
    if (Number(row?.['removed'] ?? 0) === 0) throw changedSince(change, 'the link no longer exists');
    return { before: link, after: undefined, actors: [link.from, link.to] };
  },
  removeLink: async (tx, change) => {
    const links = change.before as Link[];
    await recreateLinks(tx, links);
    await linksStillFit(tx, change, [...new Set(links.flatMap((link) => [link.from, link.to]))]);
    return { before: undefined, after: links, actors: links.flatMap((link) => [link.from, link.to]) };
  },
  importNetwork: async (tx, change) => {
    const after = change.after as { mode: 'ADD' | 'REPLACE'; actorIds: string[] };
    if (after.mode === 'ADD') {
      const rows = await tx.run(Q.ACTORS_BY_IDS, { ids: after.actorIds });
      const edited = rows.map((row) => actorFromRow(row['actor'])).find((actor) => actor.version > 1);
      if (edited !== undefined) throw changedSince(change, `imported actor "${edited.id}" was edited since`);
      await tx.run(Q.DELETE_ACTORS_BY_IDS, { ids: after.actorIds });
      return { before: { actorIds: after.actorIds }, after: undefined, actors: [] };
    }
    const [latest] = await tx.run(Q.LATEST_CHANGE_ID);
    if (latest?.['id'] !== change.id) throw changedSince(change, 'the network was changed after this import');
    await tx.run(Q.DELETE_ALL_ACTORS);
    await writeNetwork(tx, change.before as Network);
    return { before: { actorIds: after.actorIds }, after: { restored: (change.before as Network).actors.length }, actors: [] };
  },
};

/** Undoes the change with this id in the caller's transaction; returns the change undone. */
export async function undoChangeIn(tx: Transaction, id: string, editor: Editor): Promise<Change> {
  const [row] = await tx.run(Q.FIND_CHANGE, { id });
  if (row === undefined) {
    throw new BrugkaartError('NOT_FOUND', `No change has id "${id}".`, [{ record: 'undoChange', field: 'id', message: `no change has id "${id}"` }]);
  }
  const change = changeFromRow(row['change']);
  if ((row['change'] as { undone?: boolean }).undone === true) throw changedSince(change, 'it was undone already');
  if (SURVEY_OPERATIONS.has(change.operation)) {
    const message = `${change.operation} is a change of a survey round; use the round's own actions instead (reviewSurveyAnswer to accept or reject an answer and its link, closeSurvey, reopenSurvey, revokeSurveyLink)`;
    throw badInput([{ record: 'undoChange', field: 'id', message }], 'The undo was refused');
  }
  const inverse = INVERSES[change.operation];
  if (inverse === undefined) {
    throw badInput([{ record: 'undoChange', field: 'id', message: `${change.operation} cannot be undone` }], 'The undo was refused');
  }
  const done = await inverse(tx, change);
  await tx.run(Q.MARK_UNDONE, { id });
  await recordChange(tx, editor, `undo:${change.operation}`, change.target, [...new Set(done.actors)], done.before, done.after);
  await tx.run(Q.BUMP_VERSION);
  return change;
}
