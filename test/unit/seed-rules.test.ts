/**
 * The rules seeds/README.md states for the seed network, checked on the files themselves, so
 * that a later edit of the seed cannot quietly break them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { PROJECT_ROOT } from '../../server/config';
import { readSeedFiles } from '../../server/neo4j/seed';

const seedDir = path.join(PROJECT_ROOT, 'seeds');
const seeds = readSeedFiles(seedDir);

/** The file as written: the importer drops fields it does not know, such as `note`. */
interface RawLink {
  readonly from: string;
  readonly to: string;
  readonly source?: string;
  readonly quote?: string;
  readonly note?: string;
  readonly illustrative?: boolean;
  readonly unconfirmed?: boolean;
}
const rawLinks = (JSON.parse(readFileSync(path.join(seedDir, 'network.json'), 'utf8')) as { links: RawLink[] }).links;

const sourceKind = new Map(seeds.sources.map((source) => [source.id, source.kind]));
const linkName = (link: RawLink): string => `${link.from} → ${link.to}`;

describe('the seed network (seeds/README.md)', () => {
  it('cites a listed source on every link, and lists only sources it cites', () => {
    expect(rawLinks.filter((link) => link.source === undefined || !sourceKind.has(link.source)).map(linkName)).toEqual([]);
    const cited = new Set(rawLinks.map((link) => link.source));
    const uncited = seeds.sources.filter((source) => source.kind === 'public' && !cited.has(source.id)).map((source) => source.id);
    expect(uncited).toEqual([]);
  });

  it('quotes its source, in at most 200 characters, on every link that cites a document or a web-N page', () => {
    const mustQuote = rawLinks.filter((link) => sourceKind.get(link.source ?? '') === 'document' || (link.source ?? '').startsWith('web-'));
    expect(mustQuote.length).toBeGreaterThan(0);
    expect(mustQuote.filter((link) => link.quote === undefined || link.quote.length > 200).map(linkName)).toEqual([]);
  });

  it('puts a note only on an unconfirmed link, to say why it is unconfirmed', () => {
    const noted = rawLinks.filter((link) => link.note !== undefined);
    expect(noted.length).toBeGreaterThan(0);
    expect(noted.filter((link) => link.unconfirmed !== true).map(linkName)).toEqual([]);
  });

  it('lets no national employers’ body, union or SBB bridge regions on confirmed links: they stand for a regional branch', () => {
    const actors = new Map(seeds.network.actors.map((actor) => [actor.id, actor]));
    const nationalPartners = seeds.network.actors.filter(
      (actor) => actor.region === undefined && ['werkgeversorganisatie', 'vakbond', 'sbb'].includes(actor.type),
    );
    expect(nationalPartners.map((actor) => actor.id)).toEqual(expect.arrayContaining(['vno-ncw', 'fnv', 'cnv', 'sbb']));
    const bridging = nationalPartners.filter((body) => {
      const regions = new Set<string>();
      for (const link of rawLinks) {
        if (link.unconfirmed === true || link.illustrative === true) continue;
        const other = link.from === body.id ? link.to : link.to === body.id ? link.from : undefined;
        const region = other === undefined ? undefined : actors.get(other)?.region;
        if (region !== undefined) regions.add(region);
      }
      return regions.size > 1;
    });
    expect(bridging.map((body) => body.id)).toEqual([]);
  });

  it('lists an actor’s primary domain first wherever it lists several', () => {
    const multi = seeds.network.actors.filter((actor) => actor.domains !== undefined);
    expect(multi.length).toBeGreaterThan(0);
    expect(multi.filter((actor) => actor.domains?.[0] !== actor.domain || actor.domains.length < 2).map((actor) => actor.id)).toEqual([]);
  });
});
