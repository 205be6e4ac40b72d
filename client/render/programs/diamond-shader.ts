/**
 * The one change that turns @sigma/node-border's rings into a forum's diamond (see
 * node-diamond.ts): the distance from the centre is |x| + |y| instead of the Euclidean length.
 * Apart from the program so it can be tested without WebGL.
 */
const EUCLIDEAN = 'float dist = length(v_diffVector);';
const DIAMOND = 'float dist = abs(v_diffVector.x) + abs(v_diffVector.y);';

/** The border program's fragment shader with the diamond's distance; refuses a shader it does not recognise. */
export function diamondShader(fragmentShader: string): string {
  if (!fragmentShader.includes(EUCLIDEAN)) throw new Error('@sigma/node-border changed its fragment shader: the forum diamond needs a new distance line');
  return fragmentShader.replace(EUCLIDEAN, DIAMOND);
}
