import { describe, expect, it } from 'vitest';

import { ERASED, erasePersonFrom, erasureUpdate, mentions } from './erase-person';

describe('erasing a person', () => {
  const role = { id: 'leiden-wethouder-wi', name: 'Wethouder Werk & Inkomen Leiden', person: 'Yvonne van Delft', description: 'Yvonne van Delft sprak op 22-02-2023.' };

  it('drops the person field and replaces the name everywhere else', () => {
    expect(erasePersonFrom(role, 'Yvonne van Delft')).toEqual({
      id: 'leiden-wethouder-wi',
      name: 'Wethouder Werk & Inkomen Leiden',
      description: `${ERASED} sprak op 22-02-2023.`,
    });
  });

  it('reaches into audit values: nested objects and lists', () => {
    const change = { before: { actor: role, links: [{ quote: 'aldus Yvonne van Delft' }] }, after: null };
    expect(mentions(change, 'Yvonne van Delft')).toBe(true);
    const erased = erasePersonFrom(change, 'Yvonne van Delft');
    expect(mentions(erased, 'Yvonne van Delft')).toBe(false);
    expect(erased).toEqual({ before: { actor: { id: role.id, name: role.name, description: `${ERASED} sprak op 22-02-2023.` }, links: [{ quote: `aldus ${ERASED}` }] }, after: null });
  });

  it('describes the property update: null removes, unchanged properties are left out', () => {
    expect(erasureUpdate(role, 'Yvonne van Delft')).toEqual({ person: null, description: `${ERASED} sprak op 22-02-2023.` });
  });

  it('never touches identifiers or vocabulary values, even when they equal the name', () => {
    const actor = { id: 'wsp', name: 'WSP Holland Rijnland', type: 'wsp', domain: 'SZ', region: 'holland-rijnland' };
    expect(erasureUpdate(actor, 'wsp')).toEqual({});
    expect(erasureUpdate({ from: 'vng', to: 'wsp', type: 'samenwerking', quote: 'vng en wsp' }, 'wsp')).toEqual({ quote: `vng en ${ERASED}` });
  });

  it('leaves a different person alone', () => {
    expect(erasureUpdate(role, 'Fleur Spijker')).toEqual({});
  });
});
