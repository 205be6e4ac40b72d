/**
 * `npm run --silent backup -- FILE`: writes a consistent backup of the network and its audit
 * trail, with a checksum, while the server keeps running.
 */
import { writeFileSync } from 'node:fs';

import { makeBackup } from '../backup/backup-file';
import { readConfig } from '../config';
import { connectStore } from './connect';

const file = process.argv[2];
if (file === undefined || file === '') {
  process.stderr.write('usage: npm run --silent backup -- FILE\n');
  process.exit(2);
}
try {
  const { store, close } = await connectStore(readConfig());
  try {
    const backup = makeBackup(await store.backupContent(), new Date());
    writeFileSync(file, `${JSON.stringify(backup)}\n`);
    const { actors, links, changes } = backup.content;
    process.stderr.write(`backup: ${String(actors.length)} actors, ${String(links.length)} links, ${String(changes.length)} audit records → ${file} (${backup.checksum})\n`);
  } finally {
    await close();
  }
} catch (error) {
  process.stderr.write(`backup: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
