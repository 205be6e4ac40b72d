/**
 * Contract §8: when an actor or a link is present. `since` and `until` are ISO dates at the
 * precision the sources give (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`); a partial `since` means the
 * first day of its year or month, a partial `until` the last; both ends are inclusive and a
 * missing end is open.
 *
 * Every comparison here is one of strings, without making dates: an ISO day compares with a
 * partial `since` by plain string order ('2021-03-05' ≥ '2021' and ≥ '2021-03', and
 * '2020-12-31' < '2021'), and with a partial `until` after being cut to the until's precision
 * ('2021-12-31' cut to '2021' ≤ '2021'). The store's Cypher uses the same two rules
 * (`$at >= x.since`, `left($at, size(x.until)) <= x.until`), so the database and the analytics
 * agree on every day.
 */

/** A period in the contract's terms: either end may be left open. */
export interface Dated {
  readonly since?: string | undefined;
  readonly until?: string | undefined;
}

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar date at any of the three precisions: 2023-02-30 and 2023-13 are not. */
export function isCalendarDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (match === null) return false;
  const [, year, month, day] = match.map(Number) as [number, number, number | undefined, number | undefined];
  if (month === undefined || Number.isNaN(month)) return true;
  if (month < 1 || month > 12) return false;
  if (day === undefined || Number.isNaN(day)) return true;
  return day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A real calendar day written in full (YYYY-MM-DD): what `at` and `compare` take. */
export const isCalendarDay = (text: string): boolean => ISO_DAY.test(text) && isCalendarDate(text);

/** Why `text` is no day `at` or `compare` can take, or undefined when it is one. */
export const notADay = (text: string): string | undefined => (isCalendarDay(text) ? undefined : `must be a real day as YYYY-MM-DD, got "${text}"`);

/** Whether `day` (YYYY-MM-DD) is on or after the first day of `since`. O(1). */
const startsBy = (since: string, day: string): boolean => day >= since;

/** Whether `day` (YYYY-MM-DD) is on or before the last day of `until`. O(1). */
const lastsTo = (until: string, day: string): boolean => day.slice(0, until.length) <= until;

/**
 * Whether a dated record is present on `day` (contract §8: since ≤ day ≤ until, open ends
 * open). O(1).
 */
export const isPresentOn = (record: Dated, day: string): boolean =>
  (record.since === undefined || startsBy(record.since, day)) && (record.until === undefined || lastsTo(record.until, day));

/** The first day a `since` stands for: `2021` → `2021-01-01`. */
export function firstDayOf(since: string): string {
  if (since.length === 4) return `${since}-01-01`;
  if (since.length === 7) return `${since}-01`;
  return since;
}

/** The last day an `until` stands for: `2021` → `2021-12-31`, `2024-02` → `2024-02-29`. */
export function lastDayOf(until: string): string {
  if (until.length === 4) return `${until}-12-31`;
  if (until.length === 7) {
    const [year, month] = until.split('-').map(Number) as [number, number];
    return `${until}-${String(new Date(Date.UTC(year, month, 0)).getUTCDate())}`;
  }
  return until;
}

/** Whether `until` ends before `since` begins: a period no day is in. */
export const endsBeforeItBegins = ({ since, until }: Dated): boolean =>
  since !== undefined && until !== undefined && lastDayOf(until) < firstDayOf(since);

/**
 * Why a link's period does not fit within an actor's life, or undefined when it does. Each end
 * is compared at the coarser of the two precisions, so a link known only by its year (2022)
 * fits an actor that began in June of that year: the sources date the link no finer than that.
 * An open end of the link is closed by the actor's (a link is present only while both its ends
 * are, §8), so only a link's own dates can fall outside.
 */
export function outsideOf(link: Dated, actor: Dated & { readonly id: string }): { readonly field: 'since' | 'until'; readonly message: string } | undefined {
  const coarse = (a: string, b: string): [string, string] => {
    const length = Math.min(a.length, b.length);
    return [a.slice(0, length), b.slice(0, length)];
  };
  if (link.since !== undefined) {
    if (actor.since !== undefined) {
      const [linkStart, actorStart] = coarse(link.since, actor.since);
      if (linkStart < actorStart) return { field: 'since', message: `${link.since} is before actor "${actor.id}" exists (its since is ${actor.since})` };
    }
    if (actor.until !== undefined) {
      const [linkStart, actorEnd] = coarse(link.since, actor.until);
      if (linkStart > actorEnd) return { field: 'since', message: `${link.since} is after actor "${actor.id}" ends (its until is ${actor.until})` };
    }
  }
  if (link.until !== undefined) {
    if (actor.until !== undefined) {
      const [linkEnd, actorEnd] = coarse(link.until, actor.until);
      if (linkEnd > actorEnd) return { field: 'until', message: `${link.until} is after actor "${actor.id}" ends (its until is ${actor.until})` };
    }
    if (actor.since !== undefined) {
      const [linkEnd, actorStart] = coarse(link.until, actor.since);
      if (linkEnd < actorStart) return { field: 'until', message: `${link.until} is before actor "${actor.id}" exists (its since is ${actor.since})` };
    }
  }
  return undefined;
}
