/**
 * Forums (meetings, tables, programmes; contract §6) are drawn as diamonds, apart from the
 * round actors: @sigma/node-border's program with the same rings (domain ring, gap, fill,
 * hollow centre), whose fragment shader measures the distance from the centre as |x| + |y|
 * instead of the Euclidean length. The rings then become nested diamonds, and picking (the
 * same shader in picking mode) follows the diamond too. The diamond fits inside the circle of
 * the node's size, so it fits the program's triangle as the circle does.
 */
import { createNodeBorderProgram } from '@sigma/node-border';
import type { Attributes } from 'graphology-types';
import type { NodeProgram, NodeProgramType } from 'sigma/rendering';

import { diamondShader } from './diamond-shader';

type Options<N extends Attributes, E extends Attributes> = Parameters<typeof createNodeBorderProgram<N, E>>[0];
type Definition = ReturnType<NodeProgram['getDefinition']>;
type BorderProgramClass<N extends Attributes, E extends Attributes> = new (
  ...args: ConstructorParameters<NodeProgramType<N, E>>
) => InstanceType<NodeProgramType<N, E>> & { getDefinition(): Definition };

export function createNodeDiamondProgram<N extends Attributes, E extends Attributes>(options: Options<N, E>): NodeProgramType<N, E> {
  // The factory's declared type hides getDefinition, which every sigma NodeProgram has.
  const Border = createNodeBorderProgram<N, E>(options) as unknown as BorderProgramClass<N, E>;
  return class NodeDiamondProgram extends Border {
    override getDefinition(): Definition {
      const definition = super.getDefinition();
      return { ...definition, FRAGMENT_SHADER_SOURCE: diamondShader(definition.FRAGMENT_SHADER_SOURCE) };
    }
  };
}
