/**
 * Erasing a person (AVG/GDPR art. 17) in the database: person fields, mentions in actors' and
 * links' texts, survey respondents' contacts (a contact that is just the name goes), and
 * mentions in the audit trail's values, all in the caller's transaction.
 */
import { erasePersonFrom, erasureUpdate, FREE_TEXT, mentions } from '../model/erase-person';
import { recordChange, type Editor } from './audit';
import * as Q from './queries';
import type { Transaction } from './run';

/** What erasing a person removed. */
export interface Erasure {
  readonly actors: readonly string[];
  readonly links: number;
  readonly auditRecords: number;
}

/** Erases `person` (already checked to be a usable name). The audit record does not name them. */
export async function erasePersonIn(tx: Transaction, person: string, editor: Editor): Promise<Erasure> {
  const actors = (await tx.run(Q.ACTORS_MENTIONING, { name: person, fields: [...FREE_TEXT] })).map((row) => ({
    id: row['id'] as string,
    props: erasureUpdate(row['props'] as Record<string, unknown>, person),
  }));
  const links = (await tx.run(Q.LINKS_MENTIONING, { name: person, fields: [...FREE_TEXT] })).map((row) => ({
    ref: row['ref'] as string,
    props: erasureUpdate(row['props'] as Record<string, unknown>, person),
  }));
  const rewrite = (text: unknown): string | null => (typeof text === 'string' ? JSON.stringify(erasePersonFrom(JSON.parse(text), person)) : null);
  const parse = (text: unknown): unknown => (typeof text === 'string' ? JSON.parse(text) : null);
  // CONTAINS finds candidates; only a mention in a free-text field is erased.
  const changes = (await tx.run(Q.CHANGES_MENTIONING, { name: person }))
    .filter((row) => mentions(parse(row['before']), person) || mentions(parse(row['after']), person))
    .map((row) => ({ id: row['id'] as string, before: rewrite(row['before']), after: rewrite(row['after']) }));
  // A contact is a person field of a survey's respondent: the same rule as an actor's `person`.
  const contacts = (await tx.run(Q.CONTACTS_MENTIONING, { name: person })).map((row) => ({
    ref: row['ref'] as string,
    contact: (erasePersonFrom({ person: row['contact'] }, person) as { person?: string }).person ?? null,
  }));
  await tx.run(Q.UPDATE_ACTOR_PROPS, { rows: actors });
  await tx.run(Q.UPDATE_CONTACTS, { rows: contacts });
  await tx.run(Q.UPDATE_LINK_PROPS, { rows: links });
  await tx.run(Q.UPDATE_CHANGES, { rows: changes });
  await tx.run(Q.FORGET_WRITES);
  const erasure = { actors: actors.map((actor) => actor.id), links: links.length, auditRecords: changes.length };
  // The Erasure type is the API's; how many survey contacts went is told in the audit record.
  await recordChange(tx, editor, 'erasePerson', 'person', erasure.actors, undefined, { ...erasure, surveyContacts: contacts.length });
  await tx.run(Q.BUMP_VERSION);
  return erasure;
}
