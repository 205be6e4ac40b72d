/**
 * The password of the embedded Neo4j's user `neo4j`: random, made on the first start, kept in a
 * file of the data folder that only its owner may read. A new password is first written beside
 * the file (`.new`) and takes the file's name only once Neo4j has it, so a start that dies in
 * between leaves no file naming a password Neo4j does not know.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const OWNER_ONLY = 0o600;

export interface EmbeddedPassword {
  readonly password: string;
  /** True when Neo4j does not know this password yet and the launcher must set it. */
  readonly mustSet: boolean;
  /** Call once Neo4j has the password: the pending file becomes the password file. */
  confirm(): void;
}

/** The stored password, or undefined when none was made yet; narrows a wider file mode to owner-only. */
export function readPasswordFile(file: string): string | undefined {
  if (!existsSync(file)) return undefined;
  if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, OWNER_ONLY);
  const password = readFileSync(file, 'utf8').trim();
  if (password === '') throw new Error(`The Neo4j password file ${file} is empty; delete it and start brugkaart again to set a new password.`);
  return password;
}

export function preparePassword(file: string): EmbeddedPassword {
  const stored = readPasswordFile(file);
  if (stored !== undefined) return { password: stored, mustSet: false, confirm: () => undefined };
  const pendingFile = `${file}.new`;
  let password = readPasswordFile(pendingFile);
  if (password === undefined) {
    password = randomBytes(32).toString('base64url');
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(pendingFile, `${password}\n`, { mode: OWNER_ONLY, flag: 'wx' });
  }
  return { password, mustSet: true, confirm: () => renameSync(pendingFile, file) };
}
