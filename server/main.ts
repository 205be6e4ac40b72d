/**
 * `npm start`: the embedded Neo4j (or NEO4J_URI's database), seeded on first start, behind the
 * GraphQL API, GraphiQL and the explorer on http://127.0.0.1:4000.
 */
import { startApp, type App } from './app';
import { readConfig } from './config';
import type { DriverTarget } from './neo4j/driver';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from './neo4j/embedded';

const config = readConfig();
const started = Date.now();
const seconds = (): string => ((Date.now() - started) / 1000).toFixed(1);

let neo4j: EmbeddedNeo4j | undefined;
let app: App | undefined;
let stopping: Promise<never> | undefined;

/**
 * The one way out: closes the app and stops the embedded Neo4j cleanly, then exits. Reached from
 * signals, a failed start and anything thrown that nothing caught (the launcher also ends by
 * itself when this process dies, but a clean stop spares Neo4j its recovery on the next start).
 */
const exit = (code: number): Promise<never> =>
  (stopping ??= (async () => {
    try {
      await app?.close();
    } finally {
      await neo4j?.stop();
      process.exit(code);
    }
  })());

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    console.log('Stopping …');
    void exit(0);
  });
}
process.on('uncaughtException', (error) => {
  console.error('brugkaart stops after an unexpected error:', error);
  void exit(1);
});
process.on('unhandledRejection', (reason) => {
  console.error('brugkaart stops after an unexpected error:', reason);
  void exit(1);
});

try {
  let target: DriverTarget;
  if (config.neo4j.kind === 'embedded') {
    console.log(`Starting the embedded Neo4j (data in ${config.neo4j.embedded.home}) …`);
    neo4j = await startEmbeddedNeo4j(config.neo4j.embedded);
    console.log(`Neo4j is ready at ${neo4j.uri} after ${seconds()} s.`);
    target = { uri: neo4j.uri, user: 'neo4j', password: neo4j.password };
  } else {
    target = config.neo4j.external;
  }
  app = await startApp({ ...config, target });
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
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await exit(1);
}
