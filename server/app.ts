/**
 * Composition: a Neo4j target → driver → schema, reference data and seed → yoga, the
 * downloads and the reports (with their Chromium) → HTTP.
 * main.ts runs it for `npm start`; the integration tests run it against their own Neo4j.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import type { Driver } from 'neo4j-driver';

import { AnalysisService } from './analysis-worker/analysis-service';
import { callerOf } from './auth/tokens';
import type { RateLimit } from './config';
import { createBrugkaartYoga, type BrugkaartYoga } from './graphql/yoga';
import { createDownloads } from './http/downloads';
import { RateLimiter } from './http/rate-limit';
import { createHttpServer } from './http/server';
import { createDriver, waitForConnectivity, type DriverTarget } from './neo4j/driver';
import { NetworkStore } from './neo4j/network-store';
import { Database } from './neo4j/run';
import { SurveyStore } from './neo4j/survey-store';
import { TokenStore } from './neo4j/token-store';
import { prepareDatabase, readSeedFiles, type SeedOutcome } from './neo4j/seed';
import { ReportPrinter } from './report/printer';
import { createReports } from './report/report-route';

/**
 * Saves of one survey form: a burst of 20, then one per 3 s. The form sends no bearer token, so
 * the HTTP limiter counts its requests per address; this one stops a single link from flooding.
 */
const SURVEY_SAVE_LIMIT = { burst: 20, perSecond: 1 / 3 } as const;

export interface AppOptions {
  readonly target: DriverTarget;
  readonly database: string;
  readonly seedDir: string;
  /** False: reference data only, the network starts empty. */
  readonly seed: boolean;
  readonly clientDir: string;
  readonly maxBodyBytes: number;
  readonly rateLimit: RateLimit;
  readonly transactionTimeoutMs: number;
  readonly production: boolean;
  /** May callers without a token read? */
  readonly anonymousRead: boolean;
  readonly host: string;
  /** 0 picks a free port. */
  readonly port: number;
  /** The Chromium that prints reports; started on the first report. */
  readonly chromiumPath: string;
}

export interface App {
  readonly url: string;
  readonly yoga: BrugkaartYoga;
  readonly store: NetworkStore;
  readonly tokens: TokenStore;
  readonly surveys: SurveyStore;
  /** The analytics worker's side on the request thread; its report tells what the worker did. */
  readonly analysis: AnalysisService;
  readonly seedOutcome: SeedOutcome;
  /** The first admin token, made on a start that found none; shown once. */
  readonly firstAdminToken: string | undefined;
  close(): Promise<void>;
}

export async function startApp(options: AppOptions): Promise<App> {
  const seeds = readSeedFiles(options.seedDir);
  const driver: Driver = createDriver(options.target);
  try {
    await waitForConnectivity(driver, 60_000, options.database);
    const database = new Database(driver, options.database, options.transactionTimeoutMs);
    const store = new NetworkStore(database);
    const tokens = new TokenStore(database);
    const surveys = new SurveyStore(database);
    const seedOutcome = await prepareDatabase(store, seeds, options.seed);
    const firstAdminToken = await tokens.ensureAdmin('eerste beheerder');
    const analysis = new AnalysisService({
      target: options.target,
      database: options.database,
      transactionTimeoutMs: options.transactionTimeoutMs,
      version: () => store.version(),
      bookmarks: () => database.bookmarks.getBookmarks(),
    });
    const yoga = createBrugkaartYoga({ store, tokens, surveys, surveySaves: new RateLimiter(SURVEY_SAVE_LIMIT), analysis, anonymousRead: options.anonymousRead, production: options.production });
    const downloads = createDownloads({
      network: () => store.exportNetwork(),
      callerOf: (authorization) => callerOf(tokens, authorization),
      anonymousRead: options.anonymousRead,
    });
    let selfUrl = '';
    const printer = new ReportPrinter({ chromiumPath: options.chromiumPath, selfUrl: () => selfUrl });
    const reports = createReports({
      printer,
      regionIds: async () => (await store.regions()).map((region) => region.id),
      callerOf: (authorization) => callerOf(tokens, authorization),
      anonymousRead: options.anonymousRead,
      today: () => new Date().toISOString().slice(0, 10),
    });
    const server = createHttpServer({
      yoga,
      downloads,
      reports,
      maxBodyBytes: options.maxBodyBytes,
      clientDir: options.clientDir,
      rateLimit: options.rateLimit,
      verifiedTokens: tokens.verified,
    });
    await listen(server, options.port, options.host);
    const { port } = server.address() as AddressInfo;
    const url = `http://${options.host}:${String(port)}`;
    // The browser reaches this server on the loopback when it listens on every address.
    selfUrl = `http://${options.host === '0.0.0.0' || options.host === '::' ? '127.0.0.1' : options.host}:${String(port)}`;
    return {
      url,
      yoga,
      store,
      tokens,
      surveys,
      analysis,
      seedOutcome,
      firstAdminToken,
      close: async () => {
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
        await printer.close();
        await analysis.close();
        await driver.close();
      },
    };
  } catch (error) {
    await driver.close();
    throw error;
  }
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}
