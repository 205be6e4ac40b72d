/**
 * `npm run generate -- --actors N --links M [--seed S] [--out FILE]`: writes a synthetic
 * contract network spread over the 35 arbeidsmarktregio's (stdout without --out). M counts
 * every link, forum memberships included.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { PROJECT_ROOT } from '../config';
import { generateNetwork } from '../generate/generate-network';
import { isForumType } from '../model/network';
import { parseRegions } from '../model/reference';

const USAGE = 'usage: npm run generate -- --actors N --links M [--seed S] [--out FILE]';

function wholeNumber(name: string, value: string | undefined, fallback?: number): number {
  if (value === undefined && fallback !== undefined) return fallback;
  const parsed = Number(value);
  if (value === undefined || !Number.isInteger(parsed) || parsed < 0) {
    process.stderr.write(`generate: --${name} must be a whole number\n${USAGE}\n`);
    process.exit(2);
  }
  return parsed;
}

const { values } = parseArgs({
  options: { actors: { type: 'string' }, links: { type: 'string' }, seed: { type: 'string' }, out: { type: 'string' } },
});
const regions = parseRegions(JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'seeds', 'regions.json'), 'utf8')));
const network = generateNetwork({
  actors: wholeNumber('actors', values.actors),
  links: wholeNumber('links', values.links),
  seed: wholeNumber('seed', values.seed, 1),
  regions,
});
const text = `${JSON.stringify(network)}\n`;
if (values.out === undefined) process.stdout.write(text);
else {
  writeFileSync(values.out, text);
  const forums = new Set(network.actors.filter((actor) => isForumType(actor.type)).map((actor) => actor.id));
  const memberships = network.links.filter((link) => forums.has(link.from) || forums.has(link.to)).length;
  process.stderr.write(
    `generate: ${String(network.actors.length)} actors (${String(forums.size)} forums), ${String(network.links.length)} links (${String(memberships)} forum memberships) → ${values.out}\n`,
  );
}
