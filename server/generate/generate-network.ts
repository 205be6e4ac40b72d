/**
 * Synthetic networks shaped like the field, for benchmarks and demos: actors spread over the
 * arbeidsmarktregio's in proportion to their gemeenten, a domain mix per region, links mostly
 * within a region and within a domain (the policy islands), a few bridging actors per region
 * that link across domains, national actors that tie regions together, and forums (tables and
 * programmes, contract §6) whose members are the actors linked to them: regional ones across
 * domains within their region, a few large national ones across regions. Every actor and link
 * is marked illustrative. Actors and links are dated (contract §8) the way the seed network is:
 * see `dateNetwork`. Pure and seeded: the same options give the same network.
 */
import { seededRng } from '../analytics/seeded-rng';
import { firstDayOf, lastDayOf } from '../model/dates';
import type { Actor, ActorType, Domain, Link, LinkType, Network } from '../model/network';
import type { Region } from '../model/reference';

export interface GenerateOptions {
  readonly actors: number;
  readonly links: number;
  readonly seed: number;
  readonly regions: readonly Region[];
}

/** Shares that shape the network; visible here so a reader knows what "realistic" means. */
export const SHAPE = {
  /** Actors without a region that are not forums (ministries, koepels). */
  nationalActors: 0.02,
  /** Actors per region that work across domains (a combined portfolio, a programme manager). */
  bridgesPerRegion: 0.04,
  /** Links with both ends in one region. */
  withinRegion: 0.9,
  /** Of the links within a region that do not touch a bridge: both ends in one domain. */
  withinDomain: 0.8,
  /**
   * Of the links within a region: drawn to close a triangle (a partner's partner), the triadic
   * closure that makes real collaboration networks clustered. Without it the clustering of a
   * generated network fell with its size (transitivity 0.25 at 2,000 actors and 10,000 links,
   * 0.06 at 20,000 and 100,000); with it 0.28 and 0.12.
   */
  triadicClosure: 0.5,
  /**
   * Of the links that leave a region: the share with a national actor at one end. Ties
   * between two regions' own actors are rare in the field (1 % of the seed network's links).
   */
  outsideViaNational: 0.8,
  /**
   * Forums, read off seeds/network.json, counting per `overleg`/`programma` actor the distinct
   * other actors linked to it. The seed's forums with at least three members are 20 of its 253
   * actors (8 %). Its 147 membership links give each of its 204 other actors 0.7 memberships;
   * this share gives a generated one about as many (0.64 at 20,000 actors and 100,000 links).
   */
  forums: 0.08,
  forumMembers: {
    min: 3,
    max: 200,
    /**
     * Member counts follow a Pareto tail cut at `max`: P(members ≥ k) = (k / min)^-tail. The
     * seed's twenty forums (16, 14, 10, 8, 6, 6, 5 ×4, 4 ×4, 3 ×6) give 1.47 by maximum
     * likelihood: most forums have 3 to 8 members, one in ten 14 or more.
     */
    tail: 1.5,
  },
  /** The largest forums that are national (the seed's two largest of twenty are). */
  nationalForums: 0.1,
  /**
   * Of a regional forum's members: from its own region (the seed: 61 of 69); the others are
   * national actors in the share `outsideViaNational` (the seed: 6 of 8).
   */
  forumMembersWithinRegion: 0.88,
  /** Of a national forum's members: national actors (the seed: 29 of 45); the rest from any region. */
  nationalForumMembersNational: 0.65,
  /**
   * Membership links never take more of `links` than in the seed (147 of 324); with fewer
   * links than that leaves room for, fewer forums are made.
   */
  membershipLinksAtMost: 0.45,
  /** Contract §8 dates, drawn after the shape so that they leave it as it was without them. */
  dates: {
    /** Actors no source gives a start for (open since). */
    undatedSince: 0.1,
    /** Of the other actors that are neither roles nor programmes: begun before 2015 (most of the field's organisations are older than the seed's sources). */
    sinceBefore2015: 0.75,
    /** Of those: ended since 2015 (merged, reorganised, closed). */
    ended: 0.05,
    /** Roles held for a second collegeperiode, like a re-elected wethouder's portfolio. */
    secondTerm: 0.4,
    /** A programme's run in whole years (Regio Deals run 3 to 4, Perspectief op Werk ran 2019 to 2023). */
    programmeYears: { min: 2, max: 6 },
    /** Links that ended before the timeline's last day (more links end with one of their actors). */
    linkUntil: 0.1,
    /** The precision a date is given at: year, month, day (the seed's sources give all three). */
    precision: { year: 0.3, month: 0.3 },
  },
} as const;

/**
 * The generator's timeline: no date before `first` or after `last`. Fixed rather than today, so
 * one seed gives the same network whatever day it runs.
 */
export const TIMELINE = { first: '1990-01-01', last: '2026-10-31' } as const;

/**
 * Municipal elections are held every four years in March; a college takes office in April and
 * sits until the next election's March. The periods since 2014 date the roles.
 */
const COLLEGE_PERIODS: readonly number[] = [2014, 2018, 2022];
const COLLEGE_YEARS = 4;
/** No link starts before this day unless an actor of it ended earlier: the sources on the field's collaboration begin about then. */
const LINKS_FROM = '2008-01-01';

/** The kinds of actor a region has, with their weight in the mix and their domain. */
const REGIONAL_KINDS: readonly { type: ActorType; domain: Domain; weight: number; label: string }[] = [
  { type: 'gemeente', domain: 'SZ', weight: 10, label: 'Gemeente – Werk & Inkomen' },
  { type: 'gemeente', domain: 'EZ', weight: 7, label: 'Gemeente – Economie' },
  { type: 'werkbedrijf', domain: 'SZ', weight: 5, label: 'Werkbedrijf' },
  { type: 'wsp', domain: 'SZ', weight: 2, label: 'Werkgeversservicepunt' },
  { type: 'uwv', domain: 'SZ', weight: 2, label: 'UWV-vestiging' },
  { type: 'werkgever', domain: 'EZ', weight: 24, label: 'Werkgever' },
  { type: 'economic-board', domain: 'EZ', weight: 2, label: 'Economic board' },
  { type: 'werkgeversorganisatie', domain: 'EZ', weight: 3, label: 'Ondernemersvereniging' },
  { type: 'onderwijs', domain: 'ONDERWIJS', weight: 10, label: 'Onderwijsinstelling' },
  { type: 'oo-fonds', domain: 'OVERIG', weight: 3, label: 'O&O-fonds' },
  { type: 'vakbond', domain: 'OVERIG', weight: 2, label: 'Vakbondsafdeling' },
];

const NATIONAL_KINDS: readonly { type: ActorType; domain: Domain; label: string }[] = [
  { type: 'ministerie', domain: 'SZ', label: 'Ministerie (SZ)' },
  { type: 'ministerie', domain: 'EZ', label: 'Ministerie (EZ)' },
  { type: 'koepel', domain: 'OVERIG', label: 'Landelijke koepel' },
];

/**
 * The kinds of forum, with a regional and a national label, drawn alike: roughly the seed's
 * mix (34 programmes to 15 tables; domain OVERIG for 24 of its 49 forums, EZ 14, SZ 11).
 */
const FORUM_KINDS: readonly { type: ActorType; domain: Domain; regional: string; national: string }[] = [
  { type: 'programma', domain: 'OVERIG', regional: 'Regionaal programma', national: 'Landelijk programma' },
  { type: 'programma', domain: 'EZ', regional: 'Programma (EZ)', national: 'Landelijk programma (EZ)' },
  { type: 'programma', domain: 'SZ', regional: 'Programma (SZ)', national: 'Landelijk programma (SZ)' },
  { type: 'programma', domain: 'OVERIG', regional: 'Regionale agenda', national: 'Landelijke agenda' },
  { type: 'overleg', domain: 'OVERIG', regional: 'Sectortafel', national: 'Landelijk beraad' },
  { type: 'overleg', domain: 'EZ', regional: 'Overleg (EZ)', national: 'Landelijk overleg (EZ)' },
];

/** The types of the seed's membership links (samenwerking 72, ondertekening 29, uitvoering 27, financiering 10 of 147). */
const MEMBERSHIP_MIX: readonly LinkType[] = ['samenwerking', 'samenwerking', 'samenwerking', 'samenwerking', 'samenwerking', 'ondertekening', 'ondertekening', 'uitvoering', 'uitvoering', 'financiering'];

const LINK_MIX: readonly LinkType[] = ['samenwerking', 'samenwerking', 'samenwerking', 'lidmaatschap', 'financiering', 'dienstverlening'];

type Rng = () => number;

const pick = <T>(rng: Rng, items: readonly T[]): T => {
  const item = items[Math.floor(rng() * items.length)];
  if (item === undefined) throw new RangeError('pick from an empty list');
  return item;
};

/** Fisher–Yates, in place. */
function shuffle<T>(rng: Rng, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i -= 1) {
    const j = Math.floor(rng() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}

function weightedKind(rng: Rng): (typeof REGIONAL_KINDS)[number] {
  const total = REGIONAL_KINDS.reduce((sum, kind) => sum + kind.weight, 0);
  let draw = rng() * total;
  for (const kind of REGIONAL_KINDS) {
    draw -= kind.weight;
    if (draw < 0) return kind;
  }
  return REGIONAL_KINDS[0] as (typeof REGIONAL_KINDS)[number];
}

/** Actors per region in proportion to its gemeenten; at least one each while actors last. */
function regionSizes(regions: readonly Region[], regional: number): number[] {
  const weights = regions.map((region) => Math.max(1, region.gemeenten.length));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const sizes = weights.map((weight) => Math.floor((regional * weight) / total));
  let left = regional - sizes.reduce((sum, size) => sum + size, 0);
  for (let index = 0; left > 0; index = (index + 1) % sizes.length, left -= 1) sizes[index] = (sizes[index] ?? 0) + 1;
  return sizes;
}

/** A forum's member count from the Pareto tail of SHAPE.forumMembers, by inverting its distribution. */
function forumSize(rng: Rng): number {
  const { min, max, tail } = SHAPE.forumMembers;
  const cut = 1 - (min / max) ** tail;
  return Math.min(max, Math.floor(min / (1 - rng() * cut) ** (1 / tail)));
}

interface ForumPlan {
  /** Member counts of the national forums. */
  readonly national: readonly number[];
  /** Member counts of the regional forums, per region in the order of the options. */
  readonly regional: readonly (readonly number[])[];
}

/**
 * How many forums, how large and where: `SHAPE.forums` of the actors, fewer where their
 * memberships would take more than `SHAPE.membershipLinksAtMost` of the links, none with more
 * members than there are other actors; the largest `SHAPE.nationalForums` of them national (all
 * of them without regions), the others spread over the regions like the actors.
 */
function planForums(options: GenerateOptions, rng: Rng): ForumPlan {
  const wanted = Math.round(options.actors * SHAPE.forums);
  const others = options.actors - wanted;
  const sizes: number[] = [];
  let memberships = 0;
  for (let i = 0; i < wanted && others >= SHAPE.forumMembers.min; i += 1) {
    const size = Math.min(others, forumSize(rng));
    if (memberships + size > options.links * SHAPE.membershipLinksAtMost) break;
    sizes.push(size);
    memberships += size;
  }
  sizes.sort((a, b) => b - a);
  const national = options.regions.length === 0 ? sizes.length : Math.round(sizes.length * SHAPE.nationalForums);
  const regional = shuffle(rng, sizes.slice(national));
  let next = 0;
  return {
    national: sizes.slice(0, national),
    regional: regionSizes(options.regions, regional.length).map((count) => regional.slice(next, (next += count))),
  };
}

interface Forum {
  readonly index: number;
  readonly members: number;
  /** Index of its region in the options; none for a national forum. */
  readonly region?: number;
}

/** Indices of the actors that are not forums, grouped as the links draw them, and the forums. */
interface Pools {
  readonly all: number[];
  /** Per region. */
  readonly byRegion: number[][];
  /** Per region and domain, keyed `region|domain`. */
  readonly byRegionDomain: Map<string, number[]>;
  readonly bridges: number[][];
  readonly national: number[];
  readonly forums: Forum[];
}

function makeActors(options: GenerateOptions, plan: ForumPlan, rng: Rng): { actors: Actor[]; pools: Pools } {
  const actors: Actor[] = [];
  const forums = plan.national.length + plan.regional.reduce((sum, sizes) => sum + sizes.length, 0);
  const others = options.actors - forums;
  const national = Math.min(others, Math.max(options.regions.length > 0 ? 1 : others, Math.round(options.actors * SHAPE.nationalActors)));
  const pools: Pools = { all: [], byRegion: options.regions.map(() => []), byRegionDomain: new Map(), bridges: options.regions.map(() => []), national: [], forums: [] };
  for (let i = 0; i < national; i += 1) {
    const kind = pick(rng, NATIONAL_KINDS);
    pools.national.push(actors.length);
    pools.all.push(actors.length);
    actors.push({ id: `nat-${String(i)}`, name: `${kind.label} ${String(i + 1)}`, type: kind.type, domain: kind.domain, illustrative: true });
  }
  plan.national.forEach((members, f) => {
    const kind = pick(rng, FORUM_KINDS);
    const number = national + f;
    pools.forums.push({ index: actors.length, members });
    actors.push({ id: `nat-${String(number)}`, name: `${kind.national} ${String(number + 1)}`, type: kind.type, domain: kind.domain, illustrative: true });
  });
  regionSizes(options.regions, others - national).forEach((size, r) => {
    const region = options.regions[r] as Region;
    const bridges = Math.max(size >= 10 ? 1 : 0, Math.round(size * SHAPE.bridgesPerRegion));
    for (let i = 0; i < size; i += 1) {
      const index = actors.length;
      const id = `${region.id}-${String(i)}`;
      if (i < bridges) {
        pools.bridges[r]?.push(index);
        actors.push({ id, name: `Programmamanager ${String(i + 1)} (${region.name})`, type: 'rol', domain: 'SZ', domains: ['SZ', 'EZ'], region: region.id, illustrative: true });
      } else {
        const kind = weightedKind(rng);
        actors.push({ id, name: `${kind.label} ${String(i + 1)} (${region.name})`, type: kind.type, domain: kind.domain, region: region.id, illustrative: true });
        const key = `${String(r)}|${kind.domain}`;
        pools.byRegionDomain.set(key, [...(pools.byRegionDomain.get(key) ?? []), index]);
      }
      pools.byRegion[r]?.push(index);
      pools.all.push(index);
    }
    (plan.regional[r] ?? []).forEach((members, f) => {
      const kind = pick(rng, FORUM_KINDS);
      const number = size + f;
      pools.forums.push({ index: actors.length, members, region: r });
      actors.push({ id: `${region.id}-${String(number)}`, name: `${kind.regional} ${String(number + 1)} (${region.name})`, type: kind.type, domain: kind.domain, region: region.id, illustrative: true });
    });
  });
  return { actors, pools };
}

/**
 * A forum's members, distinct: a regional forum's mostly from its region whatever their domain
 * (meeting across domains is what a forum is for), a national forum's mostly national actors
 * and the others from anywhere.
 */
function drawMembers(forum: Forum, pools: Pools, rng: Rng): number[] {
  const poolOfNextMember = (): readonly number[] => {
    if (forum.region === undefined) return rng() < SHAPE.nationalForumMembersNational ? pools.national : pools.all;
    if (rng() < SHAPE.forumMembersWithinRegion) return pools.byRegion[forum.region] ?? [];
    return rng() < SHAPE.outsideViaNational ? pools.national : pools.all;
  };
  const members = new Set<number>();
  for (let attempts = 0; members.size < forum.members && attempts < forum.members * 50; attempts += 1) {
    const pool = poolOfNextMember();
    if (pool.length > 0) members.add(pick(rng, pool));
  }
  // Where those pools hold fewer actors than the forum has members, the rest from any actor;
  // planForums keeps `forum.members` at most the number of actors that are not forums.
  for (let at = Math.floor(rng() * pools.all.length); members.size < forum.members; at = (at + 1) % pools.all.length) members.add(pools.all[at] as number);
  return [...members];
}

/**
 * Generates a network of exactly `actors` actors and, when the pairs allow, `links` distinct
 * links (never a self-link). First the forums' membership links (a member to its forum), then
 * links between actors that are not forums: endpoints favour actors that already have links
 * (preferential attachment), so degrees spread as in real networks, and some links close
 * triangles (triadic closure), so partners of one actor tend to know each other.
 *
 * Complexity: O(actors + links) expected.
 */
export function generateNetwork(options: GenerateOptions): Network {
  const rng = seededRng(options.seed);
  const { actors, pools } = makeActors(options, planForums(options, rng), rng);
  const links: Link[] = [];
  for (const forum of pools.forums) {
    const forumId = (actors[forum.index] as Actor).id;
    for (const member of drawMembers(forum, pools, rng)) links.push({ from: (actors[member] as Actor).id, to: forumId, type: pick(rng, MEMBERSHIP_MIX), illustrative: true });
  }
  const all = pools.all;
  // planForums keeps the memberships within `links`; actor pairs are never membership pairs.
  const target = Math.min(options.links, links.length + (all.length * (all.length - 1)) / 2);
  const seen = new Set<string>();
  // Each endpoint is added again per link, so picking from it favours well-linked actors.
  const attachment: number[] = [];
  const endpoint = (pool: readonly number[]): number =>
    attachment.length > 0 && rng() < 0.3 ? pick(rng, attachment) : pick(rng, pool);

  const regionsWithActors = pools.byRegion.flatMap((members, r) => (members.length > 1 ? [r] : []));
  const partners: number[][] = actors.map(() => []);
  /** A partner's partner of `from` in the same region, or undefined where there is none. */
  const closingTriangle = (from: number): number | undefined => {
    const partner = partners[from]?.length ? pick(rng, partners[from]) : undefined;
    const candidates = partner === undefined ? [] : (partners[partner] ?? []).filter((other) => other !== from && actors[other]?.region === actors[from]?.region);
    return candidates.length > 0 ? pick(rng, candidates) : undefined;
  };
  const drawPair = (): [number, number] => {
    if (regionsWithActors.length === 0 || rng() >= SHAPE.withinRegion) {
      const from = pools.national.length > 0 && rng() < SHAPE.outsideViaNational ? pick(rng, pools.national) : pick(rng, all);
      return [from, pick(rng, all)];
    }
    const r = pick(rng, regionsWithActors);
    const members = pools.byRegion[r] ?? [];
    if (rng() < SHAPE.triadicClosure) {
      const from = pick(rng, members);
      const to = closingTriangle(from);
      if (to !== undefined) return [from, to];
    }
    const bridges = pools.bridges[r] ?? [];
    if (bridges.length > 0 && rng() < 0.15) return [pick(rng, bridges), pick(rng, members)];
    const from = pick(rng, members);
    const fromActor = actors[from] as Actor;
    const sameDomain = pools.byRegionDomain.get(`${String(r)}|${fromActor.domain}`) ?? [];
    const pool = rng() < SHAPE.withinDomain && sameDomain.length > 1 ? sameDomain : members;
    const to = endpoint(pool);
    return [from, (actors[to] as Actor).region === fromActor.region ? to : pick(rng, pool)];
  };

  for (let attempts = 0; links.length < target && attempts < target * 50; attempts += 1) {
    const [a, b] = drawPair();
    if (a === b) continue;
    const key = a < b ? `${String(a)}|${String(b)}` : `${String(b)}|${String(a)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    attachment.push(a, b);
    partners[a]?.push(b);
    partners[b]?.push(a);
    links.push({ from: (actors[a] as Actor).id, to: (actors[b] as Actor).id, type: pick(rng, LINK_MIX), illustrative: true });
  }
  return dateNetwork({ actors, links }, seededRng((options.seed ^ DATES_SEED) >>> 0));
}

/** Mixed into the seed for the dates' own generator, so drawing dates takes nothing from the shape's. */
const DATES_SEED = 0x5bd1e995;

const DAY_MS = 86_400_000;
const dayNumber = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const isoDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
const FIRST_DAY = dayNumber(TIMELINE.first);
const LAST_DAY = dayNumber(TIMELINE.last);

/** A day between two days (numbers, both inclusive), uniformly. */
const dayBetween = (rng: Rng, from: number, to: number): number => from + Math.floor(rng() * (to - from + 1));

/** A `since` on a day, written at the precision the sources would give it: YYYY, YYYY-MM or YYYY-MM-DD. */
function sinceOn(rng: Rng, day: number): string {
  const draw = rng();
  const { year, month } = SHAPE.dates.precision;
  return isoDay(day).slice(0, draw < year ? 4 : draw < year + month ? 7 : 10);
}

/** An `until` on a day, like `sinceOn`, but written in full where its year or month would end after the timeline. */
function untilOn(rng: Rng, day: number): string {
  const written = sinceOn(rng, day);
  return lastDayOf(written) <= TIMELINE.last ? written : isoDay(day);
}

/** An actor's dates while they are drawn; stretched in place where two linked lives do not meet. */
interface Life {
  since?: string;
  until?: string;
}

/** An actor's life: roles by collegeperiode, programmes by their run, the others mostly long-standing. */
function lifeOf(actor: Actor, rng: Rng): Life {
  const shape = SHAPE.dates;
  if (actor.type === 'rol') {
    const start = pick(rng, COLLEGE_PERIODS);
    const end = start + COLLEGE_YEARS * (rng() < shape.secondTerm ? 2 : 1);
    return { since: `${String(start)}-04`, ...(`${String(end)}-03` <= TIMELINE.last ? { until: `${String(end)}-03` } : {}) };
  }
  if (actor.type === 'programma') {
    const start = isoDay(dayBetween(rng, dayNumber('2010-01-01'), dayNumber('2024-12-31'))).slice(0, 7);
    const { min, max } = shape.programmeYears;
    const end = String(Number(start.slice(0, 4)) + min + Math.floor(rng() * (max - min + 1)));
    return { since: start, ...(lastDayOf(end) <= TIMELINE.last ? { until: end } : {}) };
  }
  if (rng() < shape.undatedSince) return {};
  const begunEarly = rng() < shape.sinceBefore2015;
  const since = begunEarly ? dayBetween(rng, FIRST_DAY, dayNumber('2014-12-31')) : dayBetween(rng, dayNumber('2015-01-01'), dayNumber('2025-12-31'));
  const life: Life = { since: sinceOn(rng, since) };
  if (begunEarly && rng() < shape.ended) life.until = untilOn(rng, dayBetween(rng, dayNumber('2015-01-01'), dayNumber('2025-12-31')));
  return life;
}

/** Whether an actor's dates are set by an outside calendar (a collegeperiode, a programme's run) rather than drawn freely. */
const hasFixedLife = (actor: Actor): boolean => actor.type === 'rol' || actor.type === 'programma';

/**
 * Dates a network (contract §8) without changing its actors or links: every actor a life
 * (`lifeOf`), every link a `since` within both its actors' lives, mostly soon after the later
 * of them began, and `SHAPE.dates.linkUntil` of them an `until` before the earlier of them
 * ends. Where two linked actors' lives would not meet, the one whose dates were drawn freely
 * is stretched to meet the other (an organisation existed earlier or longer than drawn); where
 * both are fixed, the one that ends first lasts until the other begins. A link's dates are
 * days within both lives written at a drawn precision, which keeps them within both lives at
 * the coarser of the two precisions, as `outsideOf` compares them.
 *
 * Complexity: O(actors + links).
 */
function dateNetwork(network: Network, rng: Rng): Network {
  const lives = new Map(network.actors.map((actor) => [actor.id, lifeOf(actor, rng)]));
  const fixed = new Map(network.actors.map((actor) => [actor.id, hasFixedLife(actor)]));
  const start = (life: Life): number => (life.since === undefined ? FIRST_DAY : dayNumber(firstDayOf(life.since)));
  const end = (life: Life): number => (life.until === undefined ? LAST_DAY : Math.min(LAST_DAY, dayNumber(lastDayOf(life.until))));
  for (const { from, to } of network.links) {
    const [a, b] = [lives.get(from) as Life, lives.get(to) as Life];
    const [earlier, later, laterId] = end(a) < start(b) ? [a, b, to] : end(b) < start(a) ? [b, a, from] : [];
    // An earlier life that ends has an until, a later one that begins after it a since.
    if (earlier?.until === undefined || later?.since === undefined || laterId === undefined) continue;
    if (fixed.get(laterId) === true) earlier.until = later.since;
    else later.since = earlier.until;
  }
  const links = network.links.map((link) => {
    const [a, b] = [lives.get(link.from) as Life, lives.get(link.to) as Life];
    const first = Math.max(start(a), start(b));
    const last = Math.min(end(a), end(b));
    // Skewed towards the window's start: partners tend to link soon after both are there.
    const from = Math.max(first, Math.min(last, dayNumber(LINKS_FROM)));
    const since = from + Math.floor(rng() ** 2 * (last - from + 1));
    const until = rng() < SHAPE.dates.linkUntil && since < last ? { until: untilOn(rng, dayBetween(rng, since + 1, last)) } : {};
    return { ...link, since: sinceOn(rng, since), ...until };
  });
  const actors = network.actors.map((actor) => ({ ...actor, ...lives.get(actor.id) }));
  return { actors, links };
}
