import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { isPresentOn, lastDayOf } from '../model/dates';
import { isForumType, type Actor, type Network } from '../model/network';
import { validateNetwork } from '../model/parse-network';
import { parseRegions } from '../model/reference';
import { generateNetwork, SHAPE, TIMELINE } from './generate-network';

const regions = parseRegions(JSON.parse(readFileSync(path.join(import.meta.dirname, '..', '..', 'seeds', 'regions.json'), 'utf8')));

const isForum = (actor: Actor): boolean => isForumType(actor.type);

/** Each forum with its members (the actors linked to it), and the links between two actors that are not forums. */
function forumsOf(network: Network): { forums: { forum: Actor; members: Actor[] }[]; actorLinks: Network['links'] } {
  const byId = new Map(network.actors.map((actor) => [actor.id, actor]));
  const members = new Map(network.actors.filter(isForum).map((forum) => [forum.id, [] as Actor[]]));
  const actorLinks = network.links.filter((link) => {
    const [from, to] = [byId.get(link.from) as Actor, byId.get(link.to) as Actor];
    if (isForum(from) && isForum(to)) throw new Error(`a link between two forums: ${link.from} – ${link.to}`);
    if (isForum(from)) members.get(from.id)?.push(to);
    if (isForum(to)) members.get(to.id)?.push(from);
    return !isForum(from) && !isForum(to);
  });
  return { forums: [...members].map(([id, list]) => ({ forum: byId.get(id) as Actor, members: list })), actorLinks };
}

describe('generateNetwork', () => {
  const network = generateNetwork({ actors: 2_000, links: 10_000, seed: 7, regions });
  const { forums, actorLinks } = forumsOf(network);

  it('gives exactly the asked sizes as a valid contract network', () => {
    expect(network.actors).toHaveLength(2_000);
    expect(network.links).toHaveLength(10_000);
    expect(validateNetwork(network).ok).toBe(true);
  });

  it('never repeats a pair', () => {
    const pairs = new Set(network.links.map((link) => [link.from, link.to].sort().join('|')));
    expect(pairs.size).toBe(network.links.length);
  });

  it('is shaped like the field: every region, mostly regional links, a few cross-domain bridges', () => {
    const regionOf = new Map(network.actors.map((actor) => [actor.id, actor.region]));
    expect(new Set(network.actors.map((actor) => actor.region).filter(Boolean)).size).toBe(35);
    const regional = actorLinks.filter((link) => regionOf.get(link.from) !== undefined && regionOf.get(link.from) === regionOf.get(link.to));
    // Links drawn inside a region stay inside it; the rest may land anywhere, so the share is
    // at least SHAPE.withinRegion less the cross-region draws that happen to stay (none fall below).
    expect(regional.length / actorLinks.length).toBeGreaterThan(SHAPE.withinRegion - 0.05);
    expect(network.actors.filter((actor) => actor.domains?.includes('EZ') && actor.domain === 'SZ').length).toBeGreaterThan(35);
  });

  it('makes the share of forums asked, with 3 to 200 members each, most of them small', () => {
    expect(forums).toHaveLength(Math.round(2_000 * SHAPE.forums));
    const sizes = forums.map(({ members }) => members.length);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(SHAPE.forumMembers.min);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(SHAPE.forumMembers.max);
    // The seed: 17 of its 20 forums with three members or more have at most eight, the largest 16.
    expect(sizes.filter((size) => size <= 8).length / sizes.length).toBeGreaterThan(0.7);
    expect(Math.max(...sizes)).toBeGreaterThan(16);
    const memberPairs = forums.flatMap(({ forum, members }) => members.map((member) => `${member.id}|${forum.id}`));
    expect(new Set(memberPairs).size).toBe(network.links.length - actorLinks.length);
  });

  it('draws a regional forum mostly from its region and across domains, and gives the largest forums to many regions', () => {
    const regional = forums.filter(({ forum }) => forum.region !== undefined);
    const national = forums.filter(({ forum }) => forum.region === undefined);
    expect(national).toHaveLength(Math.round(forums.length * SHAPE.nationalForums));
    const memberships = regional.flatMap(({ forum, members }) => members.map((member) => member.region === forum.region));
    expect(memberships.filter(Boolean).length / memberships.length).toBeGreaterThan(SHAPE.forumMembersWithinRegion - 0.05);
    const acrossDomains = regional.filter(({ members }) => new Set(members.map((member) => member.domain)).size > 1);
    expect(acrossDomains.length / regional.length).toBeGreaterThan(0.8);
    const size = ({ members }: { members: Actor[] }): number => members.length;
    expect(Math.min(...national.map(size))).toBeGreaterThanOrEqual(Math.max(...regional.map(size)));
    const largest = national.reduce((a, b) => (size(b) > size(a) ? b : a));
    expect(new Set(largest.members.map((member) => member.region).filter(Boolean)).size).toBeGreaterThanOrEqual(10);
  });

  it('counts memberships in --links, and makes fewer forums where the links are few', () => {
    const sparse = generateNetwork({ actors: 2_000, links: 2_000, seed: 7, regions });
    const { forums: sparseForums, actorLinks: sparseActorLinks } = forumsOf(sparse);
    expect(sparse.links).toHaveLength(2_000);
    expect(sparse.links.length - sparseActorLinks.length).toBeLessThanOrEqual(2_000 * SHAPE.membershipLinksAtMost);
    expect(sparseForums.length).toBeGreaterThan(0);
    expect(sparseForums.length).toBeLessThan(Math.round(2_000 * SHAPE.forums));
    expect(Math.min(...sparseForums.map(({ members }) => members.length))).toBeGreaterThanOrEqual(SHAPE.forumMembers.min);
  });

  it('makes every forum national where there are no regions', () => {
    const flat = generateNetwork({ actors: 100, links: 400, seed: 2, regions: [] });
    const { forums: flatForums } = forumsOf(flat);
    expect(flatForums).toHaveLength(Math.round(100 * SHAPE.forums));
    expect(flatForums.every(({ forum, members }) => forum.region === undefined && members.length >= SHAPE.forumMembers.min)).toBe(true);
    expect(validateNetwork(flat).ok).toBe(true);
  });

  it('is the same for the same seed and differs for another', () => {
    expect(generateNetwork({ actors: 300, links: 900, seed: 3, regions })).toEqual(generateNetwork({ actors: 300, links: 900, seed: 3, regions }));
    expect(generateNetwork({ actors: 300, links: 900, seed: 4, regions })).not.toEqual(generateNetwork({ actors: 300, links: 900, seed: 3, regions }));
  });

  it('stops at the number of possible pairs', () => {
    expect(generateNetwork({ actors: 5, links: 100, seed: 1, regions: [] }).links).toHaveLength(10);
  });

  it('stays clustered as it grows: partners of an actor tend to be linked (triadic closure)', () => {
    // Transitivity of the links between actors: 3 × triangles / connected triples; a random
    // graph of this density gives about 2m/n² ≈ 0.001. Measured with this seed: 0.155.
    const large = generateNetwork({ actors: 10_000, links: 50_000, seed: 7, regions });
    const partners = new Map<string, Set<string>>(large.actors.filter((actor) => !isForum(actor)).map((actor) => [actor.id, new Set()]));
    for (const { from, to } of forumsOf(large).actorLinks) {
      partners.get(from)?.add(to);
      partners.get(to)?.add(from);
    }
    let closed = 0;
    let triples = 0;
    for (const around of partners.values()) {
      const list = [...around];
      triples += (list.length * (list.length - 1)) / 2;
      list.forEach((a, i) => list.slice(i + 1).forEach((b) => (closed += partners.get(a)?.has(b) === true ? 1 : 0)));
    }
    expect(closed / triples).toBeGreaterThan(0.13);
  });

  it('dates actors and links as the seed is dated: roles by collegeperiode, programmes by their run, links within both lives', () => {
    // validateNetwork above refuses a link dated outside an actor's life; here the mix.
    const share = (records: readonly { since?: string; until?: string }[], test: (record: { since?: string; until?: string }) => boolean): number => records.filter(test).length / records.length;
    const roles = network.actors.filter((actor) => actor.type === 'rol');
    expect(roles.length).toBeGreaterThan(35);
    expect(new Set(roles.map((role) => role.since))).toEqual(new Set(['2014-04', '2018-04', '2022-04']));
    // A role ends at the March of an election, after one or two periods, unless stretched to meet a later partner.
    expect(share(roles, ({ until }) => until === undefined || /^(2018|2022|2026)-03$/.test(until))).toBeGreaterThan(0.6);
    const programmes = network.actors.filter((actor) => actor.type === 'programma');
    expect(programmes.every((programme) => programme.since !== undefined)).toBe(true);
    expect(share(programmes, ({ until }) => until !== undefined)).toBeGreaterThan(0.5);
    const others = network.actors.filter((actor) => actor.type !== 'rol' && actor.type !== 'programma');
    expect(share(others, ({ since }) => since === undefined)).toBeCloseTo(SHAPE.dates.undatedSince, 1);
    expect(share(others, ({ since }) => since !== undefined && since < '2015')).toBeGreaterThan(0.6);
    expect(share(others, ({ since }) => since !== undefined && since >= '2015')).toBeGreaterThan(0.15);
    expect(share(others, ({ until }) => until !== undefined)).toBeGreaterThan(0.02);
    expect(network.links.every((link) => link.since !== undefined)).toBe(true);
    expect(share(network.links, ({ until }) => until !== undefined)).toBeGreaterThan(SHAPE.dates.linkUntil / 2);
    const dates = [...network.actors, ...network.links].flatMap(({ since, until }) => [since, until === undefined ? undefined : lastDayOf(until)]).filter((date) => date !== undefined);
    expect(dates.every((date) => date >= TIMELINE.first.slice(0, date.length) && date <= TIMELINE.last)).toBe(true);
    expect(new Set(dates.map((date) => date.length))).toEqual(new Set([4, 7, 10]));
  });

  it('has most of the network present in the middle of its timeline, not all of it', () => {
    const byId = new Map(network.actors.map((actor) => [actor.id, actor]));
    const day = '2020-06-01';
    const actors = network.actors.filter((actor) => isPresentOn(actor, day));
    const links = network.links.filter((link) => isPresentOn(link, day) && isPresentOn(byId.get(link.from) as Actor, day) && isPresentOn(byId.get(link.to) as Actor, day));
    expect(actors.length / network.actors.length).toBeGreaterThan(0.75);
    expect(actors.length / network.actors.length).toBeLessThan(0.95);
    expect(links.length / network.links.length).toBeGreaterThan(0.4);
    expect(links.length / network.links.length).toBeLessThan(0.8);
  });
});
