import { describe, expect, it } from 'vitest';

import { diamondShader } from './diamond-shader';

describe('diamondShader', () => {
  it('measures the distance from the centre as |x| + |y|, in normal and picking mode alike', () => {
    const shader = 'void main(void) {\n  float dist = length(v_diffVector);\n  if (dist > v_radius) discard;\n}';
    const diamond = diamondShader(shader);
    expect(diamond).toContain('float dist = abs(v_diffVector.x) + abs(v_diffVector.y);');
    expect(diamond).not.toContain('length(v_diffVector)');
    expect(diamond).toContain('if (dist > v_radius) discard;');
  });

  it('refuses a shader without the line it replaces, rather than drawing forums round', () => {
    expect(() => diamondShader('float dist = distance(a, b);')).toThrow(/node-border changed/);
  });
});
