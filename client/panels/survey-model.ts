/**
 * What a survey round's dashboard says, apart from the DOM: the response rate in words, the
 * reciprocity sentence, the new links per domain pair (SZ–EZ first, the pair the map is about),
 * the network's figures before and after the round with their direction, and the personal links
 * as one text to copy. Pure functions of the API's answer, so the unit test reads them directly.
 */
import type { DashboardFigures, SurveyLink } from '../api/operations/survey';
import { DOMAINS, type Domain } from '../api/operations/operation';
import { formatNumber, t, vocabulary } from '../i18n/i18n';

/** A share (0–1) as "60 %" in Dutch, "60%" in English: one decimal only when it is not whole. */
export const sharePercent = (share: number): string => t('survey.percent', { value: formatNumber(Math.round(share * 1000) / 10, 1) });

/** "3 van 5 (60 %)"; a round without respondents says so. */
export function responseText(sent: number, respondents: number): string {
  if (respondents === 0) return t('survey.noRespondents');
  return t('survey.responseRate', { sent, respondents, percent: sharePercent(sent / respondents) });
}

/** "1 wederzijdse relatie van 2 genoemde", or that nobody named a respondent yet. */
export function reciprocityText(reciprocated: number, named: number): string {
  if (named === 0) return t('survey.noTies');
  return t(reciprocated === 1 ? 'survey.reciprocityOne' : 'survey.reciprocityMany', { reciprocated, named });
}

export interface PairRow {
  readonly label: string;
  readonly count: number;
  /** The row's share of the largest count, for its bar. */
  readonly share: number;
}

const isSzEz = (domains: readonly Domain[]): boolean => domains.length === 2 && domains.includes('SZ') && domains.includes('EZ');

/** The new links per domain pair as labelled rows ("SZ–EZ", domains in the legend's order): SZ–EZ first, then the most links first. */
export function domainPairRows(pairs: readonly { readonly domains: readonly Domain[]; readonly count: number }[]): PairRow[] {
  const largest = Math.max(1, ...pairs.map((pair) => pair.count));
  return [...pairs]
    .sort((a, b) => Number(isSzEz(b.domains)) - Number(isSzEz(a.domains)) || b.count - a.count)
    .map((pair) => ({
      label: [...pair.domains].sort((a, b) => DOMAINS.indexOf(a) - DOMAINS.indexOf(b)).map((domain) => vocabulary('domainShort', domain)).join('–'),
      count: pair.count,
      share: pair.count / largest,
    }));
}

export type Direction = 'up' | 'down' | 'same';

export interface FigureRow {
  readonly label: string;
  readonly before: string;
  readonly after: string;
  readonly direction: Direction;
  /** The arrow for the eye; the direction in words is for screen readers. */
  readonly arrow: string;
  readonly directionText: string;
}

const ARROWS: Readonly<Record<Direction, string>> = { up: '↑', down: '↓', same: '→' };

function figureRow(label: string, before: number | null, after: number | null, format: (value: number | null) => string): FigureRow {
  const direction: Direction = before === null || after === null || before === after ? 'same' : after > before ? 'up' : 'down';
  return { label, before: format(before), after: format(after), direction, arrow: ARROWS[direction], directionText: t(`survey.direction.${direction}`) };
}

const count = (value: number | null): string => (value === null ? '–' : formatNumber(value));

/** The network's figures before the round and with all its answers: actors, links, components, SZ–EZ within two steps, islands. */
export function figureRows(before: DashboardFigures, after: DashboardFigures): FigureRow[] {
  return [
    figureRow(t('figures.actors'), before.actors, after.actors, count),
    figureRow(t('figures.links'), before.links, after.links, count),
    figureRow(t('survey.components'), before.components, after.components, count),
    figureRow(t('figures.szEzWithinTwoSteps'), before.szEzWithinTwoSteps, after.szEzWithinTwoSteps, (value) => (value === null ? '–' : sharePercent(value))),
    figureRow(t('figures.islands'), before.islands, after.islands, count),
  ];
}

/** A personal link as a full address: the explorer's own origin before the form's path. */
export const linkUrl = (origin: string, link: Pick<SurveyLink, 'path'>): string => `${origin}${link.path}`;

/** Every link on its own line, "name: address", for "alles kopiëren". */
export const allLinksText = (origin: string, links: readonly SurveyLink[]): string =>
  links.map((link) => `${link.respondent.name}: ${linkUrl(origin, link)}`).join('\n');

/** The default closing day of a new round: two weeks from today (YYYY-MM-DD, UTC). */
export function defaultClosingDay(today: Date): string {
  const day = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + 14));
  return day.toISOString().slice(0, 10);
}
