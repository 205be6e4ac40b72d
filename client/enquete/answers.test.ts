import { describe, expect, it } from 'vitest';

import { AnswerSheet, matchesSearch, normaliseName, surveyTokenFromPath } from './answers';

const ROSTER = [
  { id: 'leiden-wi', name: 'Gemeente Leiden – Werk & Inkomen', type: 'gemeente', domain: 'SZ' },
  { id: 'wsp-hr', name: 'WSP Holland Rijnland', type: 'wsp', domain: 'SZ' },
  { id: 'mbo-rijnland', name: 'MBO Rijnland', type: 'onderwijs', domain: 'ONDERWIJS' },
] as const;

describe('matchesSearch', () => {
  it('finds a name when every typed word begins one of its words, ignoring case and accents', () => {
    expect(matchesSearch('Gemeente Leiden – Werk & Inkomen', 'leid werk')).toBe(true);
    expect(matchesSearch('Gemeente Leiden – Werk & Inkomen', 'INK')).toBe(true);
    expect(matchesSearch('Stichting Économie Zuid', 'econ')).toBe(true);
    expect(matchesSearch('Gemeente Leiden – Werk & Inkomen', 'eiden')).toBe(false);
    expect(matchesSearch('Gemeente Leiden – Werk & Inkomen', 'leiden rijnland')).toBe(false);
  });

  it('matches everything when nothing (or only spaces and signs) is typed', () => {
    expect(matchesSearch('WSP Holland Rijnland', '')).toBe(true);
    expect(matchesSearch('WSP Holland Rijnland', '  – ')).toBe(true);
  });
});

describe('surveyTokenFromPath', () => {
  it('reads the token of /enquete/<token>, decoded', () => {
    expect(surveyTokenFromPath('/enquete/bks_Ab-9_x')).toBe('bks_Ab-9_x');
    expect(surveyTokenFromPath('/enquete/bks_%41b/')).toBe('bks_Ab');
  });

  it('finds none in other paths or an undecodable one', () => {
    for (const path of ['/enquete/', '/enquete', '/', '/enquete/a/b', '/enquete/%E0%A4%A']) expect(surveyTokenFromPath(path), path).toBeNull();
  });
});

describe('AnswerSheet', () => {
  it('adds a chosen roster actor with one relation to fill in, and drops it with its relations when unchosen', () => {
    const sheet = new AnswerSheet(ROSTER);
    sheet.setChosen('wsp-hr', true);
    expect(sheet.isChosen('wsp-hr')).toBe(true);
    expect(sheet.partners).toEqual([{ key: 'actor:wsp-hr', actor: 'wsp-hr', name: 'WSP Holland Rijnland', relations: [{ type: '', frequency: null, importance: null }] }]);
    sheet.setChosen('wsp-hr', false);
    expect(sheet.partners).toEqual([]);
    expect(() => sheet.setChosen('elsewhere', true)).toThrow('"elsewhere" is not on this form\'s roster');
  });

  it('names what is missing or given twice, relation by relation', () => {
    const sheet = new AnswerSheet(ROSTER);
    sheet.setChosen('leiden-wi', true);
    Object.assign(sheet.relation('actor:leiden-wi', 0), { type: 'advies', frequency: 'MONTHLY' });
    sheet.addRelation('actor:leiden-wi');
    Object.assign(sheet.relation('actor:leiden-wi', 1), { type: 'advies', frequency: 'WEEKLY', importance: 2 });
    expect(sheet.problems().map((problem) => [problem.relation, problem.field, problem.message])).toEqual([
      [0, 'importance', { key: 'enquete.problem.importance' }],
      [1, 'type', { key: 'enquete.problem.typeTwice' }],
    ]);
    sheet.relation('actor:leiden-wi', 1).type = '';
    expect(sheet.problems().map((problem) => problem.message)).toContainEqual({ key: 'enquete.problem.type' });
  });

  it('takes another organisation by name, refusing an empty name, a roster actor and a name given twice', () => {
    const sheet = new AnswerSheet(ROSTER);
    expect(sheet.addOther('   ')).toBe('empty');
    expect(sheet.addOther('wsp  holland rijnland')).toBe('onRoster');
    const added = sheet.addOther('  Techniek   Pact Leiden ');
    expect(added).toMatchObject({ key: 'name:techniek pact leiden', actor: null, name: 'Techniek Pact Leiden' });
    expect(sheet.addOther('techniek pact léiden')).toBe('duplicate');
  });

  it('sends one answer per relation, and shows a refusal of answers[i] at that relation', () => {
    const sheet = new AnswerSheet(ROSTER);
    sheet.setChosen('mbo-rijnland', true);
    Object.assign(sheet.relation('actor:mbo-rijnland', 0), { type: 'opleiding', frequency: 'QUARTERLY', importance: 4 });
    sheet.addRelation('actor:mbo-rijnland');
    Object.assign(sheet.relation('actor:mbo-rijnland', 1), { type: 'samenwerking', frequency: 'YEARLY', importance: 1 });
    sheet.addOther('Techniek Pact');
    Object.assign(sheet.relation('name:techniek pact', 0), { type: 'advies', frequency: 'WEEKLY', importance: 5 });
    expect(sheet.toInput()).toEqual([
      { partner: 'mbo-rijnland', type: 'opleiding', frequency: 'QUARTERLY', importance: 4 },
      { partner: 'mbo-rijnland', type: 'samenwerking', frequency: 'YEARLY', importance: 1 },
      { partnerName: 'Techniek Pact', type: 'advies', frequency: 'WEEKLY', importance: 5 },
    ]);
    const { placed, general } = sheet.placeProblems([
      { record: 'answers[1]', field: 'type', message: 'unknown link type' },
      { record: 'answers[2]', field: 'partnerName', message: 'too long' },
      { record: 'answers[7]', field: 'type', message: 'no such answer' },
      { record: 'token', field: 'token', message: 'unknown' },
    ]);
    expect(placed).toEqual([
      { partner: 'actor:mbo-rijnland', relation: 1, field: 'type', message: { text: 'unknown link type' } },
      { partner: 'name:techniek pact', relation: 0, field: 'partner', message: { text: 'too long' } },
    ]);
    expect(general.map((problem) => problem.record)).toEqual(['answers[7]', 'token']);
  });

  it('refuses to send an incomplete relation', () => {
    const sheet = new AnswerSheet(ROSTER);
    sheet.setChosen('wsp-hr', true);
    expect(() => sheet.toInput()).toThrow('Relation 0 of "WSP Holland Rijnland" is not complete');
  });

  it('opens with what was saved, grouped per partner in the saved order', () => {
    const sheet = new AnswerSheet(ROSTER, [
      { partner: 'wsp-hr', partnerName: null, type: 'samenwerking', frequency: 'WEEKLY', importance: 5 },
      { partner: null, partnerName: 'Techniek Pact', type: 'advies', frequency: 'YEARLY', importance: 2 },
      { partner: 'wsp-hr', partnerName: null, type: 'financiering', frequency: 'YEARLY', importance: 3 },
    ]);
    expect(sheet.partners.map((partner) => [partner.name, partner.relations.map((relation) => relation.type)])).toEqual([
      ['WSP Holland Rijnland', ['samenwerking', 'financiering']],
      ['Techniek Pact', ['advies']],
    ]);
    expect(sheet.problems()).toEqual([]);
    sheet.removeRelation('actor:wsp-hr', 0);
    sheet.removeRelation('actor:wsp-hr', 0);
    expect(sheet.isChosen('wsp-hr')).toBe(false);
  });
});

describe('normaliseName', () => {
  it('compares names without case, accents or extra spaces', () => {
    expect(normaliseName('  Économie   Zuid ')).toBe('economie zuid');
  });
});
