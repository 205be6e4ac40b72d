/**
 * Bounds on what one GraphQL document may ask: depth, aliases, tokens and directives
 * (graphql-armor, while validating), and a cost that multiplies by list sizes
 * (graphql-query-complexity, once the variables are known). A refused document gets the code
 * QUERY_TOO_COMPLEX and never reaches a resolver, so it never reaches Neo4j.
 */
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { getNullableType, isListType, Kind, visit, type DocumentNode, type ExecutionArgs, type GraphQLError, type ValidationContext } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import type { Plugin } from 'graphql-yoga';

import { BrugkaartError } from '../../model/errors';
import { refusalAsGraphQLError } from './use-refusal-codes';

/** The limits; generous for the explorer's own queries, tight for hostile ones. */
export const QUERY_LIMITS = {
  maxDepth: 10,
  maxAliases: 20,
  maxTokens: 4_000,
  maxDirectives: 20,
  /** Estimated fields resolved, lists counted at their page size (see `listAwareCost`). */
  maxCost: 100_000,
  /** Assumed length of a list field without a `limit` or `top` argument. */
  assumedListLength: 20,
  /**
   * Added for each analytics field asked with a `scope`: a scope not kept yet costs a full
   * analysis in the worker (seconds on a large network), so one document may name at most a
   * few, whatever else it asks.
   */
  scopedFieldCost: 10_000,
} as const;

/** Lists whose length the parent field's `limit`/`top` already counted. */
const PAGED_LISTS = new Set(['ActorPage.items']);

/**
 * Cost of a field: 1, plus its children times how many times they are resolved: the `limit`
 * or `top` argument where the field has one, an assumed length for other lists, 1 otherwise.
 * Armor's own cost limit is static and would let `actors(limit: 500) { items { neighbours {
 * neighbours { … } } } }` through.
 */
const listAwareCost: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  const paged = typeof args['limit'] === 'number' ? args['limit'] : typeof args['top'] === 'number' ? args['top'] : undefined;
  const counted = PAGED_LISTS.has(`${type.name}.${field.name}`);
  const length = paged ?? (isListType(getNullableType(field.type)) && !counted ? QUERY_LIMITS.assumedListLength : 1);
  const scoped = args['scope'] !== undefined && args['scope'] !== null ? QUERY_LIMITS.scopedFieldCost : 0;
  return 1 + scoped + length * childComplexity;
};

function refuse(context: ValidationContext | null, error: GraphQLError): void {
  const message = error.message.replace(/^Syntax Error: /, '');
  const refusal = refusalAsGraphQLError(new BrugkaartError('QUERY_TOO_COMPLEX', message, [{ record: 'query', field: '(document)', message }]));
  // Validation rules report through the context; the token limit runs while parsing, without one.
  if (context === null) throw refusal;
  context.reportError(refusal);
}

const callbacks = { propagateOnRejection: false, onReject: [refuse] };

/**
 * The arguments whose variables change a document's cost: page sizes (`limit`, `top`, read by
 * `listAwareCost`), an analytics `scope` (whether one is given) and the conditions of
 * @include/@skip (`if`). Other variables (an id, a filter) do not, so a document asked again
 * with another id costs what it cost before.
 */
const COST_ARGUMENTS = new Set(['limit', 'top', 'scope', 'if']);

function costVariableNames(document: DocumentNode): string[] {
  const names = new Set<string>();
  visit(document, {
    Argument(node) {
      if (COST_ARGUMENTS.has(node.name.value) && node.value.kind === Kind.VARIABLE) names.add(node.value.name.value);
    },
  });
  return [...names].sort();
}

/** Costs per operation and cost-relevant variable values, for one document. */
interface DocumentCosts {
  readonly variableNames: readonly string[];
  readonly byKey: Map<string, number>;
}

/** Different page sizes of one document are few; a client cycling through more starts over. */
const MAX_KEYS_PER_DOCUMENT = 100;

/**
 * The cost analysis walks the whole document against the schema on every request; the result
 * depends only on the document, the operation and the variables above, so it is kept. Keyed by
 * the parsed document: yoga's parser cache (an LRU of 1,024 documents by their text) hands out
 * the same object for the same text, so this is a cache by document text, bounded by that
 * LRU: an entry goes when yoga drops its document.
 */
const costCache = new WeakMap<DocumentNode, DocumentCosts>();

function costOf(args: ExecutionArgs): number {
  let costs = costCache.get(args.document);
  if (costs === undefined) {
    costs = { variableNames: costVariableNames(args.document), byKey: new Map() };
    costCache.set(args.document, costs);
  }
  const variables = args.variableValues ?? {};
  // A variable left out (its default applies) and one sent as null cost differently.
  const key = JSON.stringify([args.operationName ?? null, ...costs.variableNames.map((name) => (name in variables ? variables[name] : '(default)'))]);
  const known = costs.byKey.get(key);
  if (known !== undefined) return known;
  const cost = getComplexity({
    schema: args.schema,
    query: args.document,
    variables,
    ...(args.operationName ? { operationName: args.operationName } : {}),
    estimators: [listAwareCost],
  });
  if (costs.byKey.size >= MAX_KEYS_PER_DOCUMENT) costs.byKey.clear();
  costs.byKey.set(key, cost);
  return cost;
}

const useCostLimit = (): Plugin => ({
  onExecute({ args, setResultAndStopExecution }) {
    const cost = costOf(args);
    if (cost > QUERY_LIMITS.maxCost) {
      const message = `Query cost limit of ${String(QUERY_LIMITS.maxCost)} exceeded, found ${String(cost)}: ask for smaller pages or fewer nested lists.`;
      setResultAndStopExecution({ errors: [refusalAsGraphQLError(new BrugkaartError('QUERY_TOO_COMPLEX', message, [{ record: 'query', field: '(document)', message }]))] });
    }
  },
});

export function useQueryLimits(production: boolean): Plugin[] {
  return [useArmor(production), useCostLimit()];
}

function useArmor(production: boolean): Plugin {
  return EnvelopArmorPlugin({
    maxDepth: { n: QUERY_LIMITS.maxDepth, ignoreIntrospection: true, flattenFragments: true, ...callbacks },
    maxAliases: { n: QUERY_LIMITS.maxAliases, ...callbacks },
    maxTokens: { n: QUERY_LIMITS.maxTokens, ...callbacks },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives, ...callbacks },
    costLimit: { enabled: false },
    // Suggestions ("Did you mean …?") map the schema for an outsider; off in production.
    blockFieldSuggestion: { enabled: production },
  }) as Plugin;
}
