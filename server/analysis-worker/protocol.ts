/** The messages between the request thread and the analysis worker (plain data only), and what makes two questions the same. */
import type { DriverTarget } from '../neo4j/driver';
import type { Problem } from '../model/parse-network';
import type { ErrorCode } from '../model/errors';
import { scopeKey } from '../model/scope';
import type { Question } from './operations';

/** What the worker is started with: where it reads the network from. */
export interface WorkerSetup {
  readonly target: DriverTarget;
  readonly database: string;
  readonly transactionTimeoutMs: number;
}

/** What the worker has done since it started. */
export interface WorkerStatistics {
  /** Questions it was sent. */
  readonly questions: number;
  /** Times it read the network from Neo4j. */
  readonly snapshotsRead: number;
  /** Results it computed rather than found kept with a snapshot. */
  readonly computations: number;
}

export type ToWorker =
  | {
      readonly kind: 'ask';
      readonly id: number;
      /** The operation and its arguments, the checked scope among them (an `AnalysisScope`, plain data). */
      readonly question: Question;
      /** The network version the request has seen: the answer comes from this one or a later one. */
      readonly atLeast: number;
      /** The request thread's bookmarks, so the worker reads no earlier than its writes. */
      readonly bookmarks: readonly string[];
    }
  | { readonly kind: 'close' };

/** A refusal keeps its code and problems; any other failure only its message. */
export type Failure = { readonly code: ErrorCode; readonly message: string; readonly problems: readonly Problem[] } | { readonly code?: undefined; readonly message: string };

export type FromWorker =
  | { readonly kind: 'answer'; readonly id: number; readonly version: number; readonly answer: unknown; readonly statistics: WorkerStatistics }
  | { readonly kind: 'failed'; readonly id: number; readonly failure: Failure; readonly statistics: WorkerStatistics };

/**
 * The identity of a question: two questions with the same key get the same answer, so the request
 * thread shares one answer between them. The scope enters by its key, so two requests for the same
 * scope share it and two scopes never do.
 */
export const questionKey = ({ name, arguments: args }: Question): string => JSON.stringify([name, scopeKey(args.scope), { ...args, scope: undefined }]);
