/**
 * What resolvers of the SDL's object types receive as their parent where it is a model object
 * rather than the SDL's shape (codegen.ts `mappers`): the generated `Resolvers` types use these.
 */
import type { Actor, Domain } from '../../model/network';
import type { Change } from '../../neo4j/audit';
import type { ActorFilter, StoredActor } from '../../neo4j/network-store';
import type { SurveyRecord } from '../../neo4j/survey-store';
import type { PageInfo } from '../generated';

/** An actor as the store or the analysis hands it over: the version only when read from Neo4j. */
export type ActorParent = Actor & { readonly version?: number };

/** Counts per domain as the measures keep them: a domain nobody is in is left out. */
export type DomainCountsParent = Partial<Record<Domain, number>>;

/** An entry of the audit trail; `undone` is set on the node only once an admin undoes it. */
export type ChangeParent = Change & { readonly undone?: boolean };

/** A page of actors with the filter it was read with: `totalCount` counts it only when asked. */
export interface ActorPageParent {
  readonly items: readonly StoredActor[];
  readonly filter: ActorFilter;
  readonly offset: number;
  readonly limit: number;
  readonly pageInfo: PageInfo;
}

/** A round's dashboard: its figures are resolved field by field, so a query pays only for what it asks. */
export interface SurveyDashboardParent {
  readonly survey: SurveyRecord;
}
