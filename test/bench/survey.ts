/**
 * Bench section `survey` (issue 17), on the generated network of 20,000 actors and 100,000
 * links (seed 1, the forums section's size):
 * - the CSV import of a round: reading and matching 5,000 answers of 200 respondents (names in
 *   other case and spacing, or ids) against every actor, against reading the same file alone;
 * - the round's dashboard figures (`surveyRoundFigures`: the scoped graph without the round's
 *   links, then `networkFigures` before and after its answers) with those answers as the round's
 *   links, against `networkFigures` of the same network's graph, built beforehand.
 */
import { networkFigures } from '../../server/analytics/network-figures';
import { surveyRoundFigures, type SurveyRoundFigures } from '../../server/analytics/survey-round';
import { readSurveyCsv } from '../../server/exchange/survey-csv';
import { scopedGraph } from '../../server/graph/scoped-graph';
import { isForumType, type Actor, type Link } from '../../server/model/network';
import { DEFAULT_SCOPE } from '../../server/model/scope';
import { SURVEY_LINK_TYPES } from '../../server/model/survey';
import { matchSurveyRows, normaliseName, type MatchedAnswer } from '../../server/model/survey-matching';
import { generatedNetwork } from '../helpers/betweenness';
import { fastest, time, type Section } from './timing';

const SIZE = { actors: 20_000, links: 100_000, seed: 1 };
const INPUT = 'generated (20,000 actors, 100,000 links, seed 1)';
const ANSWERS = 5_000;
const RESPONDENTS = 200;
const ROUND = 'bench-round';
const FREQUENCIES = ['wekelijks', 'Monthly', 'per kwartaal', 'JAARLIJKS'] as const;

export async function surveySection(): Promise<Section> {
  const network = generatedNetwork(SIZE.actors, SIZE.links, SIZE.seed);
  const actors = network.actors.filter((actor) => !isForumType(actor.type));
  const respondents = actors.filter((_actor, index) => index % Math.floor(actors.length / RESPONDENTS) === 0).slice(0, RESPONDENTS);
  const text = answersCsv(actors, respondents);

  const rowsRead = readSurveyCsv(text);
  let matched: MatchedAnswer[] = matchSurveyRows(rowsRead, respondents, network.actors);
  const importMs = await time(5, () => (matched = matchSurveyRows(readSurveyCsv(text), respondents, network.actors)));
  const readMs = await time(5, () => readSurveyCsv(text));

  // The round's answers sent: each is a link of the round, and a tie of its dashboard.
  const roundLinks: Link[] = matched.map(({ respondent, partner, type }) => ({ from: respondent, to: partner, type, survey: ROUND }));
  const withRound = { actors: network.actors, links: [...network.links, ...roundLinks] };
  const ties = matched.map(({ respondent, partner, type }) => ({ from: respondent, to: partner, type }));
  let figures: SurveyRoundFigures = surveyRoundFigures(withRound, ROUND, ties);
  const roundMs = await fastest(3, () => (figures = surveyRoundFigures(withRound, ROUND, ties)));
  let graph = scopedGraph(withRound, DEFAULT_SCOPE).graph;
  const buildMs = await fastest(1, () => (graph = scopedGraph(withRound, DEFAULT_SCOPE).graph));
  const figuresMs = await fastest(3, () => networkFigures(graph));
  const newPairs = figures.newLinksPerDomainPair.reduce((sum, pair) => sum + pair.count, 0);

  return {
    rows: [
      { figure: 'survey CSV import: read and match 5,000 answers', input: `${INPUT}, ${String(RESPONDENTS)} respondents`, ms: importMs, baseline: 'readSurveyCsv of the same file alone', baselineMs: readMs },
      { figure: 'survey round figures (before and after 5,000 answers)', input: INPUT, ms: roundMs, baseline: 'networkFigures of the same graph, built beforehand', baselineMs: figuresMs },
    ],
    notes: [
      `survey round figures: building the scoped graph takes ${buildMs.toFixed(0)} ms of them, the rest is networkFigures before and after`,
      `survey: ${text.length.toLocaleString('en')} characters of CSV, ${String(matched.length)} answers matched; the round adds ${String(newPairs)} new pairs; before ${JSON.stringify(figures.before)}, after ${JSON.stringify(figures.after)}`,
    ],
  };
}

/**
 * A semicolon CSV of answers as Dutch Excel writes it: each respondent names 25 partners drawn
 * across the network, by name (upper case, doubled spaces) where the name is unique, else by id.
 */
function answersCsv(actors: readonly Actor[], respondents: readonly Actor[]): string {
  const nameCount = new Map<string, number>();
  for (const { name } of actors) nameCount.set(normaliseName(name), (nameCount.get(normaliseName(name)) ?? 0) + 1);
  const label = (actor: Actor): string => (nameCount.get(normaliseName(actor.name)) === 1 ? actor.name.toUpperCase().replace(/ /gu, '  ') : actor.id);
  const lines = ['Respondent;Partner;Soort;Frequentie;Belang'];
  const perRespondent = ANSWERS / respondents.length;
  respondents.forEach((respondent, r) => {
    for (let k = 0; k < perRespondent; k++) {
      // Strides of 797 spread one respondent's partners over the network without repeating one.
      const drawn = (r * 131 + (k + 1) * 797) % actors.length;
      const partner = actors[actors[drawn] === respondent ? (drawn + 1) % actors.length : drawn] ?? respondent;
      const cells = [label(respondent), label(partner), SURVEY_LINK_TYPES[k % SURVEY_LINK_TYPES.length] ?? 'samenwerking', FREQUENCIES[k % FREQUENCIES.length] ?? 'wekelijks', String((k % 5) + 1)];
      lines.push(cells.map((cell) => `"${cell}"`).join(';'));
    }
  });
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
