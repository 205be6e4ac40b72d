/**
 * The report's arithmetic, pure: the national median a region's scorecard stands beside, the
 * links the report counts on its day and scope, and the sources those links cite.
 */
import { isPresentOn } from '../../server/model/dates';
import type { RegionScorecard } from '../api/operations/analytics';
import type { ReportActor, ReportLink, ReportSource } from '../api/operations/report';
import type { AnalysisScope } from '../state/scope';
import { countsLinkType } from '../state/scope';

/** The median of some numbers (the mean of the middle two for an even count); null for none. O(n log n). */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? 0) + upper) / 2;
}

/** The scorecard figures a region is compared on. */
export type ScorecardFigure = 'actors' | 'links' | 'density' | 'eiIndex' | 'szEzWithinTwoSteps' | 'islands';
export const SCORECARD_FIGURES: readonly ScorecardFigure[] = ['actors', 'links', 'density', 'eiIndex', 'szEzWithinTwoSteps', 'islands'];

/**
 * Per figure, the median over the regions that have actors (a region without actors has no
 * density or E–I index to speak of, and would pull every median to zero). Figures a region
 * does not have (null) are left out of that figure's median.
 */
export function nationalMedians(cards: readonly RegionScorecard[]): Record<ScorecardFigure, number | null> {
  const withActors = cards.filter((card) => card.actors > 0);
  const figureMedian = (figure: ScorecardFigure): number | null => median(withActors.flatMap((card) => (card[figure] === null ? [] : [card[figure]])));
  return Object.fromEntries(SCORECARD_FIGURES.map((figure) => [figure, figureMedian(figure)])) as Record<ScorecardFigure, number | null>;
}

/**
 * The distinct links among `actors` that the scope counts on its day: each link is listed
 * under both its ends and is kept once per (from, to, type). O(actors + links).
 */
export function reportLinks(actors: readonly ReportActor[], scope: AnalysisScope): ReportLink[] {
  const ids = new Set(actors.map((actor) => actor.id));
  const links = new Map<string, ReportLink>();
  for (const actor of actors) {
    for (const link of actor.links) {
      if (!ids.has(link.from.id) || !ids.has(link.to.id)) continue;
      if (!countsLinkType(scope, link.type) || (!scope.illustrative && link.illustrative) || (!scope.unconfirmed && link.unconfirmed)) continue;
      if (scope.at !== null && !isPresentOn({ since: link.since ?? undefined, until: link.until ?? undefined }, scope.at)) continue;
      links.set(`${link.from.id}\u0000${link.to.id}\u0000${link.type}`, link);
    }
  }
  return [...links.values()];
}

/** A document or public source the links cite, with the quotes taken from it and the links it documents. */
export interface CitedSource {
  readonly source: ReportSource;
  readonly quotes: readonly { readonly quote: string; readonly link: string }[];
  readonly links: number;
}

export interface Citations {
  /** Known sources (Source records), documents first, then by id. */
  readonly sources: readonly CitedSource[];
  /** Sources named in free text that are no Source record, with the number of links each documents. */
  readonly other: readonly { readonly text: string; readonly links: number }[];
}

/** Every source the links cite, each once, with its quotes. O(links log links). */
export function citations(links: readonly ReportLink[]): Citations {
  const known = new Map<string, { source: ReportSource; quotes: { quote: string; link: string }[]; links: number }>();
  const other = new Map<string, number>();
  for (const link of links) {
    const label = `${link.from.name} – ${link.to.name}`;
    if (link.document !== null) {
      const entry = known.get(link.document.id) ?? { source: link.document, quotes: [], links: 0 };
      entry.links += 1;
      if (link.quote !== null && link.quote !== '' && !entry.quotes.some((item) => item.quote === link.quote)) entry.quotes.push({ quote: link.quote, link: label });
      known.set(link.document.id, entry);
    } else if (link.source !== null && link.source !== '') {
      other.set(link.source, (other.get(link.source) ?? 0) + 1);
    }
  }
  const kindOrder = (kind: string): number => (kind === 'document' ? 0 : 1);
  return {
    sources: [...known.values()].sort((a, b) => kindOrder(a.source.kind) - kindOrder(b.source.kind) || a.source.id.localeCompare(b.source.id, 'nl', { numeric: true })),
    other: [...other].map(([text, count]) => ({ text, links: count })).sort((a, b) => a.text.localeCompare(b.text, 'nl')),
  };
}
