/**
 * The timeline under the map (issue 15): which months it offers, which day a month stands for,
 * and which actors and links are present on a day. Presence follows contract §8 through
 * server/model/dates.ts, the one implementation the server's figures use too, so the map and
 * the figures agree on every day. Pure functions over the graph; no DOM.
 */
import { firstDayOf, isCalendarDay, isPresentOn, lastDayOf } from '../../server/model/dates';
import type { NetworkGraph } from './network-graph';

/** What the map draws on a day: actors, and edges (state/network-graph `edgeKey`). */
export interface Presence {
  readonly nodes: ReadonlySet<string>;
  readonly edges: ReadonlySet<string>;
}

/**
 * The actors present on `day` (YYYY-MM-DD), and the edges one of whose links is present while
 * both its ends are (§8: a link is present only while both its actors are). A suggestion is
 * present with its two ends. O(n + m).
 */
export function presenceOn(graph: NetworkGraph, day: string): Presence {
  const nodes = new Set(graph.filterNodes((_node, attributes) => isPresentOn(attributes, day)));
  const edges = new Set(
    graph.filterEdges((_edge, attributes, source, target) => {
      if (!nodes.has(source) || !nodes.has(target)) return false;
      return attributes.kind === 'suggested' || attributes.periods.some((period) => isPresentOn(period, day));
    }),
  );
  return { nodes, edges };
}

/** The month (YYYY-MM) of the earliest `since` of any actor or link, or null when nothing is dated. O(n + m). */
export function firstDatedMonth(graph: NetworkGraph): string | null {
  let first: string | null = null;
  const consider = (since: string | undefined): void => {
    if (since === undefined) return;
    const month = firstDayOf(since).slice(0, 7);
    if (first === null || month < first) first = month;
  };
  graph.forEachNode((_node, attributes) => consider(attributes.since));
  graph.forEachEdge((_edge, attributes) => {
    for (const period of attributes.periods) consider(period.since);
  });
  return first;
}

/** Every month from `first` (YYYY-MM) through the month of `today` (YYYY-MM-DD), in order; at least today's. */
export function monthsThrough(first: string, today: string): string[] {
  const last = today.slice(0, 7);
  const months: string[] = [];
  let [year, month] = (first <= last ? first : last).split('-').map(Number) as [number, number];
  for (;;) {
    const current = `${String(year)}-${String(month).padStart(2, '0')}`;
    months.push(current);
    if (current >= last) return months;
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
}

/**
 * The day a month stands for: its last day, so whatever began in that month is on the map, but
 * never after today (the timeline does not look ahead).
 */
export const dayOfMonth = (month: string, today: string): string => {
  const last = lastDayOf(month);
  return last < today ? last : today;
};

/** The timeline's position of a day: the index of its month in `months`, clamped to the ends. */
export function monthIndexOf(months: readonly string[], day: string): number {
  const index = months.indexOf(day.slice(0, 7));
  if (index >= 0) return index;
  return day.slice(0, 7) < (months[0] ?? '') ? 0 : months.length - 1;
}

/** The browser's date today (YYYY-MM-DD, its own time zone): where the timeline ends. */
export function localToday(now: Date = new Date()): string {
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `${String(now.getFullYear())}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Whether two days can be compared: both real full days (YYYY-MM-DD), the first before the second. */
export const comparableDays = (from: string, to: string): boolean => isCalendarDay(from) && isCalendarDay(to) && from < to;
