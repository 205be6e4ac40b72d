/**
 * Forums (contract §6): the meetings, tables and programmes where actors meet, ranked by how
 * many SZ–EZ pairs meet there and how many meet nowhere else.
 */
import type { ForumMembership, ScopedGraph } from '../graph/scoped-graph';
import { DOMAINS, type Domain } from '../model/network';

/** One forum's figures, in the field order of the contract's report. */
export interface ForumMeasure {
  readonly id: string;
  /** The actors linked to the forum directly, in actor order. */
  readonly members: readonly string[];
  /** Members per domain. */
  readonly domains: Readonly<Record<Domain, number>>;
  /** The number of (SZ member, EZ member) pairs. */
  readonly szEzPairs: number;
  /** Of those pairs, how many share no other forum and have no direct link. */
  readonly onlyBridge: number;
}

/** An SZ–EZ pair: `from` the SZ member, `to` the EZ member. */
export interface ForumPair {
  readonly from: string;
  readonly to: string;
}

/**
 * Per forum: its members, their count per domain, the number of (SZ member, EZ member) pairs,
 * and `onlyBridge`, those pairs that share no other forum and have no direct link: the pairs
 * that meet nowhere else. Most SZ–EZ pairs first, then most `onlyBridge`, then id.
 *
 * How: for each SZ actor s, the number of forums it shares with each EZ actor is counted once
 * over s's forums; a pair of a forum meets only there when that count is 1 and no direct link
 * joins them.
 *
 * Complexity: O(Σ_forums members + Σ_{SZ actor s} Σ_{forum F ∋ s} |EZ members of F|).
 */
export function forumMeasures(scoped: ScopedGraph): ForumMeasure[] {
  const domainOf = (id: string): Domain | undefined => (scoped.graph.hasNode(id) ? scoped.graph.getNodeAttribute(id, 'domain') : undefined);
  const pairs = new Map<string, number>();
  const only = new Map<string, number>();
  forEachSzEzPair(scoped, domainOf, (forum, _pair, meetsOnlyHere) => {
    pairs.set(forum, (pairs.get(forum) ?? 0) + 1);
    if (meetsOnlyHere) only.set(forum, (only.get(forum) ?? 0) + 1);
  });
  return scoped.forums
    .map(({ id, members }) => ({ id, members, domains: countDomains(members, domainOf), szEzPairs: pairs.get(id) ?? 0, onlyBridge: only.get(id) ?? 0 }))
    .sort((a, b) => b.szEzPairs - a.szEzPairs || b.onlyBridge - a.onlyBridge || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * The SZ–EZ pairs that meet only in `forum` (see `forumMeasures`), by SZ member then EZ
 * member in actor order; empty for an id that is no forum.
 *
 * Complexity: as `forumMeasures`, restricted to the forum's SZ members.
 */
export function pairsMeetingOnlyIn(scoped: ScopedGraph, forum: string): ForumPair[] {
  const domainOf = (id: string): Domain | undefined => (scoped.graph.hasNode(id) ? scoped.graph.getNodeAttribute(id, 'domain') : undefined);
  const found: ForumPair[] = [];
  forEachSzEzPair(
    scoped,
    domainOf,
    (where, pair, meetsOnlyHere) => {
      if (where === forum && meetsOnlyHere) found.push(pair);
    },
    forum,
  );
  return found;
}

/**
 * Calls `visit` for every (forum, SZ member, EZ member) triple, saying whether the pair meets
 * only in that forum; with `onlyForum`, only for the SZ members of that forum.
 */
function forEachSzEzPair(
  scoped: ScopedGraph,
  domainOf: (id: string) => Domain | undefined,
  visit: (forum: string, pair: ForumPair, meetsOnlyHere: boolean) => void,
  onlyForum?: string,
): void {
  const forumsOf = new Map<string, ForumMembership[]>();
  for (const forum of scoped.forums) {
    for (const member of forum.members) {
      const list = forumsOf.get(member);
      if (list === undefined) forumsOf.set(member, [forum]);
      else list.push(forum);
    }
  }
  const ezMembers = new Map(scoped.forums.map((forum) => [forum.id, forum.members.filter((id) => domainOf(id) === 'EZ')] as const));
  const szActors = onlyForum === undefined ? [...forumsOf.keys()].sort() : (scoped.forums.find((forum) => forum.id === onlyForum)?.members ?? []);
  for (const sz of szActors) {
    if (domainOf(sz) !== 'SZ') continue;
    const forums = forumsOf.get(sz) ?? [];
    const shared = new Map<string, number>();
    for (const forum of forums) for (const ez of ezMembers.get(forum.id) ?? []) shared.set(ez, (shared.get(ez) ?? 0) + 1);
    for (const forum of forums) {
      for (const ez of ezMembers.get(forum.id) ?? []) {
        visit(forum.id, { from: sz, to: ez }, shared.get(ez) === 1 && !scoped.hasDirectLink(sz, ez));
      }
    }
  }
}

function countDomains(members: readonly string[], domainOf: (id: string) => Domain | undefined): Record<Domain, number> {
  const counts = Object.fromEntries(DOMAINS.map((domain) => [domain, 0])) as Record<Domain, number>;
  for (const member of members) {
    const domain = domainOf(member);
    if (domain !== undefined) counts[domain] += 1;
  }
  return counts;
}
