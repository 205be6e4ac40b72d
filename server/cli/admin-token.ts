/**
 * `npm run --silent admin-token -- NAME`: makes a new admin token and prints it once, for an
 * operator who lost the first one. Needs access to the database itself (the embedded Neo4j's
 * Bolt port on this machine, or NEO4J_URI with its password), which only an operator has.
 */
import { readConfig } from '../config';
import { TokenStore } from '../neo4j/token-store';
import { connectDatabase } from './connect';

const name = process.argv.slice(2).join(' ').trim();
if (name === '') {
  process.stderr.write('usage: npm run --silent admin-token -- NAME\n');
  process.exit(2);
}
try {
  const { database, close } = await connectDatabase(readConfig());
  try {
    const { token } = await new TokenStore(database).create(name, 'admin');
    process.stdout.write(`${token}\n`);
    process.stderr.write('admin-token: shown once; it is stored only as a hash.\n');
  } finally {
    await close();
  }
} catch (error) {
  process.stderr.write(`admin-token: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
