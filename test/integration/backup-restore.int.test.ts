/**
 * Backup while the server runs and writes go on; restore into an empty database only, and
 * only from an intact file (checksum).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, expect, it } from 'vitest';

import type { App } from '../../server/app';
import type { BackupFile } from '../../server/backup/backup-file';
import { exportNetwork, graphql, startTestApp } from '../helpers/app';
import { runCommand } from '../helpers/cli';
import { startTestNeo4j, type TestNeo4j } from '../helpers/neo4j';
import { sharedTestNeo4j, type SharedNeo4j } from '../helpers/shared-neo4j';

let source: SharedNeo4j;
/** Its own: a restore needs a second, empty database. */
let target: TestNeo4j;
let app: App;
const folder = mkdtempSync(path.join(tmpdir(), 'brugkaart-backup-'));
const file = path.join(folder, 'backup.json');

beforeAll(async () => {
  [source, target] = await Promise.all([sharedTestNeo4j(), startTestNeo4j()]);
  app = await startTestApp(source);
});

afterAll(async () => {
  await app.close();
  await target.dispose();
  rmSync(folder, { recursive: true, force: true });
});

/** Runs `npm run --silent COMMAND -- FILE` against one database. */
const run = (command: 'backup' | 'restore', database: SharedNeo4j, argument: string): Promise<{ code: number; stderr: string }> =>
  runCommand(command, [argument], database);

const ROUND = `query($id: ID!) { survey(id: $id) {
  title closesOn createdAt respondents { actor { id } contact sentAt savedAt linkRevoked }
  answers { respondent { id } partner { id } partnerName state origin link { source unconfirmed survey } }
} }`;

it('writes a consistent backup while edits go on, and restores it exactly into an empty database', async () => {
  const upsert = 'mutation($a: ActorInput!) { upsertActor(actor: $a) { id } }';
  // A survey round with a sent answer: rounds, respondents and answers are in the backup too.
  for (const id of ['enquete-a', 'enquete-b']) await graphql(app, upsert, { a: { id, name: `Enquête ${id}`, type: 'werkgever', domain: 'EZ' } });
  const created = await graphql<{ createSurvey: { survey: { id: string }; links: { respondent: { id: string }; token: string }[] } }>(
    app,
    'mutation($s: SurveyInput!) { createSurvey(survey: $s) { survey { id } links { respondent { id } token } } }',
    { s: { title: 'Voor de backup', closesOn: new Date().toISOString().slice(0, 10), respondents: [{ actor: 'enquete-a', contact: 'Piet' }, { actor: 'enquete-b' }] } },
  );
  const round = created.data?.createSurvey;
  const tokenOfA = round?.links.find((link) => link.respondent.id === 'enquete-a')?.token ?? '';
  const tokenOfB = round?.links.find((link) => link.respondent.id === 'enquete-b')?.token ?? '';
  const sent = await graphql(
    app,
    'mutation($t: String!, $a: [FormAnswerInput!]!) { saveSurveyAnswers(token: $t, answers: $a, send: true) { sentAt } }',
    { t: tokenOfA, a: [{ partner: 'enquete-b', type: 'samenwerking', frequency: 'WEEKLY', importance: 4 }, { partnerName: 'Nog onbekend', type: 'advies', frequency: 'YEARLY', importance: 1 }] },
    null,
  );
  expect(sent.errors).toBeUndefined();
  const roundBefore = await graphql(app, ROUND, { id: round?.survey.id });
  const before = { id: 'voor-backup', name: 'Voor de backup', type: 'programma', domain: 'OVERIG' };
  await graphql(app, upsert, { a: before });
  await graphql(app, upsert, { a: { ...before, name: 'Voor de backup, gewijzigd' } });
  const edits = Array.from({ length: 20 }, (_, i) =>
    graphql(app, upsert, { a: { id: `tijdens-backup-${String(i)}`, name: `Tijdens backup ${String(i)}`, type: 'werkgever', domain: 'EZ' } }),
  );
  const [backup, ...results] = await Promise.all([run('backup', source, file), ...edits]);
  expect(backup.code, backup.stderr).toBe(0);
  expect(results.every((result) => result.errors === undefined)).toBe(true);

  const written = JSON.parse(readFileSync(file, 'utf8')) as BackupFile;
  expect(written.checksum).toMatch(/^sha256:[0-9a-f]{64}$/);
  const ids = new Set(written.content.actors.map((actor) => actor.id));
  expect(written.content.links.every((link) => ids.has(link.from) && ids.has(link.to))).toBe(true);

  const restored = await run('restore', target, file);
  expect(restored.code, restored.stderr).toBe(0);
  const targetApp = await startTestApp(target, { seed: false });
  try {
    const { actors, links } = written.content;
    expect(await exportNetwork(targetApp)).toEqual({ actors: actors.map(({ version: _v, ...actor }) => actor), links });
    const restoredActor = await graphql<{ actor: { version: number; history: { operation: string }[] } }>(
      targetApp,
      '{ actor(id: "voor-backup") { version history { operation } } }',
    );
    expect(restoredActor.data?.actor).toEqual({ version: 2, history: [{ operation: 'updateActor' }, { operation: 'createActor' }] });
    expect(await graphql(targetApp, ROUND, { id: round?.survey.id })).toEqual(roundBefore);
    // The links keep working: their hashes came along.
    const form = await graphql<{ surveyForm: { respondent: { id: string } } }>(targetApp, 'query($t: String!) { surveyForm(token: $t) { respondent { id } } }', { t: tokenOfB }, null);
    expect(form.data?.surveyForm.respondent.id).toBe('enquete-b');
  } finally {
    await targetApp.close();
  }
});

it('refuses to restore into a database that holds a network', async () => {
  const again = await run('restore', target, file);
  expect(again.code).toBe(1);
  expect(again.stderr).toMatch(/already holds a network/);
});

it('refuses a damaged backup before touching the database', async () => {
  const damaged = path.join(folder, 'damaged.json');
  writeFileSync(damaged, readFileSync(file, 'utf8').replace('"Tijdens backup 3"', '"Tijdens backup 33"'));
  const result = await run('restore', source, damaged);
  expect(result.code).toBe(1);
  expect(result.stderr).toMatch(/checksum does not match/);
});
