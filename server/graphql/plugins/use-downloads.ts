/**
 * Downloads of the whole network over plain HTTP GET: /export/network.json (contract JSON),
 * /export/actors.csv, /export/links.csv (the CSV pair) and /export/network.gexf (Gephi).
 * `?persons=false` leaves out every person field. The filters of a scope (contract §7) apply as
 * the explorer's "Wat telt mee" sets them: `?illustrative=false`, `?unconfirmed=false`,
 * `?linkTypes=a,b`. The downloads carry the network, not figures, so the scope's `forums` and
 * `between` (how figures are measured) do not apply: forums and their links stay in the file,
 * which can be imported again as it is.
 */
import type { Plugin } from 'graphql-yoga';

import { DOWNLOADS } from '../../auth/policy';
import type { Caller } from '../../auth/roles';
import { refusal } from '../guard';

import { actorsToCsv, linksToCsv } from '../../exchange/csv';
import { networkToGexf } from '../../exchange/gexf';
import { scopeNetwork } from '../../graph/scoped-graph';
import { BrugkaartError } from '../../model/errors';
import { withoutPersons, type Network } from '../../model/network';
import type { Problem } from '../../model/parse-network';
import { checkScope, type ScopeResult } from '../../model/scope';
import type { NetworkStore } from '../../neo4j/network-store';

const FORMATS: Readonly<Record<string, { type: string; render: (network: Network) => string }>> = {
  'network.json': { type: 'application/json', render: (network) => `${JSON.stringify(network, null, 2)}\n` },
  'actors.csv': { type: 'text/csv', render: actorsToCsv },
  'links.csv': { type: 'text/csv', render: linksToCsv },
  'network.gexf': { type: 'application/gexf+xml', render: networkToGexf },
};

/** The scope the query string asks for; a bad value is refused naming `scope.<parameter>`. */
function downloadScope(parameters: URLSearchParams): ScopeResult {
  const problems: Problem[] = [];
  const flag = (name: 'illustrative' | 'unconfirmed'): boolean | undefined => {
    const value = parameters.get(name);
    if (value === null || value === 'true') return value === null ? undefined : true;
    if (value === 'false') return false;
    problems.push({ record: 'export', field: `scope.${name}`, message: `must be true or false, got "${value}"` });
    return undefined;
  };
  const request = { illustrative: flag('illustrative'), unconfirmed: flag('unconfirmed'), linkTypes: parameters.get('linkTypes')?.split(',') };
  const checked = checkScope(request, 'export');
  if (!checked.ok) return { ok: false, problems: [...problems, ...checked.problems] };
  return problems.length > 0 ? { ok: false, problems } : checked;
}

export function useDownloads(store: NetworkStore, callerOf: (request: Request) => Promise<Caller>, anonymousRead: boolean): Plugin {
  return {
    async onRequest({ request, url, fetchAPI, endResponse }) {
      if (!url.pathname.startsWith('/export/') || request.method !== 'GET') return;
      const refused = refusal(await callerOf(request).catch((): Caller => ({ kind: 'invalid' })), DOWNLOADS, anonymousRead, 'export');
      if (refused !== undefined) {
        endResponse(fetchAPI.Response.json({ errors: [{ message: refused.message, extensions: { code: refused.code } }] }, { status: refused.code === 'FORBIDDEN' ? 403 : 401 }));
        return;
      }
      const file = url.pathname.slice('/export/'.length);
      const format = FORMATS[file];
      if (format === undefined) {
        endResponse(new fetchAPI.Response(`Unknown export "${file}"; try ${Object.keys(FORMATS).join(', ')}.\n`, { status: 404 }));
        return;
      }
      const scope = downloadScope(url.searchParams);
      if (!scope.ok) {
        const refusedScope = { message: 'The scope of the export was refused.', extensions: { code: 'BAD_USER_INPUT', problems: scope.problems } };
        endResponse(fetchAPI.Response.json({ errors: [refusedScope] }, { status: 400 }));
        return;
      }
      try {
        const network = scopeNetwork(await store.exportNetwork(), scope.scope);
        const body = format.render(url.searchParams.get('persons') === 'false' ? withoutPersons(network) : network);
        endResponse(
          new fetchAPI.Response(body, {
            headers: {
              'content-type': `${format.type}; charset=utf-8`,
              'content-disposition': `attachment; filename="brugkaart-${file}"`,
            },
          }),
        );
      } catch (error) {
        const code = error instanceof BrugkaartError ? error.code : 'INTERNAL_SERVER_ERROR';
        const status = code === 'DB_UNAVAILABLE' ? 503 : 500;
        endResponse(fetchAPI.Response.json({ errors: [{ message: 'The export failed.', extensions: { code } }] }, { status }));
      }
    },
  };
}
