/**
 * Roster surveys over the real API and a real Neo4j (issue 17): what a survey token opens (its
 * own form, nothing else), answering, sending, reciprocity, closing, revoking, the editors'
 * review, match and add, the audit trail and the form's rate limit.
 */
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { App } from '../../server/app';
import { answerSource } from '../../server/model/survey';
import { Database } from '../../server/neo4j/run';
import { SurveyStore } from '../../server/neo4j/survey-store';
import { SMALL_NETWORK } from '../fixtures/small-network';
import { errorCode, exportNetwork, graphql, graphqlUpload, startTestApp, type GraphQLResponse } from '../helpers/app';
import { sharedTestNeo4j, type SharedNeo4j } from '../helpers/shared-neo4j';

let shared: SharedNeo4j;
let app: App;

beforeAll(async () => {
  shared = await sharedTestNeo4j();
  app = await startTestApp(shared, { seed: false });
  const imported = await graphql(app, 'mutation($n: JSON!) { importNetwork(network: $n, mode: REPLACE) { actors } }', { n: SMALL_NETWORK });
  expect(imported.errors).toBeUndefined();
});

afterAll(async () => {
  await app.close();
});

const today = (): string => new Date().toISOString().slice(0, 10);

interface Created {
  readonly id: string;
  readonly tokens: ReadonlyMap<string, string>;
}

const CREATE = `mutation($s: SurveyInput!) {
  createSurvey(survey: $s) { survey { id title status respondents { actor { id } contact } } links { respondent { id } token path } }
}`;

async function createRound(title: string, extra: object = { region: 'holland-rijnland' }): Promise<Created> {
  const response = await graphql<{ createSurvey: { survey: { id: string }; links: { respondent: { id: string }; token: string; path: string }[] } }>(app, CREATE, {
    s: { title, closesOn: today(), ...extra },
  });
  const created = response.data?.createSurvey;
  if (created === undefined || created === null) throw new Error(response.errors?.[0]?.message);
  return { id: created.survey.id, tokens: new Map(created.links.map((link) => [link.respondent.id, link.token])) };
}

function tokenOf(round: Created, actor: string): string {
  const token = round.tokens.get(actor);
  if (token === undefined) throw new Error(`no link for ${actor}`);
  return token;
}

const FORM = '{ title respondent { id name } roster { id name type domain } linkTypes answers { partner partnerName type frequency importance } savedAt sentAt }';
const form = (token: string): Promise<GraphQLResponse<{ surveyForm: { title: string; respondent: { id: string }; roster: { id: string }[]; answers: unknown[]; sentAt: string | null } }>> =>
  graphql(app, `query($t: String!) { surveyForm(token: $t) ${FORM} }`, { t: token }, null);

interface Answer {
  readonly partner?: string;
  readonly partnerName?: string;
  readonly type: string;
  readonly frequency: string;
  readonly importance: number;
}

const save = (token: string, answers: readonly Answer[], send = false): Promise<GraphQLResponse<{ saveSurveyAnswers: { sentAt: string | null; answers: Answer[] } }>> =>
  graphql(app, `mutation($t: String!, $a: [FormAnswerInput!]!, $s: Boolean) { saveSurveyAnswers(token: $t, answers: $a, send: $s) ${FORM} }`, { t: token, a: answers, s: send }, null);

const ANSWERS = `query($id: ID!) { survey(id: $id) {
  answers { id respondent { id } partner { id } partnerName type state origin reciprocated candidates { id } link { from { id } to { id } type source since unconfirmed frequency importance survey } }
  dashboard { respondents sent responseRate notSent { id } namedTies reciprocatedTies reciprocity unmatchedNames }
} }`;

interface AnswerView {
  readonly id: string;
  readonly respondent: { id: string };
  readonly partner: { id: string } | null;
  readonly partnerName: string | null;
  readonly type: string;
  readonly state: string;
  readonly reciprocated: boolean;
  readonly candidates: { id: string }[];
  readonly link: { from: { id: string }; to: { id: string }; type: string; source: string; since: string; unconfirmed: boolean; frequency: string; importance: number; survey: string } | null;
}

async function roundOf(id: string): Promise<{ answers: AnswerView[]; dashboard: Record<string, unknown> }> {
  const response = await graphql<{ survey: { answers: AnswerView[]; dashboard: Record<string, unknown> } }>(app, ANSWERS, { id });
  if (response.data?.survey === undefined || response.data.survey === null) throw new Error(response.errors?.[0]?.message);
  return response.data.survey;
}

const problemOf = (response: GraphQLResponse<unknown>): { record: string; field: string; message: string } | undefined => response.errors?.[0]?.extensions?.problems?.[0];

const WORK = { type: 'samenwerking', frequency: 'MONTHLY', importance: 4 } as const;

describe('a survey token', () => {
  it('opens its own form: the round, its respondent and a roster of names, nothing more', async () => {
    const round = await createRound('Wie werkt met wie?');
    const response = await form(tokenOf(round, 'leiden-wi'));
    expect(response.errors).toBeUndefined();
    const opened = response.data?.surveyForm;
    expect(opened?.title).toBe('Wie werkt met wie?');
    expect(opened?.respondent.id).toBe('leiden-wi');
    // The region's actors, without the respondent itself.
    expect(opened?.roster.map((entry) => entry.id).sort()).toEqual(['board', 'leiden-ez', 'wsp']);
    // A roster entry is a name to recognise: the type has no field that leads into the network.
    const fields = await graphql<{ __type: { fields: { name: string }[] } }>(app, '{ __type(name: "RosterEntry") { fields { name } } }');
    expect(fields.data?.__type.fields.map((field) => field.name).sort()).toEqual(['domain', 'id', 'name', 'type']);
  });

  it('is no access token: as Bearer it reads no actor, no round and no download', async () => {
    const round = await createRound('Geen sleutel tot het netwerk');
    const token = tokenOf(round, 'wsp');
    expect(token).toMatch(/^bks_[A-Za-z0-9_-]{43}$/);
    expect(errorCode(await graphql(app, '{ actors { items { id } } }', {}, token))).toBe('UNAUTHENTICATED');
    expect(errorCode(await graphql(app, 'query($id: ID!) { survey(id: $id) { title } }', { id: round.id }, token))).toBe('UNAUTHENTICATED');
    const download = await fetch(`${app.url}/export/network.json`, { headers: { authorization: `Bearer ${token}` } });
    expect(download.status).toBe(401);
  });

  it("opens only its own round's form, and an unknown token opens none", async () => {
    const first = await createRound('Ronde een');
    const second = await createRound('Ronde twee', { respondents: [{ actor: 'vng' }, { actor: 'eiland' }] });
    expect((await form(tokenOf(first, 'wsp'))).data?.surveyForm.title).toBe('Ronde een');
    const other = await form(tokenOf(second, 'vng'));
    expect(other.data?.surveyForm.title).toBe('Ronde twee');
    expect(other.data?.surveyForm.roster.map((entry) => entry.id)).toEqual(['eiland']);
    const unknown = await form('bks_made-up');
    expect(errorCode(unknown)).toBe('UNAUTHENTICATED');
    expect(problemOf(unknown)).toMatchObject({ record: 'survey', field: 'token' });
  });

  it("saves its own respondent's answers only, and cannot name itself or an actor outside the round", async () => {
    const round = await createRound('Eigen antwoorden');
    const token = tokenOf(round, 'leiden-ez');
    const self = await save(token, [{ ...WORK, partner: 'leiden-ez' }]);
    expect(errorCode(self)).toBe('BAD_USER_INPUT');
    expect(problemOf(self)).toMatchObject({ record: 'answers[0]', field: 'partner' });
    const outside = await save(token, [{ ...WORK, partner: 'board' }, { ...WORK, partner: 'vng' }]);
    expect(problemOf(outside)).toMatchObject({ record: 'answers[1]', field: 'partner', message: expect.stringMatching(/not on this round's list/) as unknown });
    const saved = await save(token, [{ ...WORK, partner: 'board' }]);
    expect(saved.errors).toBeUndefined();
    expect(saved.data?.saveSurveyAnswers.answers).toEqual([{ partner: 'board', partnerName: null, ...WORK }]);
    // A draft is the respondent's own until sent: the round shows no answer yet, and no link exists.
    expect((await roundOf(round.id)).answers).toEqual([]);
    await save(token, [{ ...WORK, partner: 'board' }], true);
    const { answers } = await roundOf(round.id);
    expect(answers.map((answer) => [answer.respondent.id, answer.partner?.id])).toEqual([['leiden-ez', 'board']]);
  });
});

describe('sending', () => {
  it('makes unconfirmed links with their source; a pair that names each other is confirmed on both sides', async () => {
    const round = await createRound('Samenwerking Holland Rijnland');
    const wi = tokenOf(round, 'leiden-wi');
    const sent = await save(wi, [{ partner: 'wsp', type: 'advies', frequency: 'WEEKLY', importance: 5 }, { partnerName: 'Bibliotheek Leiden', type: 'samenwerking', frequency: 'YEARLY', importance: 2 }], true);
    expect(sent.errors).toBeUndefined();
    expect(sent.data?.saveSurveyAnswers.sentAt).not.toBeNull();

    let { answers, dashboard } = await roundOf(round.id);
    const toWsp = answers.find((answer) => answer.partner?.id === 'wsp');
    expect(toWsp?.link).toEqual({
      from: { id: 'leiden-wi' },
      to: { id: 'wsp' },
      type: 'advies',
      source: answerSource('Samenwerking Holland Rijnland', today(), 'Gemeente Leiden – Werk & Inkomen'),
      since: today(),
      unconfirmed: true,
      frequency: 'WEEKLY',
      importance: 5,
      survey: round.id,
    });
    expect(toWsp?.reciprocated).toBe(false);
    const typed = answers.find((answer) => answer.partnerName === 'Bibliotheek Leiden');
    expect(typed?.link).toBeNull();
    expect(dashboard).toMatchObject({ respondents: 4, sent: 1, responseRate: 0.25, namedTies: 1, reciprocatedTies: 0, reciprocity: 0, unmatchedNames: 1 });

    const again = await save(wi, [], true);
    expect(errorCode(again)).toBe('CONFLICT');

    await save(tokenOf(round, 'wsp'), [{ ...WORK, partner: 'leiden-wi' }], true);
    ({ answers, dashboard } = await roundOf(round.id));
    const pair = answers.filter((answer) => answer.partner !== null);
    expect(pair.map((answer) => [answer.respondent.id, answer.link?.unconfirmed, answer.reciprocated])).toEqual([
      ['leiden-wi', false, true],
      ['wsp', false, true],
    ]);
    expect(dashboard).toMatchObject({ sent: 2, responseRate: 0.5, namedTies: 1, reciprocatedTies: 1, reciprocity: 1 });
    expect((dashboard['notSent'] as { id: string }[]).map((actor) => actor.id).sort()).toEqual(['board', 'leiden-ez']);

    // The links are in the network with their source, as any link is.
    const links = await graphql<{ actor: { links: { to: { id: string }; type: string; survey: string | null; unconfirmed: boolean }[] } }>(
      app, '{ actor(id: "wsp") { links { to { id } type survey unconfirmed } } }',
    );
    expect(links.data?.actor.links.filter((link) => link.survey === round.id).map((link) => [link.to.id, link.type, link.unconfirmed])).toEqual([
      ['wsp', 'advies', false],
      ['leiden-wi', 'samenwerking', false],
    ]);
  });

  it('is refused after closeSurvey and works again after reopenSurvey', async () => {
    const round = await createRound('Sluiten en heropenen');
    const token = tokenOf(round, 'board');
    const closed = await graphql<{ closeSurvey: { status: string } }>(app, 'mutation($id: ID!) { closeSurvey(id: $id) { status } }', { id: round.id });
    expect(closed.data?.closeSurvey.status).toBe('CLOSED');
    const refused = await save(token, [{ ...WORK, partner: 'wsp' }], true);
    expect(errorCode(refused)).toBe('FORBIDDEN');
    expect(refused.errors?.[0]?.message).toMatch(/Deze enquêteronde is gesloten/);
    expect(errorCode(await form(token))).toBe('FORBIDDEN');
    expect((await roundOf(round.id)).answers).toEqual([]);

    const reopened = await graphql<{ reopenSurvey: { status: string; closesOn: string } }>(app, 'mutation($id: ID!) { reopenSurvey(id: $id) { status closesOn } }', { id: round.id });
    expect(reopened.data?.reopenSurvey).toEqual({ status: 'OPEN', closesOn: today() });
    expect((await save(token, [{ ...WORK, partner: 'wsp' }], true)).errors).toBeUndefined();
  });

  it('is refused once the closing day has passed', async () => {
    const round = await createRound('Sluitingsdatum voorbij');
    const token = tokenOf(round, 'wsp');
    expect((await form(token)).errors).toBeUndefined();
    // The same database, read by a store whose today is after the closing day.
    const driver = neo4j.driver(shared.uri, neo4j.auth.basic('neo4j', shared.password));
    try {
      const later = new SurveyStore(new Database(driver, 'neo4j'), () => '2999-01-01');
      await expect(later.form(token)).rejects.toMatchObject({ code: 'FORBIDDEN', message: expect.stringMatching(/sluitingsdatum .* is voorbij/) as unknown });
      await expect(later.saveAnswers(token, [{ ...WORK, partner: 'board' }], true)).rejects.toMatchObject({ code: 'FORBIDDEN' });
      const stored = await later.survey(round.id);
      expect(stored === undefined ? undefined : later.status(stored)).toBe('CLOSED');
    } finally {
      await driver.close();
    }
    expect((await roundOf(round.id)).answers).toEqual([]);
  });

  it('is refused with a revoked link, and with the old link once a new one is made', async () => {
    const round = await createRound('Links intrekken');
    const revoked = await graphql(app, 'mutation($id: ID!) { revokeSurveyLink(id: $id, actor: "wsp") { linkRevoked } }', { id: round.id });
    expect(revoked.data).toEqual({ revokeSurveyLink: { linkRevoked: true } });
    const refused = await save(tokenOf(round, 'wsp'), []);
    expect(errorCode(refused)).toBe('UNAUTHENTICATED');
    expect(problemOf(refused)).toMatchObject({ field: 'token' });

    const renewed = await graphql<{ renewSurveyLinks: { respondent: { id: string }; token: string; path: string }[] }>(
      app, 'mutation($id: ID!) { renewSurveyLinks(id: $id, actors: ["wsp", "board"]) { respondent { id } token path } }', { id: round.id },
    );
    const links = renewed.data?.renewSurveyLinks ?? [];
    expect(links.map((link) => link.respondent.id)).toEqual(['wsp', 'board']);
    expect(links[0]?.path).toBe(`/enquete/${links[0]?.token ?? ''}`);
    expect(errorCode(await form(tokenOf(round, 'board')))).toBe('UNAUTHENTICATED');
    expect((await form(links[0]?.token ?? '')).data?.surveyForm.respondent.id).toBe('wsp');
  });

  it('is limited per link: a burst of 20 saves, then RATE_LIMITED', async () => {
    const round = await createRound('Te vaak opslaan');
    const token = tokenOf(round, 'leiden-ez');
    const codes: (string | undefined)[] = [];
    for (let attempt = 0; attempt < 21; attempt += 1) codes.push(errorCode(await save(token, [])));
    expect(codes.slice(0, 20)).toEqual(Array.from({ length: 20 }, () => undefined));
    expect(codes[20]).toBe('RATE_LIMITED');
    // Another respondent's link has a limit of its own.
    expect(errorCode(await save(tokenOf(round, 'board'), []))).toBeUndefined();
  });
});

describe('an editor', () => {
  it('accepts and rejects answers; a rejection undoes the reciprocation it made', async () => {
    const round = await createRound('Beoordelen');
    await save(tokenOf(round, 'leiden-ez'), [{ ...WORK, partner: 'board' }], true);
    await save(tokenOf(round, 'board'), [{ ...WORK, partner: 'leiden-ez' }, { ...WORK, type: 'advies', partner: 'wsp' }], true);
    let { answers } = await roundOf(round.id);
    const fromBoard = answers.find((answer) => answer.respondent.id === 'board' && answer.partner?.id === 'leiden-ez');
    const toWsp = answers.find((answer) => answer.partner?.id === 'wsp');
    const review = 'mutation($id: ID!, $d: SurveyAnswerDecision!) { reviewSurveyAnswer(id: $id, decision: $d) { state link { unconfirmed } } }';

    const rejected = await graphql(app, review, { id: fromBoard?.id, d: 'REJECT' });
    expect(rejected.data).toEqual({ reviewSurveyAnswer: { state: 'REJECTED', link: null } });
    ({ answers } = await roundOf(round.id));
    const fromEz = answers.find((answer) => answer.respondent.id === 'leiden-ez');
    expect([fromEz?.reciprocated, fromEz?.link?.unconfirmed]).toEqual([false, true]);

    const accepted = await graphql(app, review, { id: toWsp?.id, d: 'ACCEPT' });
    expect(accepted.data).toEqual({ reviewSurveyAnswer: { state: 'ACCEPTED', link: { unconfirmed: false } } });
    const again = await graphql(app, review, { id: fromBoard?.id, d: 'ACCEPT' });
    expect(again.data).toEqual({ reviewSurveyAnswer: { state: 'ACCEPTED', link: { unconfirmed: false } } });
  });

  it('matches a typed name to an actor, or adds it, never as a silent duplicate', async () => {
    const round = await createRound('Andere organisaties');
    await save(tokenOf(round, 'wsp'), [
      { ...WORK, partnerName: 'Eiland' },
      { ...WORK, partnerName: '  vng ' },
      { ...WORK, partnerName: 'Bibliotheek Leiden' },
      { ...WORK, partnerName: 'WSP Zuid' },
    ], true);
    const { answers } = await roundOf(round.id);
    const [eiland, vng, bieb] = ['Eiland', 'vng', 'Bibliotheek Leiden'].map((name) => answers.find((answer) => answer.partnerName === name));
    expect(eiland?.candidates.map((actor) => actor.id)).toEqual(['eiland']);
    // Any word of a typed name may match: "Bibliotheek" matches no actor, "Leiden" two.
    expect(bieb?.candidates.map((actor) => actor.id).sort()).toEqual(['leiden-ez', 'leiden-wi']);
    // "WSP" is a word of the respondent's own name; the respondent is never a candidate.
    expect(answers.find((answer) => answer.partnerName === 'WSP Zuid')?.candidates).toEqual([]);

    const matched = await graphql(app, 'mutation($id: ID!) { matchSurveyAnswer(id: $id, actor: "eiland") { state partner { id } partnerName link { to { id } unconfirmed } } }', { id: eiland?.id });
    expect(matched.data).toEqual({ matchSurveyAnswer: { state: 'ACCEPTED', partner: { id: 'eiland' }, partnerName: null, link: { to: { id: 'eiland' }, unconfirmed: false } } });

    // A link made today cannot go to an actor that ended before.
    await graphql(app, 'mutation($a: ActorInput!) { upsertActor(actor: $a) { id } }', { a: { id: 'opgeheven', name: 'Opgeheven Fonds', type: 'oo-fonds', domain: 'OVERIG', until: '2020' } });
    const ended = await graphql(app, 'mutation($id: ID!) { matchSurveyAnswer(id: $id, actor: "opgeheven") { state } }', { id: vng?.id });
    expect(errorCode(ended)).toBe('BAD_USER_INPUT');
    expect(problemOf(ended)).toMatchObject({ record: 'matchSurveyAnswer', field: 'since', message: expect.stringMatching(/after actor "opgeheven" ends/) as unknown });

    const add = 'mutation($id: ID!, $a: ActorInput!) { addSurveyAnswerActor(id: $id, actor: $a) { state partner { id name } link { to { id } } } }';
    const duplicate = await graphql(app, add, { id: vng?.id, a: { id: 'vng-2', name: ' VNG ', type: 'koepel', domain: 'OVERIG' } });
    expect(errorCode(duplicate)).toBe('BAD_USER_INPUT');
    expect(problemOf(duplicate)).toMatchObject({ field: 'actor.name', message: expect.stringContaining('"vng"') as unknown });
    expect((await graphql(app, '{ actor(id: "vng-2") { id } }')).data).toEqual({ actor: null });

    const added = await graphql(app, add, { id: bieb?.id, a: { id: 'bibliotheek-leiden', name: 'Bibliotheek Leiden', type: 'kennisinstelling', domain: 'ONDERWIJS', region: 'holland-rijnland' } });
    expect(added.data).toEqual({ addSurveyAnswerActor: { state: 'ACCEPTED', partner: { id: 'bibliotheek-leiden', name: 'Bibliotheek Leiden' }, link: { to: { id: 'bibliotheek-leiden' } } } });
  });

  it('leaves an audit trail of the round on the actors it touched, which undoChange does not undo', async () => {
    const round = await createRound('Audit');
    await save(tokenOf(round, 'leiden-wi'), [{ ...WORK, partner: 'leiden-ez' }], true);
    const history = await graphql<{ actor: { history: { id: string; who: string; operation: string; target: string }[] } }>(app, '{ actor(id: "leiden-ez") { history(limit: 50) { id who operation target } } }');
    const ofRound = history.data?.actor.history.filter((change) => change.target === `survey:${round.id}`) ?? [];
    expect(ofRound.map((change) => [change.operation, change.who])).toEqual([
      ['sendSurveyAnswers', 'enquête: Gemeente Leiden – Werk & Inkomen'],
      ['createSurvey', 'tests'],
    ]);
    const undo = await graphql(app, 'mutation($id: ID!) { undoChange(id: $id) { id } }', { id: ofRound[0]?.id });
    expect(errorCode(undo)).toBe('BAD_USER_INPUT');
    expect(problemOf(undo)?.message).toMatch(/use the round's own actions/);
  });

  it("erases a person from respondents' contacts with erasePerson", async () => {
    const round = await createRound('Contactpersonen', { respondents: [{ actor: 'vng', contact: 'Jan Jansen' }, { actor: 'eiland', contact: 'Jan Jansen (secretaris)' }] });
    const erased = await graphql(app, 'mutation { erasePerson(name: "Jan Jansen") { actors } }');
    expect(erased.errors).toBeUndefined();
    const contacts = await graphql<{ survey: { respondents: { actor: { id: string }; contact: string | null }[] } }>(
      app, 'query($id: ID!) { survey(id: $id) { respondents { actor { id } contact } } }', { id: round.id },
    );
    expect(contacts.data?.survey.respondents).toEqual([
      { actor: { id: 'eiland' }, contact: '[gewist] (secretaris)' },
      { actor: { id: 'vng' }, contact: null },
    ]);
  });

  it('still shows a round after one of its actors was deleted, without that actor', async () => {
    await graphql(app, 'mutation($a: ActorInput!) { upsertActor(actor: $a) { id } }', { a: { id: 'tijdelijk', name: 'Tijdelijk Project', type: 'werkgever', domain: 'EZ' } });
    const round = await createRound('Met een verdwenen actor', { respondents: [{ actor: 'tijdelijk' }, { actor: 'vng' }, { actor: 'eiland' }] });
    await save(tokenOf(round, 'tijdelijk'), [{ ...WORK, partner: 'vng' }], true);
    await save(tokenOf(round, 'eiland'), [{ ...WORK, partner: 'tijdelijk' }], true);
    expect((await graphql(app, 'mutation { deleteActor(id: "tijdelijk") { id } }')).errors).toBeUndefined();
    const shown = await graphql<{ survey: { respondents: { actor: { id: string } }[]; answers: { respondent: { id: string }; partner: { id: string } | null }[]; dashboard: { notSent: { id: string }[] } } }>(
      app, 'query($id: ID!) { survey(id: $id) { respondents { actor { id } } answers { respondent { id } partner { id } } dashboard { notSent { id } } } }', { id: round.id },
    );
    expect(shown.errors).toBeUndefined();
    expect(shown.data?.survey).toEqual({
      respondents: [{ actor: { id: 'eiland' } }, { actor: { id: 'vng' } }],
      answers: [{ respondent: { id: 'eiland' }, partner: null }],
      dashboard: { notSent: [{ id: 'vng' }] },
    });
  });

  it('lists rounds per region and writes a reminder naming who has not sent', async () => {
    const round = await createRound('Herinnering', { respondents: [{ actor: 'vng', contact: 'secretariaat@vng.example' }, { actor: 'eiland' }, { actor: 'wsp' }] });
    await save(tokenOf(round, 'wsp'), [], true);
    const response = await graphql<{ survey: { region: null; reminder: string; respondents: { actor: { id: string }; contact: string | null }[] } }>(
      app, 'query($id: ID!) { survey(id: $id) { region { id } reminder respondents { actor { id } contact } } }', { id: round.id },
    );
    expect(response.data?.survey.region).toBeNull();
    expect(response.data?.survey.reminder).toMatch(/van Eiland Stichting en VNG\./);
    expect(response.data?.survey.respondents).toContainEqual({ actor: { id: 'vng' }, contact: 'secretariaat@vng.example' });
    const listed = await graphql<{ surveys: { title: string }[] }>(app, '{ surveys(region: "holland-rijnland") { title } }');
    expect(listed.data?.surveys.map((survey) => survey.title)).toContain('Audit');
    expect(listed.data?.surveys.map((survey) => survey.title)).not.toContain('Herinnering');
  });
});

describe('answers from another survey tool', () => {
  const IMPORT = 'mutation($id: ID!, $file: File!) { importSurveyCsv(id: $id, file: $file) { answers links survey { id } } }';
  const upload = (id: string, content: string): Promise<GraphQLResponse<{ importSurveyCsv: { answers: number; links: number } }>> =>
    graphqlUpload(app, IMPORT, { file: { name: 'answers.csv', content } }, { id });

  it('refuses a CSV with unknown names whole, naming every such row, and writes nothing', async () => {
    const round = await createRound('CSV met onbekende namen');
    const before = await exportNetwork(app);
    const csv = [
      'respondent;partner;soort;frequentie;belang',
      'WSP Holland Rijnland;Economic Board;samenwerking;maandelijks;4',
      'wsp;Bakkerij De Korenbloem;advies;jaarlijks;2',
      'Economic Board;Gemeente Leiden – Economie;samenwerking;per kwartaal;3',
      'Onbekende Stichting;wsp;samenwerking;wekelijks;5',
    ].join('\n');
    const refused = await upload(round.id, csv);
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    const problems = refused.errors?.[0]?.extensions?.problems ?? [];
    expect(problems.map((problem) => [problem.record, problem.field])).toEqual([
      ['answers.csv line 3', 'partner'],
      ['answers.csv line 5', 'respondent'],
    ]);
    expect(problems[0]?.message).toMatch(/unknown organisation "Bakkerij De Korenbloem"/);
    expect(await exportNetwork(app)).toEqual(before);
    const { answers, dashboard } = await roundOf(round.id);
    expect(answers).toEqual([]);
    expect(dashboard['sent']).toBe(0);
  });

  it('imports a matching CSV as sent answers with links, reciprocity applied, and shows the round before and after', async () => {
    const respondents = ['wsp', 'leiden-ez', 'board', 'leiden-wi'].map((actor) => ({ actor }));
    const round = await createRound('CSV uit een enquêtetool', { region: 'holland-rijnland', respondents });
    const csv = [
      'respondent,partner,type,frequency,importance',
      'wsp,Gemeente Leiden – Economie,samenwerking,monthly,4',
      'leiden-ez,WSP Holland Rijnland,advies,Quarterly,3',
      'board,eiland,advies,yearly,2',
    ].join('\n');
    const imported = await upload(round.id, csv);
    expect(imported.errors).toBeUndefined();
    expect(imported.data?.importSurveyCsv).toMatchObject({ answers: 3, links: 3 });
    const { answers, dashboard } = await roundOf(round.id);
    expect(answers.map((answer) => [answer.respondent.id, answer.partner?.id, answer.link?.unconfirmed])).toEqual([
      ['board', 'eiland', true],
      ['leiden-ez', 'wsp', false],
      ['wsp', 'leiden-ez', false],
    ]);
    expect(dashboard).toMatchObject({ respondents: 4, sent: 3, responseRate: 0.75, namedTies: 1, reciprocatedTies: 1 });
    const figures = await graphql<{ survey: { dashboard: { before: { actors: number; links: number }; after: { actors: number; links: number }; newLinksPerDomainPair: { count: number }[] } } }>(
      app, 'query($id: ID!) { survey(id: $id) { dashboard { before { actors links } after { actors links } newLinksPerDomainPair { count } } } }', { id: round.id },
    );
    expect(figures.errors).toBeUndefined();
    const dashboardFigures = figures.data?.survey.dashboard;
    // Within Holland Rijnland, wsp–leiden-ez is new (no other test links them; eiland is no actor of the region): one link more.
    expect(dashboardFigures?.after.links).toBe((dashboardFigures?.before.links ?? 0) + 1);
    expect(dashboardFigures?.newLinksPerDomainPair.reduce((sum, pair) => sum + pair.count, 0)).toBe(1);
    const again = await upload(round.id, csv);
    expect(problemOf(again)).toMatchObject({ record: 'answers.csv line 2', field: 'partner' });
  });
});
