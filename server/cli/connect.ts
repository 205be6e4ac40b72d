/**
 * The database the maintenance commands (backup, restore, admin-token) talk to: NEO4J_URI's when set,
 * otherwise the embedded Neo4j of a running `npm start` on its Bolt port, with the password kept
 * in the data folder.
 */
import { Neo4jError } from 'neo4j-driver';

import type { Config, EmbeddedNeo4jConfig } from '../config';
import { createDriver, waitForConnectivity, type DriverTarget } from '../neo4j/driver';
import { NetworkStore } from '../neo4j/network-store';
import { readPasswordFile } from '../neo4j/password';
import { Database } from '../neo4j/run';

export async function connectDatabase(config: Config): Promise<{ database: Database; close: () => Promise<void> }> {
  const target = config.neo4j.kind === 'external' ? config.neo4j.external : embeddedTarget(config.neo4j.embedded);
  const driver = createDriver(target);
  try {
    await waitForConnectivity(driver, 5_000, config.database);
  } catch (error) {
    await driver.close();
    if (error instanceof Neo4jError && error.code === 'Neo.ClientError.Security.Unauthorized') {
      throw new Error(`Neo4j at ${target.uri} refused user ${target.user}'s password: ${error.message}`);
    }
    throw new Error(`cannot reach Neo4j at ${target.uri}: start brugkaart first (npm start) or set NEO4J_URI`);
  }
  return { database: new Database(driver, config.database, config.transactionTimeoutMs), close: () => driver.close() };
}

function embeddedTarget(embedded: EmbeddedNeo4jConfig): DriverTarget {
  const password = readPasswordFile(embedded.passwordFile);
  if (password === undefined) {
    throw new Error(`no Neo4j password in ${embedded.passwordFile}: start brugkaart once on this data folder (npm start), or set BRUGKAART_DATA_DIR or NEO4J_URI`);
  }
  return { uri: `bolt://127.0.0.1:${String(embedded.boltPort)}`, user: 'neo4j', password };
}

export async function connectStore(config: Config): Promise<{ store: NetworkStore; close: () => Promise<void> }> {
  const { database, close } = await connectDatabase(config);
  return { store: new NetworkStore(database), close };
}
