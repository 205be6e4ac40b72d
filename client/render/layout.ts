/**
 * ForceAtlas2 in a web worker (graphology-layout-forceatlas2/worker), with a visible state:
 * it runs a planned number of iterations, reports progress after each one, and can be
 * stopped at any time. Settings come from `inferSettings` for the graph's size. Suggested
 * links are left out, so drawing them never moves an actor.
 *
 * The worker lays out a copy of the network (positions and links only). Sigma redraws the
 * whole network whenever the positions of the drawn graph change: at 20,000 actors and
 * 100,000 links that is hundreds of milliseconds, so after every iteration it would leave the
 * page no time between frames. The positions go over to the drawn graph instead at most once
 * per {@link nextCopyDelay}, which grows with what the last redraw cost; progress is reported
 * after every iteration and costs no redraw. A run ends with the final positions copied over.
 */
import { UndirectedGraph } from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2LayoutSupervisor from 'graphology-layout-forceatlas2/worker';

import type { LinkAttributes, NetworkGraph } from '../state/network-graph';

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
const PLANNED_ITERATIONS = 700;

/** The page's share of time between two position copies that the redraw they cause may take. */
export const REDRAW_SHARE = 0.2;
/** Bounds of the wait between two copies: a small network follows the layout smoothly, a huge one still moves. */
export const COPY_DELAY = { min: 100, max: 10_000 } as const;

/**
 * How long to wait after a copy of positions, given what the redraw it caused cost (ms): long
 * enough that redraws take at most {@link REDRAW_SHARE} of the time. O(1).
 */
export function nextCopyDelay(redrawMs: number): number {
  return Math.min(COPY_DELAY.max, Math.max(COPY_DELAY.min, redrawMs / REDRAW_SHARE));
}

type Positions = UndirectedGraph<{ x: number; y: number }>;

/** The network's actors and links (no suggestions) with their positions. O(n + m). */
function positionsCopy(graph: NetworkGraph): Positions {
  const copy: Positions = new UndirectedGraph();
  graph.forEachNode((node, { x, y }) => copy.addNode(node, { x, y }));
  graph.forEachEdge((edge, { kind }, source, target) => {
    if (kind === 'link') copy.addEdgeWithKey(edge, source, target);
  });
  return copy;
}

export function createLayout(graph: NetworkGraph, planned = PLANNED_ITERATIONS): LayoutHandle {
  // inferSettings for a few hundred nodes: strong gravity 0.05, scaling 10. Tried on the
  // seed network against LinLog and plain gravity: hubs with their spokes read best, and
  // the small islands stay near the main component instead of flying off-screen.
  // The copy and its worker (which copies the graph once more, O(n + m)) are made when a run
  // starts, so a network drawn from kept positions never pays for them, and they fit the
  // network as it is then.
  let run: { copy: Positions; supervisor: FA2LayoutSupervisor } | null = null;
  const listeners = new Set<(status: LayoutStatus) => void>();
  let status: LayoutStatus = { running: false, iterations: 0, planned, finished: 'never' };
  /** When positions may next be copied to the drawn graph (performance.now() time). */
  let copyAfter = 0;
  let measuring = false;

  const publish = (next: LayoutStatus): void => {
    status = next;
    for (const listener of [...listeners]) listener(status);
  };

  /** Copies the worker's positions to the drawn graph; sigma redraws in its next frame. */
  const copyPositions = (): void => {
    if (run === null) return;
    const { copy } = run;
    graph.updateEachNodeAttributes(
      (node, attributes) => {
        if (copy.hasNode(node)) {
          attributes.x = copy.getNodeAttribute(node, 'x');
          attributes.y = copy.getNodeAttribute(node, 'y');
        }
        return attributes;
      },
      { attributes: ['x', 'y'] },
    );
  };

  /** Copies now, then measures the frame that draws it to set the next copy's time. */
  const copyAndMeasure = (): void => {
    const started = performance.now();
    copyPositions();
    measuring = true;
    // Sigma's redraw was scheduled for the next frame before this callback; this one runs after it.
    requestAnimationFrame(() => {
      measuring = false;
      const now = performance.now();
      copyAfter = now + nextCopyDelay(now - started);
    });
  };

  /** Ends the worker's run; `keep`: with its positions copied to the drawn graph first. */
  const endRun = (keep = true): void => {
    if (run === null) return;
    if (keep) copyPositions();
    const { copy, supervisor } = run;
    copy.off('eachNodeAttributesUpdated', onIteration);
    // A run ends inside the supervisor's message handler (the last iteration), which still
    // uses its state afterwards: stopped now, killed once the handler is done.
    supervisor.stop();
    queueMicrotask(() => supervisor.kill());
    run = null;
  };

  const stop = (finished: 'done' | 'stopped'): void => {
    if (!status.running) return;
    endRun();
    publish({ ...status, running: false, finished });
  };

  // The supervisor writes each iteration's positions to the copy with one updateEachNodeAttributes.
  function onIteration(): void {
    if (!status.running) return;
    const iterations = status.iterations + 1;
    publish({ ...status, iterations });
    if (iterations >= planned) stop('done');
    else if (!measuring && performance.now() >= copyAfter) copyAndMeasure();
  }

  const startRun = (): void => {
    const copy = positionsCopy(graph);
    const supervisor = new FA2LayoutSupervisor(copy, {
      settings: { ...forceAtlas2.inferSettings(copy), barnesHutOptimize: copy.order > 800 },
      getEdgeWeight: null,
    });
    copy.on('eachNodeAttributesUpdated', onIteration);
    run = { copy, supervisor };
    copyAfter = 0;
    supervisor.start();
  };

  // An actor or link added or removed during a run: the run goes on over the new network, from
  // the positions reached so far (once per burst of changes, e.g. a reload after an edit).
  let restart = 0;
  const onStructureChange = (): void => {
    if (!status.running || restart !== 0) return;
    restart = window.setTimeout(() => {
      restart = 0;
      if (!status.running) return;
      endRun();
      startRun();
    }, 0);
  };
  const onEdgeChange = ({ attributes }: { attributes: LinkAttributes }): void => {
    if (attributes.kind === 'link') onStructureChange();
  };
  graph.on('nodeAdded', onStructureChange);
  graph.on('nodeDropped', onStructureChange);
  graph.on('edgeAdded', onEdgeChange);
  graph.on('edgeDropped', onEdgeChange);

  return {
    start() {
      if (status.running) return;
      publish({ running: true, iterations: 0, planned, finished: status.finished });
      startRun();
    },
    stop: () => stop('stopped'),
    status: () => status,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    kill() {
      window.clearTimeout(restart);
      graph.off('nodeAdded', onStructureChange);
      graph.off('nodeDropped', onStructureChange);
      graph.off('edgeAdded', onEdgeChange);
      graph.off('edgeDropped', onEdgeChange);
      endRun(false);
      listeners.clear();
    },
  };
}
