import { describe, expect, it } from 'vitest';

import { parseActor, validateNetwork } from './parse-network';

const problemsOf = (result: ReturnType<typeof validateNetwork>): string[] =>
  result.ok ? [] : result.problems.map((p) => `${p.record}|${p.field}`);

describe('validateNetwork (contract §1)', () => {
  it('accepts the contract example and keeps optional fields absent, not undefined', () => {
    const result = validateNetwork({
      actors: [
        { id: 'leiden-wi', name: 'Gemeente Leiden – Werk & Inkomen', type: 'gemeente', domain: 'SZ', region: 'holland-rijnland' },
        { id: 'wsp-holland-rijnland', name: 'WSP Holland Rijnland', type: 'wsp', domain: 'SZ', person: null, description: '' },
      ],
      links: [{ from: 'leiden-wi', to: 'wsp-holland-rijnland', type: 'samenwerking', source: 'Verslag wethoudersbijeenkomst 22-02-2023' }],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Object.keys(result.network.actors[1] ?? {})).toEqual(['id', 'name', 'type', 'domain']);
    expect(result.network.links[0]?.source).toBe('Verslag wethoudersbijeenkomst 22-02-2023');
  });

  it('reports every problem of a file at once, each naming record and field', () => {
    const result = validateNetwork({
      actors: [
        { id: 'a', name: 'A', type: 'gemeente', domain: 'SZ' },
        { id: 'a', name: 'A again', type: 'gemeente', domain: 'SZ' },
        { id: 'b', name: '', type: 'fabriek', domain: 'ZORG', domains: ['SZ', 'X'] },
        'not an object',
      ],
      links: [
        { from: 'a', to: 'a', type: 'samenwerking' },
        { from: 'a', to: 'nobody', type: 'liefde', weight: 'heavy', since: '22-02-2023' },
        { from: 'a', to: 'b', type: 'advies', frequency: 'DAILY', importance: 2.5, survey: 'ronde 1' },
        { from: 'a', to: 'b', type: 'advies', frequency: 'YEARLY', importance: 6 },
      ],
    });
    expect(problemsOf(result)).toEqual([
      'actors[1]|id',
      'actors[2]|name',
      'actors[2]|type',
      'actors[2]|domain',
      'actors[2]|domains',
      'actors[3]|(record)',
      'links[0]|to',
      'links[1]|to',
      'links[1]|type',
      'links[1]|weight',
      'links[1]|since',
      'links[2]|to',
      'links[2]|frequency',
      'links[2]|importance',
      'links[2]|survey',
      'links[3]|to',
      'links[3]|importance',
    ]);
  });

  it('refuses ids that collide with JavaScript object internals', () => {
    const result = validateNetwork({ actors: [{ id: '__proto__', name: 'X', type: 'rol', domain: 'SZ' }, { id: 'constructor', name: 'Y', type: 'rol', domain: 'SZ' }], links: [] });
    expect(problemsOf(result)).toEqual(['actors[0]|id', 'actors[1]|id']);
  });

  it('refuses a root that is not a network', () => {
    expect(problemsOf(validateNetwork([]))).toEqual(['file|(root)']);
    expect(problemsOf(validateNetwork({ actors: [] }))).toEqual(['file|links']);
  });

  it('checks one actor sent on its own with the same rules', () => {
    const result = parseActor({ id: 'x', name: 'X', type: 'rol', domain: 'SZ', domains: ['SZ', 'EZ', 'SZ'], person: null });
    expect(result).toEqual({ ok: true, value: { id: 'x', name: 'X', type: 'rol', domain: 'SZ', domains: ['SZ', 'EZ'] } });
  });
});

describe('text that is not what it seems', () => {
  const actor = (extra: object): unknown => ({ actors: [{ id: 'a', name: 'A', type: 'rol', domain: 'SZ', ...extra }], links: [] });

  it('refuses broken characters, C1 controls, spaces in ids and names without a letter', () => {
    expect(problemsOf(validateNetwork(actor({ name: 'Naam \uDC00' })))).toEqual(['actors[0]|name']);
    expect(problemsOf(validateNetwork(actor({ id: 's\uD800' })))).toEqual(['actors[0]|id']);
    expect(problemsOf(validateNetwork(actor({ name: 'a\u009bb' })))).toEqual(['actors[0]|name']);
    expect(problemsOf(validateNetwork(actor({ id: 'new\nline' })))).toEqual(['actors[0]|id']);
    expect(problemsOf(validateNetwork(actor({ name: '\u200B' })))).toEqual(['actors[0]|name']);
    // A well-formed pair (an emoji) is text like any other.
    expect(validateNetwork(actor({ name: 'Werkplaats \uD83D\uDEE0' })).ok).toBe(true);
  });

  it('accepts only real calendar dates', () => {
    const link = (since: string): unknown => ({
      actors: [{ id: 'a', name: 'A', type: 'rol', domain: 'SZ' }, { id: 'b', name: 'B', type: 'rol', domain: 'EZ' }],
      links: [{ from: 'a', to: 'b', type: 'samenwerking', since }],
    });
    expect(['2023', '2023-02', '2024-02-29'].map((since) => validateNetwork(link(since)).ok)).toEqual([true, true, true]);
    expect(['2023-13', '2023-02-29', '2023-13-45', '2023-00-10'].map((since) => problemsOf(validateNetwork(link(since))))).toEqual(
      Array.from({ length: 4 }, () => ['links[0]|since']),
    );
  });

  describe('dates (contract §8)', () => {
    const dated = (a: object, b: object, link: object): unknown => ({
      actors: [{ id: 'a', name: 'A', type: 'rol', domain: 'SZ', ...a }, { id: 'b', name: 'B', type: 'rol', domain: 'EZ', ...b }],
      links: [{ from: 'a', to: 'b', type: 'samenwerking', ...link }],
    });
    const messagesOf = (result: ReturnType<typeof validateNetwork>): string[] => (result.ok ? [] : result.problems.map((p) => `${p.record}|${p.field}|${p.message}`));

    it('refuses a bad date in each of the four fields, naming record and field', () => {
      expect(problemsOf(validateNetwork(dated({ since: '2023-02-30' }, {}, {})))).toEqual(['actors[0]|since']);
      expect(problemsOf(validateNetwork(dated({}, { until: '22-02-2023' }, {})))).toEqual(['actors[1]|until']);
      expect(problemsOf(validateNetwork(dated({}, {}, { since: '2023-1' })))).toEqual(['links[0]|since']);
      expect(problemsOf(validateNetwork(dated({}, {}, { until: 2023 })))).toEqual(['links[0]|until']);
    });

    it('refuses an until before its since, comparing the first and last day partial dates stand for', () => {
      expect(messagesOf(validateNetwork(dated({ since: '2022-06', until: '2022-05-31' }, {}, {})))).toEqual(['actors[0]|until|2022-05-31 is before since (2022-06)']);
      expect(messagesOf(validateNetwork(dated({}, {}, { since: '2021', until: '2020-12' })))).toEqual(['links[0]|until|2020-12 is before since (2021)']);
      // One day, and a period within one year or month, are periods.
      expect(validateNetwork(dated({ since: '2023-02-22', until: '2023-02-22' }, { since: '2022-06', until: '2023' }, { since: '2023', until: '2023-02' })).ok).toBe(true);
    });

    it('refuses a link dated outside the life of one of its actors, at the coarser precision of the two', () => {
      expect(messagesOf(validateNetwork(dated({ since: '2019' }, {}, { since: '2018-12' })))).toEqual(['links[0]|since|2018-12 is before actor "a" exists (its since is 2019)']);
      expect(messagesOf(validateNetwork(dated({}, { until: '2022-03' }, { until: '2022-04-01' })))).toEqual(['links[0]|until|2022-04-01 is after actor "b" ends (its until is 2022-03)']);
      expect(messagesOf(validateNetwork(dated({}, { until: '2020' }, { since: '2021' })))).toEqual(['links[0]|since|2021 is after actor "b" ends (its until is 2020)']);
      expect(messagesOf(validateNetwork(dated({ since: '2021' }, {}, { until: '2020-06' })))).toEqual(['links[0]|until|2020-06 is before actor "a" exists (its since is 2021)']);
      // A link known by its year fits an actor that began within that year; an open end is closed by the actor's.
      expect(validateNetwork(dated({ since: '2022-06' }, { until: '2024-03-31' }, { since: '2022', until: '2024-03' })).ok).toBe(true);
      expect(validateNetwork(dated({ since: '2022-06' }, { until: '2024' }, {})).ok).toBe(true);
    });
  });
});
