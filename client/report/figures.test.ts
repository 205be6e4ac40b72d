/** The report's arithmetic: medians, the links a report counts on its day, and the sources they cite. */
import { describe, expect, it } from 'vitest';

import type { RegionScorecard } from '../api/operations/analytics';
import type { ReportActor, ReportLink, ReportSource } from '../api/operations/report';
import { DEFAULT_SCOPE } from '../state/scope';
import { citations, median, nationalMedians, reportLinks } from './figures';

const card = (actors: number, links: number, density: number | null, eiIndex: number | null): RegionScorecard => ({
  region: null,
  actors,
  actorsPerDomain: { SZ: 0, EZ: 0, ONDERWIJS: 0, OVERIG: 0 },
  links,
  linksPerDomainPair: [],
  density,
  eiIndex,
  szEzWithinTwoSteps: null,
  islands: 0,
  topBrokers: [],
});

const document1: ReportSource = { id: 'doc-1', kind: 'document', title: 'Regioplan', author: null, date: '2023', reference: null };
const public1: ReportSource = { id: 'web-2', kind: 'public', title: 'Jaarverslag', author: 'UWV', date: null, reference: 'https://example.org' };

const link = (from: string, to: string, extra: Partial<ReportLink> = {}): ReportLink => ({
  from: { id: from, name: from.toUpperCase() },
  to: { id: to, name: to.toUpperCase() },
  type: 'samenwerking',
  source: null,
  quote: null,
  since: null,
  until: null,
  illustrative: false,
  unconfirmed: false,
  document: null,
  ...extra,
});

const actor = (id: string, links: readonly ReportLink[]): ReportActor => ({
  id,
  name: id.toUpperCase(),
  type: 'gemeente',
  domain: 'SZ',
  domains: ['SZ'],
  person: null,
  gemeente: null,
  region: { id: 'r' },
  illustrative: false,
  unconfirmed: false,
  since: null,
  until: null,
  links,
});

describe('median', () => {
  it('takes the middle value, or the mean of the middle two, and null for none', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});

describe('nationalMedians', () => {
  it('counts only regions with actors and leaves missing figures out of their median', () => {
    const medians = nationalMedians([card(10, 20, 0.4, null), card(30, 40, 0.2, -0.5), card(0, 0, null, null), card(20, 10, 0.1, 0.5)]);
    expect(medians.actors).toBe(20);
    expect(medians.links).toBe(20);
    expect(medians.density).toBe(0.2);
    expect(medians.eiIndex).toBe(0);
    expect(medians.szEzWithinTwoSteps).toBeNull();
  });
});

describe('reportLinks', () => {
  const shared = link('a', 'b');
  const actors = [
    actor('a', [shared, link('a', 'c', { illustrative: true }), link('a', 'b', { type: 'financiering', since: '2024' })]),
    actor('b', [shared]),
    actor('c', []),
  ];

  it('keeps each link once, per pair and type', () => {
    expect(reportLinks(actors, DEFAULT_SCOPE).map((item) => `${item.from.id}-${item.to.id}-${item.type}`)).toEqual(['a-b-samenwerking', 'a-c-samenwerking', 'a-b-financiering']);
  });

  it('leaves out what the scope does not count and what is not there on its day', () => {
    const scope = { ...DEFAULT_SCOPE, illustrative: false, at: '2023-06-01' };
    expect(reportLinks(actors, scope).map((item) => `${item.from.id}-${item.to.id}-${item.type}`)).toEqual(['a-b-samenwerking']);
    expect(reportLinks(actors, { ...DEFAULT_SCOPE, linkTypes: ['financiering'] })).toHaveLength(1);
  });
});

describe('citations', () => {
  it('lists each source once, documents first, with its distinct quotes, and free-text sources apart', () => {
    const cited = citations([
      link('a', 'b', { document: public1, source: 'web-2' }),
      link('a', 'c', { document: document1, source: 'doc-1', quote: 'Samen aan de slag' }),
      link('b', 'c', { document: document1, source: 'doc-1', quote: 'Samen aan de slag' }),
      link('c', 'd', { source: 'Verslag overleg 2023' }),
      link('d', 'e'),
    ]);
    expect(cited.sources.map((item) => [item.source.id, item.links, item.quotes.map((quote) => quote.quote)])).toEqual([
      ['doc-1', 2, ['Samen aan de slag']],
      ['web-2', 1, []],
    ]);
    expect(cited.sources[0]?.quotes[0]?.link).toBe('A – C');
    expect(cited.other).toEqual([{ text: 'Verslag overleg 2023', links: 1 }]);
  });
});
