/**
 * How both maps write labels: one font, a light halo so labels stay legible over edges, and
 * which nodes get one at all as the network grows.
 */
import type { Attributes } from 'graphology-types';
import type { Settings } from 'sigma/settings';
import type { NodeDisplayData, PartialButFor } from 'sigma/types';

import { LABEL_COLOUR } from './palette';

export const LABEL_FONT = '"Inter", "Segoe UI", system-ui, -apple-system, "DejaVu Sans", sans-serif';

/** Draws a node's label right of the node, with a white halo (a sigma `NodeLabelDrawingFunction` for any graph). */
export function drawLabel<N extends Attributes, E extends Attributes, G extends Attributes>(
  context: CanvasRenderingContext2D,
  data: PartialButFor<NodeDisplayData, 'x' | 'y' | 'size' | 'label' | 'color'>,
  settings: Settings<N, E, G>,
): void {
  if (data.label === null || data.label === '') return;
  const size = settings.labelSize;
  context.font = `${settings.labelWeight} ${String(size)}px ${settings.labelFont}`;
  context.lineJoin = 'round';
  context.lineWidth = 3.5;
  context.strokeStyle = 'rgba(255, 255, 255, 0.92)';
  const x = data.x + data.size + 4;
  const y = data.y + size / 3;
  context.strokeText(data.label, x, y);
  context.fillStyle = LABEL_COLOUR;
  context.fillText(data.label, x, y);
}

/** Node count above which labels are also hidden while the camera moves. */
export const LARGE_GRAPH = 5_000;

/**
 * The smallest node size (screen pixels) that gets a label: 8 up to 1,000 actors, then 2 px
 * more per doubling, at most 16. The label grid already limits how many labels are drawn,
 * but it considers every node above the threshold on every frame; at 20,000 actors that is
 * most of the cost of a frame while panning, and a label under a 9-pixel node is unreadable
 * among thousands anyway. O(1).
 */
export function labelThresholdFor(order: number): number {
  if (order <= 1_000) return 8;
  return Math.min(16, 8 + 2 * Math.log2(order / 1_000));
}

/** Splits a text into lines no wider than `width` (by `measure`), at spaces; a single long word keeps its own line. */
export function wrapText(text: string, width: number, measure: (text: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const longer = line === '' ? word : `${line} ${word}`;
    if (line !== '' && measure(longer) > width) {
      lines.push(line);
      line = word;
    } else {
      line = longer;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}
