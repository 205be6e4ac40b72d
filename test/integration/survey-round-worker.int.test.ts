/**
 * The survey round's figures (issue 17's dashboard) come from the analysis worker, read from a
 * real Neo4j: the round's region cut like `analyze --region`, every tie added, the answer kept
 * for the network version and computed again after a write.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { surveyRoundFigures } from '../../server/analytics/survey-round';
import type { App } from '../../server/app';
import type { Network } from '../../server/model/network';
import { startTestApp } from '../helpers/app';
import { sharedTestNeo4j } from '../helpers/shared-neo4j';
import { SURVEY_ROUND_NETWORK, SURVEY_ROUND_TIES } from '../fixtures/survey-round';

/**
 * The fixture as the store holds it before it knows a link's round: without the round's own
 * link (sz1–ez1), which `before` leaves out anyway, so the figures are those worked by hand in
 * server/analytics/survey-round.test.ts.
 */
const STORED: Network = {
  actors: SURVEY_ROUND_NETWORK.actors,
  links: SURVEY_ROUND_NETWORK.links.filter((link) => link.survey !== 'r1').map(({ survey: _survey, ...link }) => ({ ...link, source: 'test' })),
};

let app: App;

beforeAll(async () => {
  app = await startTestApp(await sharedTestNeo4j(), { seed: false });
  await app.store.importNetwork(STORED, 'ADD', { who: 'test' });
}, 180_000);

afterAll(async () => {
  await app.close();
});

describe('surveyRound in the analysis worker', () => {
  it("answers the hand-worked figures of the whole network and of the round's region", async () => {
    const whole = await app.analysis.surveyRound({ survey: 'r1', region: null, ties: SURVEY_ROUND_TIES });
    expect(whole.before).toEqual({ actors: 6, links: 5, components: 1, eiIndex: 0.2, szEzWithinTwoSteps: 0.5, islands: 0 });
    expect(whole.after).toEqual({ actors: 6, links: 8, components: 1, eiIndex: 0.5, szEzWithinTwoSteps: 1, islands: 0 });
    expect(whole).toEqual(surveyRoundFigures(SURVEY_ROUND_NETWORK, 'r1', SURVEY_ROUND_TIES));

    const region = await app.analysis.surveyRound({ survey: 'r1', region: 'twente', ties: SURVEY_ROUND_TIES });
    expect(region.before.actors).toBe(5);
    expect(region.newLinksPerDomainPair).toEqual([{ domains: ['SZ', 'EZ'], count: 2 }]);
    expect(region).toEqual(surveyRoundFigures(SURVEY_ROUND_NETWORK, 'r1', SURVEY_ROUND_TIES, { region: 'twente' }));
  });

  it('keeps the answer for the network version and computes it again after a write', async () => {
    const question = { survey: 'r1', region: null, ties: SURVEY_ROUND_TIES };
    const first = await app.analysis.surveyRound(question);
    const asked = app.analysis.report().questions;
    expect(await app.analysis.surveyRound(question)).toEqual(first);
    expect(app.analysis.report().questions).toBe(asked);

    // x–ez1 makes a sixth link before the round, and makes the answers' o1–x no less new.
    await app.store.addLink({ from: 'x', to: 'ez1', type: 'samenwerking', source: 'test' }, { who: 'test' });
    const changed = await app.analysis.surveyRound(question);
    expect(app.analysis.report().questions).toBe(asked + 1);
    expect(changed.before.links).toBe(6);
    expect(changed.after.links).toBe(9);
  });
});
