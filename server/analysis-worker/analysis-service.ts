/**
 * The request thread's side of the analysis: it asks one long-lived worker thread (started on
 * the first question, ended by `close`) and never runs a measure itself. A question is answered
 * from a snapshot at least as recent as the network version the request has seen, and the same
 * question (the same operation, arguments and scope) asked while it is being answered, or again for the same version, gets the same answer
 * without asking the worker again. A worker that fails or dies fails the questions it held with
 * a clean error; the next question starts a fresh one.
 */
import { Worker } from 'node:worker_threads';

import type { SurveyRoundFigures, SurveyTie } from '../analytics/survey-round';
import { BrugkaartError } from '../model/errors';
import { DEFAULT_SCOPE } from '../model/scope';
import { typescriptWorkerSource } from '../typescript-worker';
import type { AnswerOf, ArgumentsOf, OperationName, Question } from './operations';
import { questionKey, type Failure, type FromWorker, type ToWorker, type WorkerSetup, type WorkerStatistics } from './protocol';

export interface AnalysisServiceOptions extends WorkerSetup {
  /** The network version as the request thread sees it now (one cheap read). */
  readonly version: () => Promise<number>;
  /** The request thread's bookmarks: the worker reads no earlier than them. */
  readonly bookmarks: () => Promise<Iterable<string>>;
  /**
   * The most heap (old generation, MB) the worker may use: a network too large for it stops the
   * worker, failing the questions it held, instead of the server. Default: Node's own limit.
   */
  readonly heapLimitMb?: number;
}

/**
 * Answers kept for the latest version: the questions the explorer asks are a few dozen (35
 * regions, a handful of rankings); what-if proposals beyond this many push out the oldest.
 */
const KEPT_ANSWERS = 128;
/** How long a closing worker may take to close its driver before it is stopped. */
const CLOSE_GRACE_MS = 2_000;

const WORKER_SOURCE = typescriptWorkerSource(new URL('./worker.ts', import.meta.url));

interface Waiting {
  resolve(answer: unknown): void;
  reject(error: Error): void;
}

interface RunningWorker {
  readonly thread: Worker;
  readonly waiting: Map<number, Waiting>;
}

const NO_STATISTICS: WorkerStatistics = { questions: 0, snapshotsRead: 0, computations: 0 };

function errorOf(failure: Failure): Error {
  return failure.code === undefined ? new Error(`The analysis failed: ${failure.message}`) : new BrugkaartError(failure.code, failure.message, failure.problems);
}

export class AnalysisService {
  private worker: RunningWorker | undefined;
  private nextId = 1;
  private closed = false;
  /** Answers (settled or on their way) of `answersVersion`, by question. */
  private readonly answers = new Map<string, Promise<unknown>>();
  private answersVersion = -1;
  private statistics: WorkerStatistics = NO_STATISTICS;
  private workersStarted = 0;

  constructor(private readonly options: AnalysisServiceOptions) {}

  /** The answer to `name(args)` from a snapshot no older than the network version now. */
  async ask<Name extends OperationName>(name: Name, args: ArgumentsOf<Name>): Promise<AnswerOf<Name>> {
    const question = { name, arguments: args } as Question;
    const version = await this.options.version();
    if (version > this.answersVersion) {
      this.answers.clear();
      this.answersVersion = version;
    }
    // Kept answers, and those asked for now, are of `answersVersion` or later: never older than `version`.
    const key = questionKey(question);
    let answer = this.answers.get(key);
    if (answer === undefined) {
      answer = this.send(question, this.answersVersion);
      this.keep(key, answer);
    }
    return (await answer) as AnswerOf<Name>;
  }

  /**
   * The figures of a survey round's dashboard in the default scope: the round's network (its
   * region, or the whole network for `region` null) without the links of `survey`, and with a
   * link per tie (see analytics/survey-round.ts). Kept per network version like every answer.
   */
  surveyRound(input: { readonly survey: string; readonly region: string | null; readonly ties: readonly SurveyTie[] }): Promise<SurveyRoundFigures> {
    return this.ask('surveyRound', { ...input, scope: DEFAULT_SCOPE });
  }

  /** What the current worker reports it has done, and how many workers were started. */
  report(): WorkerStatistics & { readonly workersStarted: number } {
    return { ...this.statistics, workersStarted: this.workersStarted };
  }

  /** Ends the worker (letting it close its driver first); later questions are refused. */
  async close(): Promise<void> {
    this.closed = true;
    const running = this.worker;
    if (running === undefined) return;
    const exited = new Promise<void>((resolve) => running.thread.once('exit', () => resolve()));
    running.thread.postMessage({ kind: 'close' } satisfies ToWorker);
    // A worker in the middle of a long computation reads its messages only afterwards.
    const grace = setTimeout(() => void running.thread.terminate(), CLOSE_GRACE_MS);
    await exited;
    clearTimeout(grace);
  }

  private keep(key: string, answer: Promise<unknown>): void {
    this.answers.set(key, answer);
    const oldest = this.answers.keys().next();
    if (this.answers.size > KEPT_ANSWERS && !oldest.done) this.answers.delete(oldest.value);
    // A failed answer is asked again next time rather than kept.
    answer.catch(() => {
      if (this.answers.get(key) === answer) this.answers.delete(key);
    });
  }

  private async send(question: Question, atLeast: number): Promise<unknown> {
    const bookmarks = [...(await this.options.bookmarks())];
    if (this.closed) throw new Error('The analysis has been shut down.');
    const running = (this.worker ??= this.start());
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      // Held only while it has work: an idle worker never keeps the process alive.
      if (running.waiting.size === 0) running.thread.ref();
      running.waiting.set(id, { resolve, reject });
      running.thread.postMessage({ kind: 'ask', id, question, atLeast, bookmarks } satisfies ToWorker);
    });
  }

  private start(): RunningWorker {
    const setup: WorkerSetup = { target: this.options.target, database: this.options.database, transactionTimeoutMs: this.options.transactionTimeoutMs };
    const resourceLimits = this.options.heapLimitMb === undefined ? {} : { resourceLimits: { maxOldGenerationSizeMb: this.options.heapLimitMb } };
    const thread = new Worker(WORKER_SOURCE, { eval: true, workerData: setup, ...resourceLimits });
    thread.unref();
    this.workersStarted += 1;
    this.statistics = NO_STATISTICS;
    const running: RunningWorker = { thread, waiting: new Map() };
    thread.on('message', (message: FromWorker) => {
      this.statistics = message.statistics;
      const waiting = running.waiting.get(message.id);
      running.waiting.delete(message.id);
      if (running.waiting.size === 0) thread.unref();
      if (message.kind === 'answer') waiting?.resolve(message.answer);
      else waiting?.reject(errorOf(message.failure));
    });
    const fail = (cause: string): void => {
      if (this.worker === running) this.worker = undefined;
      for (const waiting of running.waiting.values()) waiting.reject(new Error(`The analysis failed: ${cause}`));
      running.waiting.clear();
    };
    thread.on('error', (error) => fail(`the analysis worker failed (${error.message})`));
    thread.on('exit', (code) => fail(`the analysis worker stopped (exit code ${String(code)})`));
    return running;
  }
}
