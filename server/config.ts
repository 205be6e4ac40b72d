/**
 * The only reader of process.env. Every default is visible here; main.ts and the tests build
 * a Config and pass it down, so nothing else depends on the environment.
 */
import path from 'node:path';

/** Requests per second and burst per client, for the HTTP front's token buckets. */
export interface RateLimit {
  readonly perSecond: number;
  readonly burst: number;
}

export interface EmbeddedNeo4jConfig {
  /** Folder holding the store; it survives restarts. */
  readonly home: string;
  readonly boltPort: number;
  /** JVM heap (-Xmx); embedded Neo4j ignores server.memory.heap.*. */
  readonly heap: string;
  /** Page cache; unset, Neo4j takes half of the machine's free memory. */
  readonly pageCache: string;
  /** Server-side limit for one transaction. */
  readonly transactionTimeout: string;
  /** Where the launcher's output goes. */
  readonly logFile: string;
  /** The password of the user neo4j, made on the first start; readable by its owner only. */
  readonly passwordFile: string;
}

export interface ExternalNeo4jConfig {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
}

export interface Config {
  readonly host: string;
  readonly port: number;
  /** `external` when NEO4J_URI is set; then nothing is started. */
  readonly neo4j: { readonly kind: 'embedded'; readonly embedded: EmbeddedNeo4jConfig } | { readonly kind: 'external'; readonly external: ExternalNeo4jConfig };
  readonly database: string;
  /** Largest request body accepted, in bytes. */
  readonly maxBodyBytes: number;
  /** Requests per second and burst per client (token or address). */
  readonly rateLimit: RateLimit;
  /** Client-side limit of one Neo4j transaction, in ms (the server has its own). */
  readonly transactionTimeoutMs: number;
  readonly production: boolean;
  /** Reading without a token (BRUGKAART_ANONYMOUS_READ); on by default, off in production. */
  readonly anonymousRead: boolean;
  /** Folder of the built client, served at / when present. */
  readonly clientDir: string;
  readonly seedDir: string;
  /** Load the seed network on the first start of an empty database (BRUGKAART_SEED=false: start empty). */
  readonly seed: boolean;
  /** The Chromium that prints reports to PDF (CHROMIUM_PATH); Debian's by default. */
  readonly chromiumPath: string;
}

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '..');

const integer = (value: string | undefined, fallback: number, name: string): number => {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) throw new Error(`${name} must be a whole number, got "${value}"`);
  return parsed;
};

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const dataDir = path.resolve(PROJECT_ROOT, env['BRUGKAART_DATA_DIR'] ?? 'data');
  const uri = env['NEO4J_URI'];
  return {
    host: env['HOST'] ?? '127.0.0.1',
    port: integer(env['PORT'], 4000, 'PORT'),
    neo4j:
      uri !== undefined && uri !== ''
        ? {
            kind: 'external',
            external: { uri, user: env['NEO4J_USER'] ?? env['NEO4J_USERNAME'] ?? 'neo4j', password: env['NEO4J_PASSWORD'] ?? '' },
          }
        : {
            kind: 'embedded',
            embedded: {
              home: path.join(dataDir, 'neo4j'),
              boltPort: integer(env['NEO4J_BOLT_PORT'], 7687, 'NEO4J_BOLT_PORT'),
              heap: env['NEO4J_HEAP'] ?? '1g',
              pageCache: env['NEO4J_PAGECACHE'] ?? '256m',
              transactionTimeout: env['NEO4J_TX_TIMEOUT'] ?? '30s',
              logFile: path.join(dataDir, 'neo4j.log'),
              passwordFile: path.join(dataDir, 'neo4j-password'),
            },
          },
    database: env['NEO4J_DATABASE'] ?? 'neo4j',
    maxBodyBytes: integer(env['BRUGKAART_MAX_BODY_BYTES'], 10 * 1024 * 1024, 'BRUGKAART_MAX_BODY_BYTES'),
    rateLimit: {
      perSecond: integer(env['BRUGKAART_RATE_PER_SECOND'], 50, 'BRUGKAART_RATE_PER_SECOND'),
      burst: integer(env['BRUGKAART_RATE_BURST'], 200, 'BRUGKAART_RATE_BURST'),
    },
    transactionTimeoutMs: integer(env['BRUGKAART_TX_TIMEOUT_MS'], 30_000, 'BRUGKAART_TX_TIMEOUT_MS'),
    production: env['NODE_ENV'] === 'production',
    anonymousRead: (env['BRUGKAART_ANONYMOUS_READ'] ?? (env['NODE_ENV'] === 'production' ? 'false' : 'true')) === 'true',
    clientDir: path.join(PROJECT_ROOT, 'dist', 'client'),
    seedDir: path.join(PROJECT_ROOT, 'seeds'),
    seed: env['BRUGKAART_SEED'] !== 'false',
    chromiumPath: env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  };
}
