/**
 * One driver per process. Short timeouts so that a request made while Neo4j is down fails
 * fast with DB_UNAVAILABLE instead of hanging; the driver reconnects by itself afterwards.
 * The URI's scheme decides the topology: `bolt://` talks to one server, `neo4j://` and
 * `neo4j+s://` (Aura) fetch a routing table and spread reads over readers, writes to the leader.
 */
import neo4j, { Neo4jError, type Driver } from 'neo4j-driver';

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

/**
 * Retries until the server answers, for a Neo4j that is still starting (Aura, a restart). With
 * a routing URI this also fetches the routing table of `database`, so a misnamed database or an
 * unroutable cluster stops the start here rather than at the first request.
 */
export async function waitForConnectivity(driver: Driver, timeoutMs: number, database: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await driver.getServerInfo({ database });
      return;
    } catch (error) {
      // A refused password stays refused; waiting would only hide it.
      if (error instanceof Neo4jError && error.code === 'Neo.ClientError.Security.Unauthorized') throw error;
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}
