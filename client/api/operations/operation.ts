/**
 * A GraphQL operation with its result and variable types attached. The types are phantom:
 * they exist only for the compiler, so `client.request(OP, vars)` is checked end to end.
 * Every query string in client/ is written against schema/*.graphql.
 */
export interface Operation<TData, TVariables> {
  readonly name: string;
  readonly query: string;
  /** Phantom fields; never set at run time. */
  readonly __data?: TData;
  readonly __variables?: TVariables;
}

export type NoVariables = Record<string, never>;

/** Names an operation by the name in its query text, so server logs show it. */
export function operation<TData, TVariables = NoVariables>(query: string): Operation<TData, TVariables> {
  const name = /^\s*(?:query|mutation)\s+(\w+)/.exec(query)?.[1];
  if (name === undefined) throw new Error('An operation needs a name');
  return { name, query };
}

/** Contract §1: SZ = sociaal domein, EZ = economisch domein. */
export type Domain = 'SZ' | 'EZ' | 'ONDERWIJS' | 'OVERIG';

export interface ActorRef {
  readonly id: string;
  readonly name: string;
}
