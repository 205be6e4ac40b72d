/**
 * `npm start`: the embedded Neo4j (or NEO4J_URI's database), seeded on first start, behind the
 * GraphQL API, GraphiQL and the explorer on http://127.0.0.1:4000.
 */
import { startApp } from './app';
import { readConfig } from './config';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from './neo4j/embedded';

const config = readConfig();
const started = Date.now();
const seconds = (): string => ((Date.now() - started) / 1000).toFixed(1);

let neo4j: EmbeddedNeo4j | undefined;
if (config.neo4j.kind === 'embedded') {
  console.log(`Starting the embedded Neo4j (data in ${config.neo4j.embedded.home}) …`);
  neo4j = await startEmbeddedNeo4j(config.neo4j.embedded);
  console.log(`Neo4j is ready at ${neo4j.uri} after ${seconds()} s.`);
}
const target =
  config.neo4j.kind === 'embedded'
    ? { uri: neo4j?.uri ?? '', user: 'neo4j', password: '' }
    : config.neo4j.external;

try {
  const app = await startApp({ ...config, target });
  const seedMessage = {
    seeded: 'the seed network was loaded',
    'already-seeded': 'the seed network was loaded on an earlier start',
    'not-empty': 'the database already holds a network; no seed loaded',
    'seed-off': 'seeding is off (BRUGKAART_SEED=false)',
  }[app.seedOutcome];
  console.log(`brugkaart is running after ${seconds()} s (${seedMessage}).`);
  console.log(`  Explorer: ${app.url}/`);
  console.log(`  GraphiQL: ${app.url}/graphql`);
  if (app.firstAdminToken !== undefined) {
    console.log('');
    console.log('  First admin token (shown once; keep it safe, it is stored only as a hash):');
    console.log(`    ${app.firstAdminToken}`);
    console.log('  Use it in the explorer ("Inloggen") or as "Authorization: Bearer <token>"; make editor and viewer tokens with createToken.');
  }

  let stopping = false;
  const stop = async (): Promise<void> => {
    if (stopping) return;
    stopping = true;
    console.log('Stopping …');
    await app.close();
    await neo4j?.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await neo4j?.stop();
  process.exit(1);
}
