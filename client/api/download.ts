/**
 * The /export/* downloads with the caller's token: a plain link cannot send an Authorization
 * header, so where anonymous reading is off it would be refused. The file is fetched with the
 * token and handed to the browser as a Blob; a refusal becomes an ApiError like any other.
 */
import { ApiError, toApiError } from './graphql-client';

interface RefusalBody {
  readonly errors?: readonly { readonly message?: unknown; readonly extensions?: { readonly code?: unknown } }[];
}

/** Fetches a download; resolves with its content or rejects with an ApiError. */
export async function fetchDownload(url: string, token: string | null, fetchFn: typeof fetch = (input, init) => fetch(input, init)): Promise<Blob> {
  let response: Response;
  try {
    response = await fetchFn(url, { headers: token === null ? {} : { authorization: `Bearer ${token}` } });
  } catch (error) {
    throw new ApiError('NETWORK', error instanceof Error ? error.message : 'The server did not answer');
  }
  if (response.ok) return response.blob();
  const body = (await response.json().catch(() => ({}))) as RefusalBody;
  if (body.errors !== undefined && body.errors.length > 0) throw toApiError(body.errors, response.status);
  throw new ApiError('HTTP', `HTTP ${String(response.status)} ${response.statusText}`, [], response.status);
}

/** Hands content to the browser as a file download. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser reads the Blob after the click returns; keep the URL alive a while.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
