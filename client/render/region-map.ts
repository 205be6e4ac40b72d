/**
 * The regions map: the 35 arbeidsmarktregio's as one node each (area by number of actors;
 * SZ fill with an EZ ring whose area is the EZ share of the region's SZ and EZ actors) and
 * one edge per pair of regions that actors link across (width by number of links). A
 * second sigma instance on its own layer over the actors' map, created the first time the
 * regions mode shows it, so the network's first frame never pays for it.
 *
 * Positions: the regions start on a circle in reference order and settle with a few hundred
 * synchronous ForceAtlas2 iterations (35 nodes: a few milliseconds), so regions that link
 * much end up near each other; no randomness, so the map is the same on every load.
 */
import { createNodeBorderProgram } from '@sigma/node-border';
import { UndirectedGraph } from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import Sigma from 'sigma';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';

import type { AppState } from '../state/app-state';
import type { NetworkGraph } from '../state/network-graph';
import { regionOverviewOf, type RegionOverview, type RegionSummary } from '../state/region-graph';
import type { Store } from '../state/store';
import { showsRegionOverview } from '../state/view-state';
import { drawLabel, LABEL_FONT } from './labels';
import { DOMAIN_COLOURS, EDGE_DIMMED, NODE_DIMMED, RING_DIMMED } from './palette';

interface RegionNodeAttributes {
  x: number;
  y: number;
  size: number;
  label: string;
  color: string;
  ringColor: string;
  /** EZ ring thickness as a share of the radius. */
  ezRing: number;
}

interface RegionEdgeAttributes {
  weight: number;
  size: number;
  color: string;
}

type RegionGraph = UndirectedGraph<RegionNodeAttributes, RegionEdgeAttributes>;

export interface RegionMapEvents {
  readonly clickRegion: (id: string) => void;
  readonly hoverRegion: (id: string | null) => void;
}

/** Read-only figures for the e2e tests: what the map draws and where (viewport pixels). */
export interface RegionMapStats {
  readonly shown: boolean;
  readonly nodes: number;
  readonly edges: number;
  readonly regions: readonly { readonly id: string; readonly actors: number; readonly x: number; readonly y: number }[];
}

export interface RegionMapHandle {
  /** The overview drawn last (null before the map was first shown). */
  overview(): RegionOverview | null;
  /** Where a region's node is, in pixels of the map's container. */
  viewportPosition(id: string): { readonly x: number; readonly y: number } | null;
  stats(): RegionMapStats;
  kill(): void;
}

/** Node sizes in screen pixels at zoom 1: the largest region stays well clear of its neighbours. */
const REGION_SIZE = { min: 5, max: 26 } as const;
const EDGE_SIZE = { min: 0.8, max: 7 } as const;
const REGION_EDGE_COLOUR = '#9aa5b4';
const NO_SZ_EZ_COLOUR = '#ced4da';
const LAYOUT_ITERATIONS = 300;

const RegionNodeProgram = createNodeBorderProgram<RegionNodeAttributes, RegionEdgeAttributes>({
  borders: [
    { size: { attribute: 'ezRing', defaultValue: 0 }, color: { attribute: 'ringColor' } },
    { size: { fill: true }, color: { attribute: 'color' } },
  ],
  drawLabel,
});

/**
 * The ring thickness (share of the radius) whose area is `share` of the disc:
 * 1 − (1 − t)² = share, so t = 1 − √(1 − share).
 */
const ringForArea = (share: number): number => 1 - Math.sqrt(1 - Math.min(1, Math.max(0, share)));

/** Fill, ring and ring size of a region node from its SZ/EZ mix. */
function mixOf(region: RegionSummary): Pick<RegionNodeAttributes, 'color' | 'ringColor' | 'ezRing'> {
  const { SZ, EZ } = region.actorsPerDomain;
  if (SZ + EZ === 0) return { color: NO_SZ_EZ_COLOUR, ringColor: NO_SZ_EZ_COLOUR, ezRing: 0 };
  return { color: DOMAIN_COLOURS.SZ, ringColor: DOMAIN_COLOURS.EZ, ezRing: ringForArea(EZ / (SZ + EZ)) };
}

/** Builds the regions graph with settled positions. O(R + L) plus the layout's O(iterations · R²). */
function buildRegionGraph(overview: RegionOverview): RegionGraph {
  const graph: RegionGraph = new UndirectedGraph<RegionNodeAttributes, RegionEdgeAttributes>();
  const maxActors = Math.max(1, ...overview.regions.map((region) => region.actors));
  const maxWeight = Math.max(1, ...overview.links.map((link) => link.weight));
  overview.regions.forEach((region, index) => {
    const angle = (index / Math.max(1, overview.regions.length)) * Math.PI * 2;
    graph.addNode(region.id, {
      x: 100 * Math.cos(angle),
      y: 100 * Math.sin(angle),
      // Area follows the number of actors.
      size: REGION_SIZE.min + (REGION_SIZE.max - REGION_SIZE.min) * Math.sqrt(region.actors / maxActors),
      label: region.name,
      ...mixOf(region),
    });
  });
  for (const link of overview.links) {
    graph.addEdge(link.from, link.to, { weight: link.weight, size: EDGE_SIZE.min + (EDGE_SIZE.max - EDGE_SIZE.min) * Math.sqrt(link.weight / maxWeight), color: REGION_EDGE_COLOUR });
  }
  if (graph.order > 1) {
    forceAtlas2.assign(graph, { iterations: LAYOUT_ITERATIONS, settings: { ...forceAtlas2.inferSettings(graph), adjustSizes: true }, getEdgeWeight: 'weight' });
  }
  return graph;
}

/** The regions map over `container`, shown while the view asks for it (state/view-state `showsRegionOverview`). */
export function createRegionMap(container: HTMLElement, network: NetworkGraph, store: Store<AppState>, events: RegionMapEvents): RegionMapHandle {
  let sigma: Sigma<RegionNodeAttributes, RegionEdgeAttributes> | null = null;
  let graph: RegionGraph = new UndirectedGraph<RegionNodeAttributes, RegionEdgeAttributes>();
  let overview: RegionOverview | null = null;
  /** The network version and reference regions the overview was built from. */
  let builtFrom: { version: number; regions: AppState['data']['reference']['regions']; day: string | null } | null = null;
  /** The hovered region and its neighbours, computed once per hover (the reducers only look up). */
  let focus: ReadonlySet<string> | null = null;

  const nodeReducer = (node: string, data: RegionNodeAttributes): Partial<NodeDisplayData> & Pick<RegionNodeAttributes, 'color' | 'ringColor' | 'ezRing'> => {
    if (focus === null || focus.has(node)) return { ...data, highlighted: store.get().view.regionHover === node, forceLabel: true };
    return { ...data, color: NODE_DIMMED, ringColor: RING_DIMMED, forceLabel: false, label: null };
  };
  const edgeReducer = (edge: string, data: RegionEdgeAttributes): Partial<EdgeDisplayData> => {
    const hovered = store.get().view.regionHover;
    if (hovered === null || graph.hasExtremity(edge, hovered)) return data;
    return { ...data, color: EDGE_DIMMED };
  };

  const ensureSigma = (): Sigma<RegionNodeAttributes, RegionEdgeAttributes> => {
    if (sigma !== null) return sigma;
    const created = new Sigma<RegionNodeAttributes, RegionEdgeAttributes>(graph, container, {
      defaultNodeType: 'bordered',
      nodeProgramClasses: { bordered: RegionNodeProgram },
      nodeReducer,
      edgeReducer,
      labelFont: LABEL_FONT,
      labelSize: 13,
      labelWeight: '600',
      labelRenderedSizeThreshold: 0,
      labelDensity: 1,
      zIndex: true,
      stagePadding: 48,
    });
    created.on('enterNode', ({ node }) => {
      container.style.cursor = 'pointer';
      events.hoverRegion(node);
    });
    created.on('leaveNode', () => {
      container.style.cursor = '';
      events.hoverRegion(null);
    });
    created.on('clickNode', ({ node }) => events.clickRegion(node));
    sigma = created;
    return created;
  };

  /** Rebuilds the overview when the network, the regions or the timeline's day changed since it was built. */
  const rebuildIfStale = (state: AppState): void => {
    const { networkVersion, reference } = state.data;
    const day = state.view.scope.at;
    if (builtFrom !== null && builtFrom.version === networkVersion && builtFrom.regions === reference.regions && builtFrom.day === day) return;
    overview = regionOverviewOf(network, reference.regions, day);
    graph = buildRegionGraph(overview);
    builtFrom = { version: networkVersion, regions: reference.regions, day };
    sigma?.setGraph(graph);
  };

  const update = (state: AppState, previous: AppState | null): void => {
    const shown = showsRegionOverview(state.view);
    container.hidden = !shown;
    document.documentElement.classList.toggle('regions-shown', shown);
    if (!shown) return;
    rebuildIfStale(state);
    const hovered = state.view.regionHover;
    focus = hovered === null || !graph.hasNode(hovered) ? null : new Set([hovered, ...graph.neighbors(hovered)]);
    const renderer = ensureSigma();
    if (previous === null || !showsRegionOverview(previous.view)) {
      // The layer was hidden (zero size) until now.
      renderer.resize();
      renderer.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    }
    renderer.refresh({ skipIndexation: true, schedule: true });
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.view !== previous.view || state.data.networkVersion !== previous.data.networkVersion || state.data.reference !== previous.data.reference) update(state, previous);
  });
  update(store.get(), null);

  return {
    overview: () => overview,
    viewportPosition(id) {
      if (sigma === null || !graph.hasNode(id)) return null;
      const { x, y } = graph.getNodeAttributes(id);
      return sigma.graphToViewport({ x, y });
    },
    stats() {
      const shown = !container.hidden;
      return {
        shown,
        nodes: graph.order,
        edges: graph.size,
        regions: (overview?.regions ?? []).map((region) => {
          const point = sigma === null ? { x: Number.NaN, y: Number.NaN } : sigma.graphToViewport(graph.getNodeAttributes(region.id));
          return { id: region.id, actors: region.actors, x: point.x, y: point.y };
        }),
      };
    },
    kill() {
      unsubscribe();
      sigma?.kill();
      document.documentElement.classList.remove('regions-shown');
    },
  };
}
