/**
 * `npm run --silent restore -- FILE`: checks a backup's checksum and restores it into an empty
 * database, all or nothing.
 */
import { readFileSync } from 'node:fs';

import { readBackup } from '../backup/backup-file';
import { readConfig } from '../config';
import { connectStore } from './connect';

const file = process.argv[2];
if (file === undefined || file === '') {
  process.stderr.write('usage: npm run --silent restore -- FILE\n');
  process.exit(2);
}
try {
  const backup = readBackup(readFileSync(file, 'utf8'));
  const { store, close } = await connectStore(readConfig());
  try {
    await store.restore(backup.content);
    process.stderr.write(`restore: ${String(backup.content.actors.length)} actors and ${String(backup.content.links.length)} links from ${backup.createdAt} restored\n`);
  } finally {
    await close();
  }
} catch (error) {
  process.stderr.write(`restore: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
