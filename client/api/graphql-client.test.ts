/** The GraphQL client: data out, refusals as typed errors with code and problems, stale requests aborted. */
import { describe, expect, it } from 'vitest';

import { ApiError, GraphQLClient, isAborted } from './graphql-client';
import { operation } from './operations/operation';

const OP = operation<{ value: number }, { n: number }>('query Test($n: Int!) { value(n: $n) }');

const json = (body: unknown, status = 200): Response => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('GraphQLClient', () => {
  it('posts the operation and returns its data', async () => {
    let sent: unknown;
    const client = new GraphQLClient('/graphql', (_input, init) => {
      sent = JSON.parse(init?.body as string);
      return Promise.resolve(json({ data: { value: 4 } }));
    });
    await expect(client.request(OP, { n: 2 })).resolves.toEqual({ value: 4 });
    expect(sent).toMatchObject({ operationName: 'Test', variables: { n: 2 } });
  });

  it('sends the token as a bearer header only when there is one', async () => {
    const headers: (string | null)[] = [];
    let token: string | null = null;
    const client = new GraphQLClient(
      '/graphql',
      (_input, init) => {
        headers.push(new Headers(init?.headers).get('authorization'));
        return Promise.resolve(json({ data: { value: 1 } }));
      },
      () => token,
    );
    await client.request(OP, { n: 1 });
    token = 'bk_secret';
    await client.request(OP, { n: 1 });
    expect(headers).toEqual([null, 'Bearer bk_secret']);
  });

  it('turns a refusal into an ApiError with the code and the problems', async () => {
    const client = new GraphQLClient('/graphql', () =>
      Promise.resolve(
        json({
          data: null,
          errors: [{ message: 'The link was refused', extensions: { code: 'BAD_USER_INPUT', problems: [{ record: 'link', field: 'from', message: 'no actor has id "x"' }] } }],
        }),
      ),
    );
    const error: unknown = await client.request(OP, { n: 1 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', problems: [{ record: 'link', field: 'from', message: 'no actor has id "x"' }] });
  });

  it('uploads a file as a GraphQL multipart request: operations with the file variable null, the map, the file, the token', async () => {
    const UPLOAD = operation<{ imported: number }, { id: string; file: unknown }>('mutation Upload($id: ID!, $file: File!) { imported(id: $id, file: $file) }');
    let form: FormData | null = null;
    let headers = new Headers();
    const client = new GraphQLClient(
      '/graphql',
      (_input, init) => {
        form = init?.body as FormData;
        headers = new Headers(init?.headers);
        return Promise.resolve(json({ data: { imported: 3 } }));
      },
      () => 'bk_editor',
    );
    const file = new File(['respondent;partner\n'], 'answers.csv', { type: 'text/csv' });
    await expect(client.upload(UPLOAD, { id: 'round-1' }, { file })).resolves.toEqual({ imported: 3 });
    const sent = form as FormData | null;
    expect(sent).toBeInstanceOf(FormData);
    expect(JSON.parse(sent?.get('operations') as string)).toMatchObject({ operationName: 'Upload', variables: { id: 'round-1', file: null } });
    expect(JSON.parse(sent?.get('map') as string)).toEqual({ 0: ['variables.file'] });
    const part = sent?.get('0');
    expect(part).toBeInstanceOf(File);
    expect(await (part as File).text()).toBe('respondent;partner\n');
    expect((part as File).name).toBe('answers.csv');
    // The browser sets the multipart type with its boundary; a content type of our own would break it.
    expect(headers.get('content-type')).toBeNull();
    expect(headers.get('authorization')).toBe('Bearer bk_editor');
  });

  it('reports an unreachable server as NETWORK', async () => {
    const client = new GraphQLClient('/graphql', () => Promise.reject(new TypeError('fetch failed')));
    await expect(client.request(OP, { n: 1 })).rejects.toMatchObject({ code: 'NETWORK' });
  });

  it('aborts the running request when a newer one with the same key starts', async () => {
    const client = new GraphQLClient('/graphql', (_input, init) =>
      new Promise<Response>((resolve, reject) => {
        const signal = init?.signal;
        signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        setTimeout(() => resolve(json({ data: { value: 1 } })), 20);
      }),
    );
    const first = client.request(OP, { n: 1 }, { key: 'k' }).catch((error: unknown) => error);
    const second = client.request(OP, { n: 2 }, { key: 'k' });
    expect(isAborted(await first)).toBe(true);
    await expect(second).resolves.toEqual({ value: 1 });
  });
});
