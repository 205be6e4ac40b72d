/**
 * One driver per process. Short timeouts so that a request made while Neo4j is down fails
 * fast with DB_UNAVAILABLE instead of hanging; the driver reconnects by itself afterwards.
 */
import neo4j, { type Driver } from 'neo4j-driver';

export interface DriverTarget {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
}

export function createDriver(target: DriverTarget): Driver {
  return neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password), {
    maxTransactionRetryTime: 3_000,
    connectionTimeout: 5_000,
    connectionAcquisitionTimeout: 10_000,
    maxConnectionPoolSize: 50,
    disableLosslessIntegers: false,
  });
}

/** Retries until the server answers, for a Neo4j that is still starting (Aura, a restart). */
export async function waitForConnectivity(driver: Driver, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await driver.getServerInfo();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}
