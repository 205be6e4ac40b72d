/**
 * Reading a network from disk for the command line: a contract JSON file, or a folder holding
 * the CSV pair (`actors.csv`, `links.csv`). File-system failures come back as problems, like
 * invalid content, so the caller reports both the same way.
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

import { readNetworkCsv } from '../exchange/csv';
import { readNetworkJson } from '../exchange/json';
import type { ParseResult } from '../model/parse-network';

/**
 * Reads and parses FILE: a folder is read as the CSV pair, anything else as JSON.
 *
 * Complexity: O(file size).
 */
export async function readNetworkFile(path: string): Promise<ParseResult> {
  const kind = await stat(path).then(
    (info) => (info.isDirectory() ? 'folder' : 'file'),
    () => 'missing' as const,
  );
  if (kind === 'missing') return refuse(path, '(path)', 'does not exist or cannot be read');
  if (kind === 'file') {
    const text = await readText(path);
    return text === undefined ? refuse(path, '(file)', 'cannot be read') : readNetworkJson(text);
  }
  const [actors, links] = await Promise.all([readText(join(path, 'actors.csv')), readText(join(path, 'links.csv'))]);
  if (actors === undefined || links === undefined) {
    return refuse(path, '(folder)', 'must hold both actors.csv and links.csv');
  }
  return readNetworkCsv(actors, links);
}

async function readText(path: string): Promise<string | undefined> {
  return readFile(path, 'utf8').catch(() => undefined);
}

function refuse(record: string, field: string, message: string): ParseResult {
  return { ok: false, problems: [{ record, field, message }] };
}
