/**
 * The database the maintenance commands (backup, restore, admin-token) talk to: NEO4J_URI's when set,
 * otherwise the embedded Neo4j of a running `npm start` on its Bolt port.
 */
import type { Config } from '../config';
import { createDriver, waitForConnectivity } from '../neo4j/driver';
import { NetworkStore } from '../neo4j/network-store';
import { Database } from '../neo4j/run';

export async function connectDatabase(config: Config): Promise<{ database: Database; close: () => Promise<void> }> {
  const target =
    config.neo4j.kind === 'external'
      ? config.neo4j.external
      : { uri: `bolt://127.0.0.1:${String(config.neo4j.embedded.boltPort)}`, user: 'neo4j', password: '' };
  const driver = createDriver(target);
  try {
    await waitForConnectivity(driver, 5_000, config.database);
  } catch {
    await driver.close();
    throw new Error(`cannot reach Neo4j at ${target.uri}: start brugkaart first (npm start) or set NEO4J_URI`);
  }
  return { database: new Database(driver, config.database, config.transactionTimeoutMs), close: () => driver.close() };
}

export async function connectStore(config: Config): Promise<{ store: NetworkStore; close: () => Promise<void> }> {
  const { database, close } = await connectDatabase(config);
  return { store: new NetworkStore(database), close };
}
