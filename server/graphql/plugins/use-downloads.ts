/**
 * Downloads of the whole network over plain HTTP GET: /export/network.json (contract JSON),
 * /export/actors.csv, /export/links.csv (the CSV pair) and /export/network.gexf (Gephi).
 * `?persons=false` leaves out every person field.
 */
import type { Plugin } from 'graphql-yoga';

import { DOWNLOADS } from '../../auth/policy';
import type { Caller } from '../../auth/roles';
import { refusal } from '../guard';

import { actorsToCsv, linksToCsv } from '../../exchange/csv';
import { networkToGexf } from '../../exchange/gexf';
import { withoutPersons, type Network } from '../../model/network';
import type { NetworkStore } from '../../neo4j/network-store';
import { BrugkaartError } from '../../model/errors';

const FORMATS: Readonly<Record<string, { type: string; render: (network: Network) => string }>> = {
  'network.json': { type: 'application/json', render: (network) => `${JSON.stringify(network, null, 2)}\n` },
  'actors.csv': { type: 'text/csv', render: actorsToCsv },
  'links.csv': { type: 'text/csv', render: linksToCsv },
  'network.gexf': { type: 'application/gexf+xml', render: networkToGexf },
};

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
      try {
        const network = await store.exportNetwork();
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
