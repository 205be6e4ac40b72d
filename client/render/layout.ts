/**
 * ForceAtlas2 in a web worker (graphology-layout-forceatlas2/worker), with a visible state:
 * it runs a planned number of iterations, reports progress after each one, and can be
 * stopped at any time. Settings come from `inferSettings` for the graph's size. Suggested
 * links weigh nothing, so drawing them never moves an actor.
 */
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2LayoutSupervisor from 'graphology-layout-forceatlas2/worker';

import type { NetworkGraph } from '../state/network-graph';

export interface LayoutStatus {
  readonly running: boolean;
  readonly iterations: number;
  readonly planned: number;
  /** How the last run ended. */
  readonly finished: 'never' | 'done' | 'stopped';
}

export interface LayoutHandle {
  /** (Re)starts the layout from the current positions. */
  start(): void;
  stop(): void;
  status(): LayoutStatus;
  onChange(listener: (status: LayoutStatus) => void): () => void;
  kill(): void;
}

/** Iterations per run: enough for a few hundred actors to settle. */
export const PLANNED_ITERATIONS = 700;

export function createLayout(graph: NetworkGraph, planned = PLANNED_ITERATIONS): LayoutHandle {
  // inferSettings for a few hundred nodes: strong gravity 0.05, scaling 10. Tried on the
  // seed network against LinLog and plain gravity: hubs with their spokes read best, and
  // the small islands stay near the main component instead of flying off-screen.
  // The supervisor copies the whole graph into its worker when it is created, O(n + m): it is
  // created on the first start, so a network drawn from kept positions never pays for it, and
  // the settings fit the graph as it is then.
  let supervisor: FA2LayoutSupervisor | null = null;
  const ensureSupervisor = (): FA2LayoutSupervisor => {
    supervisor ??= new FA2LayoutSupervisor(graph, {
      settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 800 },
      getEdgeWeight: (_edge, attributes) => (attributes['kind'] === 'suggested' ? 0 : 1),
    });
    return supervisor;
  };
  const listeners = new Set<(status: LayoutStatus) => void>();
  let status: LayoutStatus = { running: false, iterations: 0, planned, finished: 'never' };

  const publish = (next: LayoutStatus): void => {
    status = next;
    for (const listener of [...listeners]) listener(status);
  };

  const stop = (finished: 'done' | 'stopped'): void => {
    if (!status.running) return;
    supervisor?.stop();
    publish({ ...status, running: false, finished });
  };

  // The supervisor writes each iteration's positions with one updateEachNodeAttributes. (A
  // measures update during a run counts as one more; sigma needs such updates unhinted.)
  const onIteration = (): void => {
    if (!status.running) return;
    const iterations = status.iterations + 1;
    publish({ ...status, iterations });
    if (iterations >= planned) stop('done');
  };
  graph.on('eachNodeAttributesUpdated', onIteration);

  return {
    start() {
      if (status.running) return;
      publish({ running: true, iterations: 0, planned, finished: status.finished });
      ensureSupervisor().start();
    },
    stop: () => stop('stopped'),
    status: () => status,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    kill() {
      graph.off('eachNodeAttributesUpdated', onIteration);
      supervisor?.kill();
      listeners.clear();
    },
  };
}
