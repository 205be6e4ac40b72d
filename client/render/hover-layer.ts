/**
 * The hovered actor and its neighbours, drawn on a 2D canvas of their own above sigma's layers:
 * a veil in the background colour fades the rest, then the links to the neighbours, the
 * neighbours and the hovered actor with its full name. A hover costs O(degree) and draws no
 * WebGL layer: making the reducers fade the rest instead redrew all 100,000 edges of a
 * 20,000-actor network (about half a second a frame, test/bench/explorer.ts). At most one
 * drawing per animation frame, however many nodes the pointer crosses in between.
 */
import type Sigma from 'sigma';
import { drawDiscNodeHover } from 'sigma/rendering';

import type { ActorAttributes, LinkAttributes, NetworkGraph } from '../state/network-graph';
import type { ViewState } from '../state/view-state';
import { hoverScene } from './hover-scene';
import { drawLabel } from './labels';
import { BACKGROUND, EDGE_STRONG, RING_GAP, SUGGESTED_COLOUR } from './palette';
import type { Highlight, NodeLook } from './reducers';

/** How much of the rest of the network shows through the veil. */
const VEIL_ALPHA = 0.8;

export interface HoverLayer {
  /** Shows this node's neighbourhood (null: none) at the next animation frame. */
  show(node: string | null): void;
  /** Draws the shown neighbourhood again now: sigma has just drawn (camera, positions or view moved). */
  redraw(): void;
  kill(): void;
}

/** Draws a node as its program does (a disc, or a forum's diamond): domain ring, gap, fill, and a core for illustrative actors. */
function drawNode(context: CanvasRenderingContext2D, x: number, y: number, radius: number, look: NodeLook): void {
  const disc = (fraction: number, colour: string): void => {
    const r = radius * fraction;
    context.beginPath();
    if (look.shape === 'diamond') {
      context.moveTo(x + r, y);
      context.lineTo(x, y + r);
      context.lineTo(x - r, y);
      context.lineTo(x, y - r);
      context.closePath();
    } else {
      context.arc(x, y, r, 0, Math.PI * 2);
    }
    context.fillStyle = colour;
    context.fill();
  };
  disc(1, look.ringColor);
  disc(0.74, RING_GAP);
  disc(0.66, look.color);
  if (look.coreSize > 0) disc(look.coreSize, look.coreColor);
}

export function createHoverLayer(
  sigma: Sigma<ActorAttributes, LinkAttributes>,
  graph: NetworkGraph,
  getView: () => ViewState,
  getHighlight: () => Highlight,
): HoverLayer {
  const canvas = sigma.createCanvas('neighbourhood', { afterLayer: 'hoverNodes' });
  const context = canvas.getContext('2d');
  if (context === null) throw new Error('The browser gave no 2D canvas for the hover layer');
  let shown: string | null = null;
  let drawn = false;
  let frame = 0;

  const position = (id: string): { x: number; y: number } | null => {
    const data = sigma.getNodeDisplayData(id);
    return data === undefined ? null : sigma.framedGraphToViewport(data);
  };

  const draw = (): void => {
    const scene = hoverScene(graph, getView(), getHighlight(), shown);
    const { width, height } = sigma.getDimensions();
    const ratio = window.devicePixelRatio || 1;
    if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(height * ratio);
      canvas.style.width = `${String(width)}px`;
      canvas.style.height = `${String(height)}px`;
    }
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    if (drawn) context.clearRect(0, 0, width, height);
    drawn = false;
    if (scene === null) return;
    const centre = position(scene.hovered.id);
    if (centre === null) return;
    drawn = true;

    context.globalAlpha = VEIL_ALPHA;
    context.fillStyle = BACKGROUND;
    context.fillRect(0, 0, width, height);
    context.globalAlpha = 1;

    const line = (to: string, colour: string, size: number, dash: readonly number[]): void => {
      const end = position(to);
      if (end === null) return;
      context.beginPath();
      context.moveTo(centre.x, centre.y);
      context.lineTo(end.x, end.y);
      context.strokeStyle = colour;
      context.lineWidth = sigma.scaleSize(size);
      context.setLineDash(dash);
      context.stroke();
    };
    for (const other of scene.suggested) line(other, SUGGESTED_COLOUR, 2, [6, 4]);
    for (const { id } of scene.neighbours) line(id, EDGE_STRONG, 1.6, []);
    context.setLineDash([]);

    const settings = sigma.getSettings();
    for (const { id, look, label } of scene.neighbours) {
      const at = position(id);
      if (at === null) continue;
      const radius = sigma.scaleSize(look.size);
      drawNode(context, at.x, at.y, radius, look);
      if (label !== null) drawLabel(context, { x: at.x, y: at.y, size: radius, label, color: look.color }, settings);
    }
    const radius = sigma.scaleSize(scene.hovered.look.size);
    drawDiscNodeHover(context, { key: scene.hovered.id, x: centre.x, y: centre.y, size: radius, label: scene.hovered.label, color: scene.hovered.look.color }, settings);
    drawNode(context, centre.x, centre.y, radius, scene.hovered.look);
  };

  return {
    show(node) {
      shown = node;
      if (frame !== 0) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        draw();
      });
    },
    redraw() {
      if (shown !== null || drawn) draw();
    },
    kill() {
      cancelAnimationFrame(frame);
      sigma.killLayer('neighbourhood');
    },
  };
}
