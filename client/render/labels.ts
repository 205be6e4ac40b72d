/** How both maps write labels: one font, and a light halo so labels stay legible over edges. */
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
