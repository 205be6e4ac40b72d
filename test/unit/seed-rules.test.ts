/**
 * The rules seeds/README.md states for the seed network, checked on the files themselves, so
 * that a later edit of the seed cannot quietly break them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { PROJECT_ROOT } from '../../server/config';
import { firstDayOf, isCalendarDate, isPresentOn } from '../../server/model/dates';
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
  readonly since?: string;
  readonly until?: string;
}
const rawLinks = (JSON.parse(readFileSync(path.join(seedDir, 'network.json'), 'utf8')) as { links: RawLink[] }).links;
const readme = readFileSync(path.join(seedDir, 'README.md'), 'utf8');

const sourceKind = new Map(seeds.sources.map((source) => [source.id, source.kind]));
const linkName = (link: RawLink): string => `${link.from} → ${link.to}`;

describe('the seed network (seeds/README.md)', () => {
  it('cites a listed source on every link', () => {
    expect(rawLinks.filter((link) => link.source === undefined || !sourceKind.has(link.source)).map(linkName)).toEqual([]);
  });

  it('quotes its source, in at most 200 characters, on every link that cites a document or a web-N page', () => {
    const mustQuote = rawLinks.filter((link) => sourceKind.get(link.source ?? '') === 'document' || (link.source ?? '').startsWith('web-'));
    expect(mustQuote.length).toBeGreaterThan(0);
    expect(mustQuote.filter((link) => link.quote === undefined || link.quote.length > 200).map(linkName)).toEqual([]);
  });

  it('puts a note on a confirmed link only to say how its since was chosen', () => {
    const noted = rawLinks.filter((link) => link.note !== undefined);
    expect(noted.filter((link) => link.unconfirmed === true).length).toBeGreaterThan(0);
    expect(noted.filter((link) => link.unconfirmed !== true && !(link.note ?? '').startsWith('since = ')).map(linkName)).toEqual([]);
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

/** The dates of issue 15 (seeds/README.md, "Dates (issue 15)"). */
describe('the dated seed (seeds/README.md, Dates)', () => {
  const sourceDate = new Map(seeds.sources.map((source) => [source.id, source.date]));
  const PUBLISHED = 'since = publication date of the source';
  const WAS_READ = 'since = the year the undated source was read';

  it('gives every source a real date and every link a since', () => {
    expect(seeds.sources.filter((source) => source.date === undefined || !isCalendarDate(source.date)).map((source) => source.id)).toEqual([]);
    expect(rawLinks.filter((link) => link.since === undefined).map(linkName)).toEqual([]);
  });

  it('dates a link no later than its source (at the coarser precision), unless the source announces the meeting it is dated by', () => {
    const isLater = (since: string, written: string): boolean => {
      const length = Math.min(since.length, written.length);
      return since.slice(0, length) > written.slice(0, length);
    };
    const oneDay = new Set(seeds.network.actors.filter((actor) => actor.since !== undefined && actor.since === actor.until).map((actor) => actor.id));
    const toAnnouncedMeeting = (link: RawLink): boolean =>
      [link.from, link.to].some((end) => oneDay.has(end) && seeds.network.actors.find((actor) => actor.id === end)?.since === link.since);
    const later = rawLinks.filter((link) => link.since !== undefined && isLater(link.since, sourceDate.get(link.source ?? '') ?? '') && !toAnnouncedMeeting(link));
    expect(later.map(linkName)).toEqual([]);
  });

  it('says “publication date” or “the year … was read” only on a link whose since is its source’s date', () => {
    const saying = rawLinks.filter((link) => (link.note ?? '').includes(PUBLISHED) || (link.note ?? '').includes(WAS_READ));
    expect(saying.length).toBeGreaterThan(0);
    expect(saying.filter((link) => link.since !== sourceDate.get(link.source ?? '')).map(linkName)).toEqual([]);
  });

  it('says so on every link dated by the year an undated source was read', () => {
    const rawSources = JSON.parse(readFileSync(path.join(seedDir, 'sources.json'), 'utf8')) as { id: string; dateNote?: string }[];
    const readDated = new Set(rawSources.filter((source) => (source.dateNote ?? '').includes('the only bound known')).map((source) => source.id));
    const datedByReading = rawLinks.filter((link) => readDated.has(link.source ?? '') && link.since === sourceDate.get(link.source ?? ''));
    expect(datedByReading.length).toBeGreaterThan(0);
    expect(datedByReading.filter((link) => !(link.note ?? '').includes(WAS_READ)).map(linkName)).toEqual([]);
  });

  it('has every one-day meeting (an overleg with a day in its name) begin and end on that day', () => {
    const meetings = seeds.network.actors.filter((actor) => actor.type === 'overleg' && /\(\d{2}-\d{2}-\d{4}/.test(actor.name));
    expect(meetings.map((meeting) => meeting.id)).toEqual(expect.arrayContaining(['wethoudersbijeenkomst-2023-02', 'wethoudersbijeenkomst-2023-03']));
    const wrong = meetings.filter((meeting) => {
      const [day, month, year] = (/\((\d{2})-(\d{2})-(\d{4})/.exec(meeting.name) ?? []).slice(1);
      const date = `${year ?? ''}-${month ?? ''}-${day ?? ''}`;
      return meeting.since !== date || meeting.until !== date;
    });
    expect(wrong.map((meeting) => meeting.id)).toEqual([]);
  });

  it('names the source of every actor date in the README table', () => {
    const dated = seeds.network.actors.filter((actor) => actor.since !== undefined || actor.until !== undefined);
    expect(dated.length).toBeGreaterThan(0);
    const rows = new Map(
      readme
        .split('\n')
        .filter((line) => line.startsWith('| `'))
        .map((line) => {
          const cells = line.split('|').map((cell) => cell.trim());
          return [cells[1]?.replace(/`/g, '') ?? '', line] as const;
        }),
    );
    const untraced = dated.filter((actor) => {
      const row = rows.get(actor.id);
      if (row === undefined) return true;
      const cited = [...row.matchAll(/`((?:pub|web|doc)-[\w-]+)`/g)].map((match) => match[1] ?? '');
      const datesInRow = [actor.since, actor.until].every((date) => date === undefined || row.includes(` ${date} `));
      return !datesInRow || cited.length === 0 || cited.some((id) => !sourceDate.has(id));
    });
    expect(untraced.map((actor) => actor.id)).toEqual([]);
  });

  it('lists only public sources that a link or the README’s date table cites', () => {
    const cited = new Set(rawLinks.map((link) => link.source));
    const uncited = seeds.sources.filter((source) => source.kind === 'public' && !cited.has(source.id) && !readme.includes(`\`${source.id}\``));
    expect(uncited.map((source) => source.id)).toEqual([]);
  });

  it('dates no wethouder role as ended: the 2026 colleges are not in the sources', () => {
    const wethouders = seeds.network.actors.filter((actor) => actor.type === 'rol' && actor.name.startsWith('Wethouder'));
    expect(wethouders.length).toBeGreaterThan(0);
    expect(wethouders.filter((role) => role.since === undefined || role.until !== undefined).map((role) => role.id)).toEqual([]);
  });

  it('has something present both in mid-2019 and today, and more today', () => {
    const presentOn = (day: string): number => {
      const here = new Set(seeds.network.actors.filter((actor) => isPresentOn(actor, day)).map((actor) => actor.id));
      return seeds.network.links.filter((link) => isPresentOn(link, day) && here.has(link.from) && here.has(link.to)).length;
    };
    expect(presentOn('2019-06-01')).toBeGreaterThan(0);
    expect(presentOn('2026-11-29')).toBeGreaterThan(presentOn('2019-06-01'));
  });

  it('dates every minister’s role by its cabinet, at both ends, and every link of it within them', () => {
    const ministers = seeds.network.actors.filter((actor) => actor.type === 'rol' && actor.name.startsWith('Minister'));
    expect(ministers.length).toBeGreaterThan(0);
    expect(ministers.filter((role) => role.since === undefined || role.until === undefined).map((role) => role.id)).toEqual([]);
    const outside = seeds.network.links.filter((link) =>
      [link.from, link.to].some((end) => {
        const role = ministers.find((minister) => minister.id === end);
        return role !== undefined && (link.since === undefined || !isPresentOn(role, firstDayOf(link.since)));
      }),
    );
    expect(outside.map((link) => `${link.from} → ${link.to}`)).toEqual([]);
  });
});

