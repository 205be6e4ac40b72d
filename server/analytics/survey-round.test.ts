import { describe, expect, it } from 'vitest';

import { SURVEY_ROUND_NETWORK as NETWORK, SURVEY_ROUND_TIES as TIES } from '../../test/fixtures/survey-round';
import { surveyRoundFigures } from './survey-round';

// The round is described in the fixture. Islands, by hand: with the default rule a group of 3
// needs all three members in one domain, of 4 three, of 5 or more four. Only EZ has three
// (ez1, ez2, x; none in the region), and every group holding all three has at least as many
// links leaving it as inside it (E–I ≥ 0 > −0.5), before and after. So no islands anywhere.

describe('surveyRoundFigures', () => {
  it('gives the whole network without the round, and with all its answers', () => {
    // Before: 6 actors (the forum is no node), links sz1–sz2, ez1–ez2, sz2–o1 (the forum),
    // sz2–x, ez2–o1 = 5, one component. E–I: E = sz2–o1, sz2–x, ez2–o1 = 3, I = 2 → 1/5.
    // SZ–EZ pairs 2·3 = 6 within two steps: sz1–x (via sz2); sz2–x, sz2–ez2 (via o1) → 3/6.
    // After: + sz1–ez1, sz2–ez2, o1–x = 8 links; E = 6, I = 2 → 1/2. Every SZ–EZ pair is within
    // two steps: sz1–ez1 linked, sz1–ez2 via ez1, sz1–x via sz2; sz2–ez2, sz2–x linked,
    // sz2–ez1 via sz1 → 6/6. New pairs: SZ–EZ sz1–ez1, sz2–ez2; EZ–ONDERWIJS x–o1.
    expect(surveyRoundFigures(NETWORK, 'r1', TIES)).toEqual({
      before: { actors: 6, links: 5, components: 1, eiIndex: 0.2, szEzWithinTwoSteps: 0.5, islands: 0 },
      after: { actors: 6, links: 8, components: 1, eiIndex: 0.5, szEzWithinTwoSteps: 1, islands: 0 },
      newLinksPerDomainPair: [
        { domains: ['SZ', 'EZ'], count: 2 },
        { domains: ['EZ', 'ONDERWIJS'], count: 1 },
      ],
    });
  });

  it("cuts the network to the round's region as analyze --region does", () => {
    // Without x: 5 actors, links sz1–sz2, ez1–ez2, sz2–o1, ez2–o1 = 4; E = 2, I = 2 → 0.
    // SZ–EZ pairs 2·2 = 4: only sz2–ez2 (via o1) → 1/4. After: o1–x falls away (x is not in the
    // region), + sz1–ez1, sz2–ez2 = 6 links, E = 4, I = 2 → 1/3; all four pairs within two steps.
    const figures = surveyRoundFigures(NETWORK, 'r1', TIES, { region: 'twente' });
    expect(figures).toEqual({
      before: { actors: 5, links: 4, components: 1, eiIndex: 0, szEzWithinTwoSteps: 0.25, islands: 0 },
      after: { actors: 5, links: 6, components: 1, eiIndex: 1 / 3, szEzWithinTwoSteps: 1, islands: 0 },
      newLinksPerDomainPair: [{ domains: ['SZ', 'EZ'], count: 2 }],
    });
  });

  it("keeps every link that is not the round's, and without answers changes nothing", () => {
    // For round r0, sz1–ez1 (r1's) stays and ez2–o1 (r0's) goes: links sz1–sz2, ez1–ez2, sz2–o1,
    // sz2–x, sz1–ez1 = 5; E = 3, I = 2 → 1/5. SZ–EZ: sz1–ez1 linked, sz1–ez2 via ez1, sz1–x via
    // sz2, sz2–x linked, sz2–ez1 via sz1 → 5/6.
    const figures = surveyRoundFigures(NETWORK, 'r0', []);
    expect(figures.before).toEqual({ actors: 6, links: 5, components: 1, eiIndex: 0.2, szEzWithinTwoSteps: 5 / 6, islands: 0 });
    expect(figures.after).toEqual(figures.before);
    expect(figures.newLinksPerDomainPair).toEqual([]);
  });
});
