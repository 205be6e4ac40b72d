import { describe, expect, it } from 'vitest';

import type { Network } from '../model/network';
import { readNetworkJson, writeNetworkJson } from './json';

const problemsOf = (result: ReturnType<typeof readNetworkJson>): string[] =>
  result.ok ? [] : result.problems.map((p) => `${p.record}|${p.field}`);

describe('readNetworkJson', () => {
  it('refuses text that is not JSON, naming the file', () => {
    expect(problemsOf(readNetworkJson('{"actors": ['))).toEqual(['file|(json)']);
  });

  it('hands a decoded value to the model, which names the record', () => {
    expect(problemsOf(readNetworkJson('{"actors": [{"id": "a", "name": "A", "type": "rol"}], "links": []}'))).toEqual(['actors[0]|domain']);
  });

  it('reads a JSON file saved with a byte-order mark', () => {
    expect(readNetworkJson('\uFEFF{"actors": [], "links": []}').ok).toBe(true);
  });

  it('reads what writeNetworkJson wrote', () => {
    const network: Network = {
      actors: [
        { id: 'a', name: 'A', type: 'gemeente', domain: 'SZ', domains: ['SZ', 'EZ'], person: 'Jan' },
        { id: 'b', name: 'B', type: 'wsp', domain: 'EZ' },
      ],
      links: [
        { from: 'a', to: 'b', type: 'samenwerking', weight: 2, since: '2023-02' },
        { from: 'b', to: 'a', type: 'advies', frequency: 'WEEKLY', importance: 5, survey: 'ronde-1', unconfirmed: true },
      ],
    };
    const text = writeNetworkJson(network);
    expect(text.endsWith('}\n')).toBe(true);
    expect(readNetworkJson(text)).toEqual({ ok: true, network });
  });
});
