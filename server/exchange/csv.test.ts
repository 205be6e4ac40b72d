import { describe, expect, it } from 'vitest';

import type { Network } from '../model/network';
import { readNetworkCsv, writeActorsCsv, writeLinksCsv } from './csv';

const problemsOf = (result: ReturnType<typeof readNetworkCsv>): string[] =>
  result.ok ? [] : result.problems.map((p) => `${p.record}|${p.field}`);

describe('readNetworkCsv', () => {
  it('reads the semicolon CSV of Dutch Excel: BOM, decimal comma, WAAR/ONWAAR, quoted cells', () => {
    const actors = '\uFEFFid;name;type;domain;domains;illustrative\r\nwi;"Gemeente; Werk & Inkomen";gemeente;SZ;SZ|EZ;WAAR\r\nez;Economie;gemeente;EZ;;ONWAAR\r\n';
    const links = 'from;to;type;weight;quote\r\nwi;ez;samenwerking;1,5;"Zij zei: ""samen"""\r\n';
    const result = readNetworkCsv(actors, links);
    expect(result).toEqual({
      ok: true,
      network: {
        actors: [
          { id: 'wi', name: 'Gemeente; Werk & Inkomen', type: 'gemeente', domain: 'SZ', domains: ['SZ', 'EZ'], illustrative: true },
          { id: 'ez', name: 'Economie', type: 'gemeente', domain: 'EZ', illustrative: false },
        ],
        links: [{ from: 'wi', to: 'ez', type: 'samenwerking', weight: 1.5, quote: 'Zij zei: "samen"' }],
      },
    });
  });

  it('names CSV records by their line, counting lines inside quoted cells', () => {
    const actors = 'id,name,type,domain\na,"Two\nlines",gemeente,SZ\nb,B,gemeente,XX\n';
    const result = readNetworkCsv(actors, 'from,to,type\n');
    expect(result.ok ? [] : result.problems).toEqual([{ record: 'actors.csv line 4', field: 'domain', message: expect.stringMatching(/unknown domain "XX"/) as unknown }]);
  });

  it('refuses an empty file and a missing column', () => {
    expect(problemsOf(readNetworkCsv('', 'from,to,type\n'))).toEqual(['actors.csv line 1|(header)']);
    expect(problemsOf(readNetworkCsv('id,name,type,domain\n', 'from,type\n'))).toEqual(['links.csv line 1|to']);
  });
});

describe('writeActorsCsv and writeLinksCsv', () => {
  it('write the pair that readNetworkCsv reads back, formulas neutralised and restored', () => {
    const network: Network = {
      actors: [
        { id: 'a', name: '=HYPERLINK("http://x")', type: 'gemeente', domain: 'SZ', domains: ['SZ', 'EZ'], illustrative: true },
        { id: 'b', name: 'B, "quoted"', type: 'wsp', domain: 'EZ', description: 'two\nlines' },
      ],
      links: [
        { from: 'a', to: 'b', type: 'samenwerking', weight: 1.5, quote: '+31 cell', since: '2023' },
        { from: 'b', to: 'a', type: 'advies', since: '2026-11-30', unconfirmed: true, frequency: 'MONTHLY', importance: 4, survey: 'ronde-1' },
      ],
    };
    const actors = writeActorsCsv(network);
    expect(actors).toContain(`'=HYPERLINK`);
    expect(writeLinksCsv(network)).toContain(`'+31 cell`);
    expect(readNetworkCsv(actors, writeLinksCsv(network))).toEqual({ ok: true, network });
  });
});
