/**
 * The sigma renderer: draws the network graph with the node border program (type fill,
 * domain ring, a hollow centre for illustrative actors), forums as diamonds with the same
 * rings (programs/node-diamond.ts), and the dashed edge program, reads
 * the view state through reducers, and offers camera moves, a PNG composition and a few
 * read-only figures for tests. Nothing outside render/ imports sigma: panels talk to the
 * {@link RendererHandle}.
 */
import { createNodeBorderProgram } from '@sigma/node-border';
import Sigma from 'sigma';
import { EdgeRectangleProgram } from 'sigma/rendering';
import type { CameraState } from 'sigma/types';

import type { ReferenceData } from '../api/operations/network';
import type { AppState } from '../state/app-state';
import type { ActorAttributes, LinkAttributes, NetworkGraph } from '../state/network-graph';
import type { Store } from '../state/store';
import { createHoverLayer } from './hover-layer';
import { createLayout, type LayoutHandle } from './layout';
import { drawLabel, LABEL_FONT, LARGE_GRAPH, labelThresholdFor, wrapText } from './labels';
import { BACKGROUND, LABEL_COLOUR, RING_GAP } from './palette';
import { EdgeDashedProgram } from './programs/edge-dashed';
import { createNodeDiamondProgram } from './programs/node-diamond';
import { changesGraphView, createEdgeReducer, createNodeReducer, deriveHighlight, fadeBetween, shownLinks, type Fade, type Highlight, type NodeShape } from './reducers';

export interface RendererEvents {
  readonly clickNode: (id: string) => void;
  readonly clickStage: () => void;
  readonly hoverNode: (id: string | null) => void;
}

/** Read-only figures for the e2e tests (never pixels). */
export interface RendererStats {
  readonly nodes: number;
  readonly edges: number;
  readonly visibleNodes: number;
  /** Links drawn (on the timeline's day, between visible actors). */
  readonly shownLinks: number;
  /** Nodes and edges still fading in or out after a move of the timeline. */
  readonly fading: number;
  readonly highlightedNodes: readonly string[];
  readonly strongEdges: readonly string[];
  readonly suggestedEdgesShown: number;
  /** Visible nodes drawn as a forum's diamond. */
  readonly diamondNodes: readonly string[];
  readonly camera: CameraState;
  readonly renders: number;
}

export interface RendererHandle {
  readonly layout: LayoutHandle;
  /** Centres and zooms on one actor. */
  focusActor(id: string): void;
  /** Fits the camera around these actors (all visible actors for an empty list). */
  fitActors(ids: readonly string[]): void;
  resetCamera(): void;
  /** Zooms in (1) or out (-1) around the centre. */
  zoom(direction: 1 | -1): void;
  /** Re-reads graph and view (after data changes). */
  refresh(): void;
  /** The current picture as one canvas: background, edges, nodes, labels, and the caption's lines at the foot (wrapped to the width). */
  composeImage(caption: readonly string[]): HTMLCanvasElement;
  stats(): RendererStats;
  kill(): void;
}

/** How long what a move of the timeline brings or takes fades in or out. */
const FADE_MS = 400;

const NODE_RINGS = {
  borders: [
    { size: { value: 0.26 }, color: { attribute: 'ringColor' } },
    { size: { value: 0.08 }, color: { value: RING_GAP } },
    { size: { fill: true }, color: { attribute: 'color' } },
    { size: { attribute: 'coreSize', defaultValue: 0 }, color: { attribute: 'coreColor' } },
  ],
  drawLabel,
} satisfies Parameters<typeof createNodeBorderProgram<ActorAttributes, LinkAttributes>>[0];
const NodeProgram = createNodeBorderProgram<ActorAttributes, LinkAttributes>(NODE_RINGS);
/** Forums (contract §6): the same rings as diamonds. */
const ForumProgram = createNodeDiamondProgram<ActorAttributes, LinkAttributes>(NODE_RINGS);

/** The actor types of mode FORUM, once per reference data. */
const forumTypesOf = (() => {
  let seen: ReferenceData | null = null;
  let types: ReadonlySet<string> = new Set();
  return (reference: ReferenceData): ReadonlySet<string> => {
    if (reference !== seen) {
      seen = reference;
      types = new Set(reference.vocabulary.actorTypes.filter((type) => type.mode === 'FORUM').map((type) => type.id));
    }
    return types;
  };
})();

export function createRenderer(container: HTMLElement, graph: NetworkGraph, store: Store<AppState>, events: RendererEvents): RendererHandle {
  const highlightOf = (state: AppState): Highlight => deriveHighlight(graph, state.view, forumTypesOf(state.data.reference));
  let highlight: Highlight = highlightOf(store.get());
  const getView = () => store.get().view;
  const getHighlight = () => highlight;
  let fade: Fade | null = null;
  const getFade = () => fade;
  let renders = 0;
  // While a large network is laid out its edges are not drawn: each copy of the layout's
  // positions makes sigma process and draw every edge again, seconds at 100,000 links.
  let edgesHiddenForLayout = false;

  const sigma = new Sigma<ActorAttributes, LinkAttributes>(graph, container, {
    defaultNodeType: 'bordered',
    defaultEdgeType: 'line',
    nodeProgramClasses: { bordered: NodeProgram, diamond: ForumProgram } satisfies Record<NodeShape, unknown>,
    edgeProgramClasses: { line: EdgeRectangleProgram, dashed: EdgeDashedProgram },
    nodeReducer: createNodeReducer(getView, getHighlight, getFade),
    edgeReducer: createEdgeReducer(graph, getView, getHighlight, () => edgesHiddenForLayout, getFade),
    labelFont: LABEL_FONT,
    labelSize: 12,
    labelWeight: '500',
    labelColor: { color: LABEL_COLOUR },
    labelDensity: 0.6,
    labelGridCellSize: 150,
    labelRenderedSizeThreshold: labelThresholdFor(graph.order),
    hideEdgesOnMove: true,
    hideLabelsOnMove: graph.order > LARGE_GRAPH,
    zIndex: true,
    minCameraRatio: 0.04,
    maxCameraRatio: 3,
    stagePadding: 24,
  });
  const hoverLayer = createHoverLayer(sigma, graph, getView, getHighlight);
  sigma.on('afterRender', () => {
    renders += 1;
    hoverLayer.redraw();
  });

  /** Settings that follow the graph's size (it grows and shrinks with edits and reloads). */
  const sizeSettings = (): void => {
    const threshold = labelThresholdFor(graph.order);
    const hideLabels = graph.order > LARGE_GRAPH;
    // A changed setting makes sigma re-index everything; skip it when nothing changes.
    if (sigma.getSetting('labelRenderedSizeThreshold') === threshold && sigma.getSetting('hideLabelsOnMove') === hideLabels) return;
    sigma.setSettings({ labelRenderedSizeThreshold: threshold, hideLabelsOnMove: hideLabels });
  };
  // A full refresh drops sigma's places of nodes and edges in its programs until its next
  // process; a fade's frame repaints in place, so it waits for that process.
  let processPending = false;
  sigma.on('afterProcess', () => {
    processPending = false;
  });
  const refreshAll = (options: { readonly schedule: boolean }): void => {
    processPending = true;
    sigma.refresh({ skipIndexation: true, schedule: options.schedule });
  };
  const recompute = (): void => {
    highlight = highlightOf(store.get());
    refreshAll({ schedule: true });
  };

  // A move of the timeline: what comes or goes fades over a few frames. The first frame
  // places everything that fades (none of it hidden, so sigma keeps a place for it); the frames
  // between repaint only those nodes and edges; the last one draws the day as it is. Positions
  // and everything else stay.
  let fadeFrame = 0;
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');
  const moveInTime = (): void => {
    const before = highlight;
    highlight = highlightOf(store.get());
    cancelAnimationFrame(fadeFrame);
    const changes = reducedMotion.matches ? null : fadeBetween(graph, before, highlight);
    fade = changes;
    refreshAll({ schedule: true });
    const partialGraph = { nodes: [...(changes?.nodesIn ?? []), ...(changes?.nodesOut ?? [])], edges: edgesHiddenForLayout ? [] : [...(changes?.edgesIn ?? []), ...(changes?.edgesOut ?? [])] };
    if (changes === null || partialGraph.nodes.length + partialGraph.edges.length === 0) {
      fade = null;
      return;
    }
    const start = performance.now();
    const step = (now: number): void => {
      const progress = Math.min(1, (now - start) / FADE_MS);
      if (progress < 1) {
        fade = { ...changes, progress };
        // Before the pending process has placed them, the new look goes in with it.
        sigma.refresh({ partialGraph, skipIndexation: !processPending, schedule: processPending });
        fadeFrame = requestAnimationFrame(step);
      } else {
        fade = null;
        refreshAll({ schedule: false });
      }
    };
    fadeFrame = requestAnimationFrame(step);
  };
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.data.networkVersion !== previous.data.networkVersion) sizeSettings();
    if (state.view.scope.at !== previous.view.scope.at && state.data.networkVersion === previous.data.networkVersion) moveInTime();
    else if (changesGraphView(previous.view, state.view) || state.data.networkVersion !== previous.data.networkVersion) recompute();
    if (state.view.hover !== previous.view.hover) hoverLayer.show(state.view.hover);
  });
  graph.on('nodeAdded', recompute);
  graph.on('nodeDropped', recompute);

  // Sigma reports nodes passing under the pointer during a drag too; while the mouse button
  // is down only the node under the pointer is noted, and the view learns of it when the
  // button comes up, so a drag across the map does not flash neighbourhoods.
  let pointerNode: string | null = null;
  let hoverShown: string | null = null;
  let dragging = false;
  const showHover = (): void => {
    if (dragging || pointerNode === hoverShown) return;
    hoverShown = pointerNode;
    events.hoverNode(pointerNode);
  };
  sigma.on('enterNode', ({ node }) => {
    pointerNode = node;
    container.style.cursor = 'pointer';
    showHover();
  });
  sigma.on('leaveNode', () => {
    pointerNode = null;
    container.style.cursor = '';
    showHover();
  });
  const mouse = sigma.getMouseCaptor();
  mouse.on('mousedown', () => {
    dragging = true;
  });
  mouse.on('mouseup', () => {
    dragging = false;
    showHover();
  });
  sigma.on('clickNode', ({ node }) => events.clickNode(node));
  sigma.on('clickStage', () => events.clickStage());

  // What the camera was last fitted to, so a resize (the side column widens for a
  // comparison) can fit it again.
  let lastFit: readonly string[] | null = null;

  // Sigma only listens to window resizes; the side column can change width too. The observer
  // also reports the size it starts with; that is no change, and a refresh re-indexes every
  // node and edge, so it is skipped (at 100,000 links it would stall the second frame).
  let drawnSize = { width: container.clientWidth, height: container.clientHeight };
  const resizeObserver = new ResizeObserver(() => {
    if (container.clientWidth === drawnSize.width && container.clientHeight === drawnSize.height) return;
    drawnSize = { width: container.clientWidth, height: container.clientHeight };
    sigma.resize();
    processPending = true;
    sigma.refresh({ schedule: true });
    if (lastFit !== null) fitActors(lastFit, 0);
  });
  resizeObserver.observe(container);

  const layout = createLayout(graph);
  layout.onChange((status) => {
    const hide = status.running && graph.order > LARGE_GRAPH;
    if (hide === edgesHiddenForLayout) return;
    edgesHiddenForLayout = hide;
    recompute();
  });
  const camera = sigma.getCamera();

  // Camera coordinates are "framed graph" coordinates. Sigma's display-data cache holds them
  // only after its next render, so convert the graph's own positions instead.
  const framed = (id: string): { x: number; y: number } => {
    const { x, y } = graph.getNodeAttributes(id);
    return sigma.viewportToFramedGraph(sigma.graphToViewport({ x, y }));
  };
  const framedPoints = (ids: readonly string[]) =>
    ids.flatMap((id) => (graph.hasNode(id) && highlight.visible.has(id) ? [framed(id)] : []));

  function fitActors(ids: readonly string[], duration = 450): void {
    lastFit = ids;
    const points = framedPoints(ids.length > 0 ? ids : [...highlight.visible]);
    if (points.length === 0) return;
    const xs = points.map((point) => point.x);
    const ys = points.map((point) => point.y);
    const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const ratio = Math.min(1.1, Math.max(0.12, Math.max(maxX - minX, maxY - minY) * 1.35));
    const target = { x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio };
    if (duration === 0) camera.setState(target);
    else void camera.animate(target, { duration });
  }

  return {
    layout,
    focusActor(id) {
      if (!graph.hasNode(id)) return;
      lastFit = null;
      const point = framed(id);
      void camera.animate({ ...point, ratio: Math.min(camera.getState().ratio, 0.35) }, { duration: 450 });
    },
    fitActors: (ids) => fitActors(ids),
    resetCamera: () => {
      lastFit = null;
      void camera.animatedReset({ duration: 400 });
    },
    zoom: (direction) => void (direction === 1 ? camera.animatedZoom({ duration: 250 }) : camera.animatedUnzoom({ duration: 250 })),
    refresh: recompute,
    composeImage(caption) {
      refreshAll({ schedule: false });
      const layers = [...container.querySelectorAll('canvas')].filter((canvas) => !canvas.classList.contains('sigma-mouse'));
      const first = layers[0];
      const output = document.createElement('canvas');
      output.width = first?.width ?? 1;
      output.height = first?.height ?? 1;
      const context = output.getContext('2d');
      if (context === null) return output;
      context.fillStyle = BACKGROUND;
      context.fillRect(0, 0, output.width, output.height);
      for (const layer of layers) context.drawImage(layer, 0, 0, output.width, output.height);
      const scale = output.width / Math.max(1, container.clientWidth);
      context.font = `600 ${String(13 * scale)}px ${LABEL_FONT}`;
      context.fillStyle = '#495057';
      const lines = caption.flatMap((line) => wrapText(line, output.width - 28 * scale, (text) => context.measureText(text).width));
      lines.forEach((line, index) => context.fillText(line, 14 * scale, output.height - (14 + 18 * (lines.length - 1 - index)) * scale));
      return output;
    },
    stats() {
      let suggestedEdgesShown = 0;
      graph.forEachEdge((edge, attributes) => {
        if (attributes.kind === 'suggested' && sigma.getEdgeDisplayData(edge)?.hidden === false) suggestedEdgesShown += 1;
      });
      const diamondNodes = graph.filterNodes((node) => {
        const display = sigma.getNodeDisplayData(node);
        return display !== undefined && !display.hidden && display.type === 'diamond';
      });
      return {
        nodes: graph.order,
        edges: graph.size,
        visibleNodes: highlight.visible.size,
        shownLinks: shownLinks(graph, highlight).size,
        fading: fade === null ? 0 : fade.nodesIn.size + fade.nodesOut.size + fade.edgesIn.size + fade.edgesOut.size,
        highlightedNodes: highlight.active === null ? [] : [...highlight.active],
        strongEdges: highlight.activeEdges === null ? [] : [...highlight.activeEdges],
        suggestedEdgesShown,
        diamondNodes,
        camera: camera.getState(),
        renders,
      };
    },
    kill() {
      cancelAnimationFrame(fadeFrame);
      resizeObserver.disconnect();
      unsubscribe();
      graph.off('nodeAdded', recompute);
      graph.off('nodeDropped', recompute);
      layout.kill();
      hoverLayer.kill();
      sigma.kill();
    },
  };
}
