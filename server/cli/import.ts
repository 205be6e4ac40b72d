/**
 * `npm run --silent import -- FILE [--replace] [--import-id ID]`: loads a contract network
 * (JSON file, or a folder with actors.csv and links.csv) into the running brugkaart's Neo4j in
 * one transaction, all or nothing, showing how far it is on standard error. Without
 * --replace the actors are added (ids that exist already are refused); with it the network
 * replaces the current one. The audit trail records the import under the name "cli".
 */
import { parseArgs } from 'node:util';

import { readConfig } from '../config';
import { formatProblem } from '../model/parse-network';
import type { WriteProgress } from '../neo4j/records';
import { connectStore } from './connect';
import { readNetworkFile } from './read-network-file';

const USAGE = 'usage: npm run --silent import -- FILE [--replace] [--import-id ID]';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { replace: { type: 'boolean', default: false }, 'import-id': { type: 'string' } },
});
const [file, ...extra] = positionals;
if (file === undefined || extra.length > 0) {
  process.stderr.write(`import: one FILE expected\n${USAGE}\n`);
  process.exit(2);
}

const read = await readNetworkFile(file);
if (!read.ok) {
  process.stderr.write(`import: ${file} is refused, nothing was written:\n${read.problems.map((problem) => `  ${formatProblem(problem)}\n`).join('')}`);
  process.exit(1);
}

const percent = (done: number, total: number): string => (total === 0 ? '100' : ((100 * done) / total).toFixed(0));
const report = ({ actors, totalActors, links, totalLinks }: WriteProgress): void => {
  process.stderr.write(`\rimport: actors ${String(actors)}/${String(totalActors)} (${percent(actors, totalActors)} %), links ${String(links)}/${String(totalLinks)} (${percent(links, totalLinks)} %)`);
};

const started = performance.now();
try {
  const { store, close } = await connectStore(readConfig());
  try {
    const summary = await store.importNetwork(read.network, values.replace ? 'REPLACE' : 'ADD', { who: 'cli' }, values['import-id'], { onProgress: report });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const what = summary.repeated ? 'was loaded before (same --import-id); nothing was written' : `committed in ${seconds} s`;
    process.stderr.write(`\nimport: ${summary.mode}, ${String(summary.actors)} actors, ${String(summary.links)} links ${what}\n`);
  } finally {
    await close();
  }
} catch (error) {
  process.stderr.write(`\nimport: nothing was written: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
