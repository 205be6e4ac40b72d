/**
 * A GraphQL operation with its result and variable types attached. The types are phantom:
 * they exist only for the compiler, so `client.request(OP, vars)` is checked end to end.
 * They are generated from schema/*.graphql and the operation texts (client/api/generated.ts,
 * `npm run codegen`); the generator finds a text by the GraphQL comment before its template.
 */
import type { Domain as SchemaDomain } from '../generated';

export interface Operation<TData, TVariables> {
  readonly name: string;
  readonly query: string;
  /** Phantom fields; never set at run time. */
  readonly __data?: TData;
  readonly __variables?: TVariables;
}

export type NoVariables = Record<string, never>;

/**
 * Names an operation by the name in its query text, so server logs show it. The fragments it
 * spreads are sent along with it.
 */
export function operation<TData, TVariables = NoVariables>(query: string, ...fragments: readonly string[]): Operation<TData, TVariables> {
  const name = /^\s*(?:query|mutation)\s+(\w+)/.exec(query)?.[1];
  if (name === undefined) throw new Error('An operation needs a name');
  return { name, query: [query, ...new Set(fragments)].join('\n') };
}

/** Contract §1: SZ = sociaal domein, EZ = economisch domein. */
export type Domain = SchemaDomain;
export const DOMAINS: readonly Domain[] = ['SZ', 'EZ', 'ONDERWIJS', 'OVERIG'];

