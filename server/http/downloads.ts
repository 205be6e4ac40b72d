/**
 * Downloads of the whole network over plain HTTP GET: /export/network.json (contract JSON),
 * /export/actors.csv, /export/links.csv (the CSV pair) and /export/network.gexf (Gephi), each
 * written by server/exchange/. `?persons=false` leaves out every person field. The filters of
 * a scope (contract §7) apply as the explorer's "Wat telt mee" sets them: `?illustrative=false`,
 * `?unconfirmed=false`, `?linkTypes=a,b`, and `?at=YYYY-MM-DD` (contract §8: only the actors and
 * links present on that day). The downloads carry the network, not figures, so the
 * scope's `forums` and `between` (how figures are measured) do not apply: forums and their
 * links stay in the file, which can be imported again as it is.
 *
 * The front (server.ts) has decoded the path and query, applied the rate limit and allowed
 * GET only; a refusal here answers with the same body as a GraphQL refusal: `errors[0]` with
 * the message and `extensions.code`.
 */
import { DOWNLOADS } from '../auth/policy';
import type { Caller } from '../auth/roles';
import { writeActorsCsv, writeLinksCsv } from '../exchange/csv';
import { writeNetworkGexf } from '../exchange/gexf';
import { writeNetworkJson } from '../exchange/json';
import { refusal } from '../graphql/guard';
import { scopeNetwork } from '../graph/scoped-graph';
import { BrugkaartError } from '../model/errors';
import { withoutPersons, type Network } from '../model/network';
import type { Problem } from '../model/parse-network';
import { scopeFromQuery } from '../model/scope';

const FORMATS: Readonly<Record<string, { type: string; write: (network: Network) => string }>> = {
  'network.json': { type: 'application/json', write: writeNetworkJson },
  'actors.csv': { type: 'text/csv', write: writeActorsCsv },
  'links.csv': { type: 'text/csv', write: writeLinksCsv },
  'network.gexf': { type: 'application/gexf+xml', write: writeNetworkGexf },
};

/** What the front sends back for one download. */
export interface DownloadAnswer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/** One download request: the file after /export/, the query, and the Authorization header. */
export type Downloads = (file: string, parameters: URLSearchParams, authorization: string | undefined) => Promise<DownloadAnswer>;

export interface DownloadOptions {
  /** The whole network as stored. */
  readonly network: () => Promise<Network>;
  readonly callerOf: (authorization: string | undefined) => Promise<Caller>;
  /** May callers without a token read? */
  readonly anonymousRead: boolean;
}

const refused = (status: number, message: string, extensions: { code: string; problems?: readonly Problem[] }): DownloadAnswer => ({
  status,
  headers: { 'content-type': 'application/json; charset=utf-8' },
  body: JSON.stringify({ errors: [{ message, extensions }] }),
});

export function createDownloads(options: DownloadOptions): Downloads {
  return async (file, parameters, authorization) => {
    const caller = await options.callerOf(authorization).catch((): Caller => ({ kind: 'invalid' }));
    const denied = refusal(caller, DOWNLOADS, options.anonymousRead, 'export');
    if (denied !== undefined) return refused(denied.code === 'FORBIDDEN' ? 403 : 401, denied.message, { code: denied.code });
    const format = FORMATS[file];
    if (format === undefined) {
      return {
        status: 404,
        headers: { 'content-type': 'text/plain; charset=utf-8' },
        body: `Unknown export "${file}"; try ${Object.keys(FORMATS).join(', ')}.\n`,
      };
    }
    const scope = scopeFromQuery(parameters, 'export', false);
    if (!scope.ok) return refused(400, 'The scope of the export was refused.', { code: 'BAD_USER_INPUT', problems: scope.problems });
    try {
      const network = scopeNetwork(await options.network(), scope.scope);
      return {
        status: 200,
        headers: {
          'content-type': `${format.type}; charset=utf-8`,
          'content-disposition': `attachment; filename="brugkaart-${file}"`,
        },
        body: format.write(parameters.get('persons') === 'false' ? withoutPersons(network) : network),
      };
    } catch (error) {
      const code = error instanceof BrugkaartError ? error.code : 'INTERNAL_SERVER_ERROR';
      return refused(code === 'DB_UNAVAILABLE' ? 503 : 500, 'The export failed.', { code });
    }
  };
}
