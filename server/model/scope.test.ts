import { describe, expect, it } from 'vitest';

import { DEFAULT_SCOPE, scopeFromQuery } from './scope';

describe('scopeFromQuery', () => {
  it('reads the data filters, and how figures are made only when asked to', () => {
    const query = new URLSearchParams('illustrative=false&unconfirmed=true&linkTypes=financiering,samenwerking&at=2021-06-01&forums=NODES&between=SZ,ONDERWIJS');
    const forData = scopeFromQuery(query, 'export', false);
    expect(forData).toEqual({
      ok: true,
      scope: { ...DEFAULT_SCOPE, illustrative: false, unconfirmed: true, linkTypes: ['samenwerking', 'financiering'], at: '2021-06-01' },
    });
    const forFigures = scopeFromQuery(query, 'report', true);
    expect(forFigures.ok && forFigures.scope.forums).toBe('nodes');
    expect(forFigures.ok && forFigures.scope.between).toEqual(['SZ', 'ONDERWIJS']);
    expect(scopeFromQuery(new URLSearchParams(), 'report', true)).toEqual({ ok: true, scope: DEFAULT_SCOPE });
  });

  it('names every parameter it refuses', () => {
    const refused = scopeFromQuery(new URLSearchParams('illustrative=nee&forums=rond&between=SZ&at=2021-02-30&linkTypes=roddel'), 'report', true);
    expect(refused.ok).toBe(false);
    expect(refused.ok ? [] : refused.problems.map((problem) => `${problem.record} ${problem.field}`)).toEqual([
      'report scope.illustrative',
      'report scope.forums',
      'report scope.linkTypes',
      'report scope.between',
      'report scope.at',
    ]);
  });
});
