import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { preparePassword, readPasswordFile } from './password';

let folder: string;
let file: string;
const modeOf = (target: string): number => statSync(target).mode & 0o777;

beforeEach(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'brugkaart-password-'));
  file = path.join(folder, 'data', 'neo4j-password');
});

afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe('the embedded Neo4j password', () => {
  it('is made random and owner-only, pending until Neo4j has it', () => {
    const first = preparePassword(file);
    expect(first.mustSet).toBe(true);
    expect(first.password).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(existsSync(file)).toBe(false);
    expect(modeOf(`${file}.new`)).toBe(0o600);

    // A start that died before Neo4j confirmed offers the same password again.
    expect(preparePassword(file).password).toBe(first.password);

    first.confirm();
    expect(existsSync(`${file}.new`)).toBe(false);
    expect(readPasswordFile(file)).toBe(first.password);
    const later = preparePassword(file);
    expect(later).toMatchObject({ password: first.password, mustSet: false });
  });

  it('is different on every new data folder', () => {
    const other = path.join(folder, 'other', 'neo4j-password');
    expect(preparePassword(file).password).not.toBe(preparePassword(other).password);
  });

  it('narrows a file others may read to owner-only', () => {
    preparePassword(file).confirm();
    chmodSync(file, 0o644);
    readPasswordFile(file);
    expect(modeOf(file)).toBe(0o600);
  });

  it('refuses an empty file, naming it', () => {
    preparePassword(file).confirm();
    writeFileSync(file, '\n');
    expect(() => readPasswordFile(file)).toThrow(`The Neo4j password file ${file} is empty`);
    expect(readFileSync(file, 'utf8')).toBe('\n');
  });

  it('is undefined where none was made', () => {
    expect(readPasswordFile(file)).toBeUndefined();
  });
});
