/**
 * The report's map: the region's actors and links laid out and coloured as the explorer draws
 * them (state/network-graph.ts builds the graph, ForceAtlas2 with the explorer's settings places
 * it, render/palette.ts colours it: fill = actor type, ring = domain, diamond = forum, open
 * centre = illustrative, dashed = suggested link), written as SVG. Vector, so the printed
 * page is sharp at any zoom and printing needs no WebGL.
 */
import forceAtlas2 from 'graphology-layout-forceatlas2';

import type { ReportActor, ReportLink } from '../api/operations/report';
import { DOMAIN_COLOURS, EDGE_COLOUR, EDGE_ILLUSTRATIVE, LABEL_COLOUR, RING_GAP, SUGGESTED_COLOUR, typeColour } from '../render/palette';
import { buildNetworkGraph, setSuggestedLinks, shortLabel, type NetworkGraph, type SuggestedPair } from '../state/network-graph';

const SVG = 'http://www.w3.org/2000/svg';

/** The drawing's size in its own units: A4's printable width at about 4.4 units a millimetre. */
const MAP_SIZE = { width: 800, margin: 24 } as const;
/** The drawing is as tall as the layout needs at full width, within what a page holds with the legend under it. */
const MAP_HEIGHT = { min: 420, max: 820 } as const;
/** Label size in map units: about 7.5 pt on the printed page. */
const LABEL_SIZE = 12;
/** Labels are cut on a word boundary after this many characters, as the explorer's are after 30. */
const LABEL_CHARACTERS = 34;
/** Node radius in map units: the explorer's pixel sizes, slightly smaller so 250 actors fit. */
const RADIUS_SCALE = 0.8;

/** The explorer's layout run, synchronously (the page waits for it anyway). */
function layOut(graph: NetworkGraph): void {
  if (graph.order < 2) return;
  const links = graph.copy();
  links.forEachEdge((edge, attributes) => {
    if (attributes.kind !== 'link') links.dropEdge(edge);
  });
  const positions = forceAtlas2(links, { iterations: 700, settings: forceAtlas2.inferSettings(links), getEdgeWeight: null });
  graph.updateEachNodeAttributes((node, attributes) => ({ ...attributes, ...positions[node] }));
}

interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

const overlaps = (a: Box, b: Box): boolean => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

function element<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Readonly<Record<string, string | number>>): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  return node;
}

export interface MapInput {
  readonly actors: readonly ReportActor[];
  readonly links: readonly ReportLink[];
  readonly suggestions: readonly SuggestedPair[];
  readonly forumTypes: ReadonlySet<string>;
  /** The drawing's accessible name. */
  readonly title: string;
}

/**
 * The map as an SVG element. Labels go to the largest actors first and are left out where
 * they would overlap one already placed, so every label printed can be read. O(n² ) for the
 * label check, fine at a region's size (a few hundred actors).
 */
export function drawMap(input: MapInput): SVGSVGElement {
  const graph = buildNetworkGraph(input.actors, input.links);
  layOut(graph);
  setSuggestedLinks(graph, input.suggestions);
  const { width, margin } = MAP_SIZE;
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  graph.forEachNode((_node, { x, y }) => {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  });
  // Room on the right for the labels of the rightmost actors.
  const labelRoom = LABEL_CHARACTERS * LABEL_SIZE * 0.6;
  const widthScale = (width - 2 * margin - labelRoom) / Math.max(1, maxX - minX);
  const height = Math.min(MAP_HEIGHT.max, Math.max(MAP_HEIGHT.min, (maxY - minY) * widthScale + 2 * margin));
  const scale = Math.min(widthScale, (height - 2 * margin) / Math.max(1, maxY - minY));
  const offsetX = (width - labelRoom - scale * (maxX - minX)) / 2;
  const offsetY = (height - scale * (maxY - minY)) / 2;
  // Sigma's y axis points up, the SVG's down.
  const at = (node: string): { x: number; y: number } => {
    const { x, y } = graph.getNodeAttributes(node);
    return { x: offsetX + (x - minX) * scale, y: height - (offsetY + (y - minY) * scale) };
  };

  const svg = element('svg', { viewBox: `0 0 ${String(width)} ${String(height)}`, role: 'img', class: 'report-map', 'data-testid': 'report-map-drawing' });
  const title = element('title', {});
  title.textContent = input.title;
  svg.append(title);
  const edges = element('g', { 'stroke-linecap': 'round' });
  graph.forEachEdge((_edge, attributes, source, target) => {
    const from = at(source);
    const to = at(target);
    const suggested = attributes.kind === 'suggested';
    edges.append(
      element('line', {
        x1: from.x,
        y1: from.y,
        x2: to.x,
        y2: to.y,
        stroke: suggested ? SUGGESTED_COLOUR : attributes.illustrative ? EDGE_ILLUSTRATIVE : EDGE_COLOUR,
        'stroke-width': suggested ? 2 : 1.2,
        ...(suggested ? { 'stroke-dasharray': '6 4' } : {}),
      }),
    );
  });
  svg.append(edges);

  const nodes = element('g', {});
  const byDegree = graph.nodes().sort((a, b) => graph.getNodeAttribute(b, 'sizeByDegree') - graph.getNodeAttribute(a, 'sizeByDegree'));
  for (const node of [...byDegree].reverse()) {
    const attributes = graph.getNodeAttributes(node);
    const { x, y } = at(node);
    const radius = attributes.sizeByDegree * RADIUS_SCALE;
    const ring = DOMAIN_COLOURS[attributes.domain];
    const fill = attributes.illustrative ? RING_GAP : typeColour(attributes.actorType);
    if (input.forumTypes.has(attributes.actorType)) {
      const r = radius * 1.25;
      nodes.append(element('polygon', { points: `${String(x)},${String(y - r)} ${String(x + r)},${String(y)} ${String(x)},${String(y + r)} ${String(x - r)},${String(y)}`, fill, stroke: ring, 'stroke-width': 2.2 }));
    } else {
      nodes.append(element('circle', { cx: x, cy: y, r: radius, fill, stroke: ring, 'stroke-width': 2.2 }));
    }
  }
  svg.append(nodes);

  // A light box behind each label keeps it legible over edges; a stroked halo would print each
  // label twice in the PDF's text (stroke and fill), which pdftotext and screen readers then repeat.
  const labels = element('g', { 'font-size': LABEL_SIZE, fill: LABEL_COLOUR });
  const placed: Box[] = [];
  for (const node of byDegree) {
    const attributes = graph.getNodeAttributes(node);
    const { x, y } = at(node);
    const text = shortLabel(attributes.name, LABEL_CHARACTERS);
    const left = x + attributes.sizeByDegree * RADIUS_SCALE + 3;
    // DejaVu Sans averages about 0.6 em a character.
    const box = { left, top: y - LABEL_SIZE * 0.8, right: left + text.length * LABEL_SIZE * 0.6, bottom: y + LABEL_SIZE * 0.45 };
    if (box.right > width || placed.some((other) => overlaps(box, other))) continue;
    placed.push(box);
    labels.append(element('rect', { x: box.left - 1, y: box.top, width: box.right - box.left + 2, height: box.bottom - box.top, fill: '#ffffff', 'fill-opacity': 0.8 }));
    const label = element('text', { x: left, y: y + LABEL_SIZE * 0.35 });
    label.textContent = text;
    labels.append(label);
  }
  svg.append(labels);
  return svg;
}
