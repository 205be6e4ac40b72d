/**
 * Synthetic networks shaped like the field, for benchmarks and demos: actors spread over the
 * arbeidsmarktregio's in proportion to their gemeenten, a domain mix per region, links mostly
 * within a region and within a domain (the policy islands), a few bridging actors per region
 * that link across domains, and national actors that tie regions together. Every actor and
 * link is marked illustrative. Pure and seeded: the same options give the same network.
 */
import { seededRng } from '../analytics/seeded-rng';
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
  /** Actors without a region (ministries, koepels, national programmes). */
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
} as const;

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
  { type: 'programma', domain: 'OVERIG', weight: 8, label: 'Programma' },
  { type: 'overleg', domain: 'OVERIG', weight: 6, label: 'Sectortafel' },
  { type: 'vakbond', domain: 'OVERIG', weight: 2, label: 'Vakbondsafdeling' },
];

const NATIONAL_KINDS: readonly { type: ActorType; domain: Domain; label: string }[] = [
  { type: 'ministerie', domain: 'SZ', label: 'Ministerie (SZ)' },
  { type: 'ministerie', domain: 'EZ', label: 'Ministerie (EZ)' },
  { type: 'koepel', domain: 'OVERIG', label: 'Landelijke koepel' },
  { type: 'programma', domain: 'OVERIG', label: 'Landelijk programma' },
];

const LINK_MIX: readonly LinkType[] = ['samenwerking', 'samenwerking', 'samenwerking', 'lidmaatschap', 'financiering', 'dienstverlening'];

type Rng = () => number;

const pick = <T>(rng: Rng, items: readonly T[]): T => {
  const item = items[Math.floor(rng() * items.length)];
  if (item === undefined) throw new RangeError('pick from an empty list');
  return item;
};

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

interface Pools {
  /** Actor indices per region. */
  readonly byRegion: number[][];
  /** Actor indices per region and domain, keyed `region|domain`. */
  readonly byRegionDomain: Map<string, number[]>;
  readonly bridges: number[][];
  readonly national: number[];
}

function makeActors(options: GenerateOptions, rng: Rng): { actors: Actor[]; pools: Pools } {
  const actors: Actor[] = [];
  const national = Math.min(options.actors, Math.max(options.regions.length > 0 ? 1 : options.actors, Math.round(options.actors * SHAPE.nationalActors)));
  const pools: Pools = { byRegion: options.regions.map(() => []), byRegionDomain: new Map(), bridges: options.regions.map(() => []), national: [] };
  for (let i = 0; i < national; i += 1) {
    const kind = pick(rng, NATIONAL_KINDS);
    pools.national.push(actors.length);
    actors.push({ id: `nat-${String(i)}`, name: `${kind.label} ${String(i + 1)}`, type: kind.type, domain: kind.domain, illustrative: true });
  }
  regionSizes(options.regions, options.actors - national).forEach((size, r) => {
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
    }
  });
  return { actors, pools };
}

/**
 * Generates a network of exactly `actors` actors and, when the pairs allow, `links` distinct
 * links (never a self-link). Endpoints favour actors that already have links (preferential
 * attachment), so degrees spread as in real networks, and some links close triangles (triadic
 * closure), so partners of one actor tend to know each other.
 *
 * Complexity: O(actors + links) expected.
 */
export function generateNetwork(options: GenerateOptions): Network {
  const rng = seededRng(options.seed);
  const { actors, pools } = makeActors(options, rng);
  const maxLinks = (actors.length * (actors.length - 1)) / 2;
  const target = Math.min(options.links, maxLinks);
  const seen = new Set<string>();
  const links: Link[] = [];
  // Each endpoint is added again per link, so picking from it favours well-linked actors.
  const attachment: number[] = [];
  const endpoint = (pool: readonly number[]): number =>
    attachment.length > 0 && rng() < 0.3 ? pick(rng, attachment) : pick(rng, pool);

  const regionsWithActors = pools.byRegion.flatMap((members, r) => (members.length > 1 ? [r] : []));
  const all = actors.map((_, index) => index);
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
  return { actors, links };
}
