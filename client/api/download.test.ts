/** Downloads carry the token (anonymous reading may be off) and turn a refusal into an ApiError. */
import { describe, expect, it } from 'vitest';

import { fetchDownload } from './download';
import { ApiError } from './graphql-client';

describe('fetchDownload', () => {
  it('sends the token as a bearer header only when there is one, and resolves with the file', async () => {
    const sent: (string | null)[] = [];
    const serve: typeof fetch = (_input, init) => {
      sent.push(new Headers(init?.headers).get('authorization'));
      return Promise.resolve(new Response('id,name\n', { headers: { 'content-type': 'text/csv' } }));
    };
    const withToken = await fetchDownload('/export/actors.csv', 'bk_secret', serve);
    await fetchDownload('/export/actors.csv', null, serve);
    expect(sent).toEqual(['Bearer bk_secret', null]);
    expect(await withToken.text()).toBe('id,name\n');
  });

  it("turns the server's refusal into an ApiError with its code", async () => {
    const refuse: typeof fetch = () =>
      Promise.resolve(Response.json({ errors: [{ message: 'A token is needed.', extensions: { code: 'UNAUTHENTICATED' } }] }, { status: 401 }));
    const refusal = await fetchDownload('/export/network.json', null, refuse).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ApiError);
    expect(refusal).toMatchObject({ code: 'UNAUTHENTICATED', status: 401 });
  });

  it('says HTTP when the refusal has no GraphQL body, and NETWORK when nothing answers', async () => {
    const notFound: typeof fetch = () => Promise.resolve(new Response('Unknown export', { status: 404 }));
    await expect(fetchDownload('/export/x', null, notFound)).rejects.toMatchObject({ code: 'HTTP', status: 404 });
    const offline: typeof fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    await expect(fetchDownload('/export/x', null, offline)).rejects.toMatchObject({ code: 'NETWORK' });
  });
});
