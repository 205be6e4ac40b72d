/** The scope in words, in both languages, from the one function every panel uses. */
import { afterEach, describe, expect, it } from 'vitest';

import { setLanguage } from '../i18n/i18n';
import { DEFAULT_SCOPE, withAt, withBetween, withForums, withIllustrativeCounted, withLinkTypeToggled, withUnconfirmedCounted } from '../state/scope';
import { describeScope, pairLabel } from './scope-statement';

afterEach(() => setLanguage('nl'));

describe('describeScope', () => {
  it('words the default scope in Dutch', () => {
    expect(describeScope(DEFAULT_SCOPE, null)).toBe(
      "Heel Nederland. Berekend op actoren; overleggen en programma's tellen als verbinding tussen hun deelnemers; met illustratieve actoren; met onbevestigde verbindingen; alle soorten verbindingen; tussen SZ en EZ.",
    );
  });

  it('names every switch that is changed, and the region', () => {
    const scope = withLinkTypeToggled(
      withUnconfirmedCounted(withIllustrativeCounted(withBetween(withForums(DEFAULT_SCOPE, 'NODES'), ['SZ', 'ONDERWIJS']), false), false),
      'financiering',
      ['samenwerking', 'financiering'],
    );
    expect(describeScope(scope, 'Holland Rijnland')).toBe(
      "Regio Holland Rijnland. Berekend op actoren en overleggen; overleggen en programma's tellen als knooppunt; zonder illustratieve actoren; zonder onbevestigde verbindingen; alleen verbindingen van de soort samenwerking; tussen SZ en Onderwijs.",
    );
  });

  it('names the timeline\'s day', () => {
    expect(describeScope(withAt(DEFAULT_SCOPE, '2019-11-30'), 'Holland Rijnland')).toMatch(/^Regio Holland Rijnland op 30 november 2019\. Berekend op actoren;/);
    setLanguage('en');
    expect(describeScope(withAt(DEFAULT_SCOPE, '2019-11-30'), null)).toMatch(/^All of the Netherlands on 30 November 2019\. Computed/);
  });

  it('speaks English after the language switch', () => {
    setLanguage('en');
    expect(describeScope(withBetween(DEFAULT_SCOPE, ['EZ', 'ONDERWIJS']), null)).toBe(
      'All of the Netherlands. Computed on actors; meetings and programmes count as a tie between their members; with illustrative actors; with unconfirmed links; every kind of link; between EZ and Education.',
    );
    expect(pairLabel(['SZ', 'ONDERWIJS'])).toBe('SZ–Education');
  });
});
