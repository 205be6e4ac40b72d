/**
 * The backup file: the network (actors with their versions, links), the audit trail and the
 * survey rounds (issue 17; absent from backups made before them), with a SHA-256 checksum over
 * exactly that content, so a damaged or edited file is refused before anything is restored.
 */
import { createHash } from 'node:crypto';

import type { StoredContent } from '../neo4j/network-store';

const BACKUP_FORMAT = 'brugkaart-backup/1';

export type BackupContent = StoredContent;

export interface BackupFile {
  readonly format: typeof BACKUP_FORMAT;
  readonly createdAt: string;
  readonly checksum: string;
  readonly content: BackupContent;
}

const checksumOf = (content: BackupContent): string => `sha256:${createHash('sha256').update(JSON.stringify(content)).digest('hex')}`;

export function makeBackup(content: BackupContent, createdAt: Date): BackupFile {
  return { format: BACKUP_FORMAT, createdAt: createdAt.toISOString(), checksum: checksumOf(content), content };
}

/** Reads a backup file's text; throws a message naming what is wrong. */
export function readBackup(text: string): BackupFile {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Error(`the backup is not valid JSON (${error instanceof Error ? error.message : String(error)})`, { cause: error });
  }
  const file = value as Partial<BackupFile> | null;
  if (file?.format !== BACKUP_FORMAT || file.content === undefined || typeof file.checksum !== 'string') {
    throw new Error(`the file is not a ${BACKUP_FORMAT} backup`);
  }
  const actual = checksumOf(file.content);
  if (actual !== file.checksum) throw new Error(`the checksum does not match (file says ${file.checksum}, content gives ${actual}): the backup is damaged or was edited`);
  return file as BackupFile;
}
