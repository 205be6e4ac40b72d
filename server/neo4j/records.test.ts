/**
 * Rows from Neo4j become model records only after the same field checks a file's records pass;
 * a row that breaks them is refused naming the stored record and the field.
 */
import { describe, expect, it } from 'vitest';

import { actorFromRow, linkFromRow, StoredRecordError } from './records';

const storedActor = { id: 'wsp-hr', name: 'WSP Holland Rijnland', type: 'wsp', domain: 'SZ', region: 'holland-rijnland', version: 3 };

function problemsOf(convert: () => unknown): readonly { record: string; field: string; message: string }[] {
  try {
    convert();
  } catch (error) {
    if (error instanceof StoredRecordError) return error.problems;
    throw error;
  }
  throw new Error('the row was accepted');
}

describe('actorFromRow', () => {
  it('keeps the fields of the format and the version, and drops the rest', () => {
    expect(actorFromRow({ ...storedActor, nameKey: 'wsp holland rijnland' })).toEqual(storedActor);
  });

  it('gives version 0 to an actor stored without one', () => {
    const { version: _version, ...withoutVersion } = storedActor;
    expect(actorFromRow(withoutVersion).version).toBe(0);
  });

  it('refuses an unknown actor type, naming the stored actor and the field', () => {
    expect(problemsOf(() => actorFromRow({ ...storedActor, type: 'lobbyclub' }))).toEqual([
      { record: 'stored actor "wsp-hr"', field: 'type', message: expect.stringMatching(/unknown actor type "lobbyclub"/) },
    ]);
  });

  it('refuses a version that is not a whole number', () => {
    expect(problemsOf(() => actorFromRow({ ...storedActor, version: 1.5 }))).toEqual([
      { record: 'stored actor "wsp-hr"', field: 'version', message: 'must be a whole number of writes, got 1.5' },
    ]);
  });

  it('refuses a row that is no record at all', () => {
    expect(problemsOf(() => actorFromRow(null))[0]).toMatchObject({ record: 'stored actor', field: '(record)' });
  });
});

describe('linkFromRow', () => {
  const row = { from: 'wsp-hr', to: 'leiden-ez', type: 'samenwerking', props: { source: 'rap-2024', since: '2021' } };

  it('joins the ends and type with the relationship properties', () => {
    expect(linkFromRow(row)).toEqual({ from: 'wsp-hr', to: 'leiden-ez', type: 'samenwerking', source: 'rap-2024', since: '2021' });
  });

  it('refuses an unknown link type, naming the stored link by its ends', () => {
    expect(problemsOf(() => linkFromRow({ ...row, type: 'vriendschap' }))).toEqual([
      { record: 'stored link "wsp-hr" → "leiden-ez"', field: 'type', message: expect.stringMatching(/unknown link type "vriendschap"/) },
    ]);
  });

  it('refuses a malformed date on the relationship', () => {
    expect(problemsOf(() => linkFromRow({ ...row, props: { since: 'last spring' } }))[0]).toMatchObject({ record: 'stored link "wsp-hr" → "leiden-ez"', field: 'since' });
  });
});
