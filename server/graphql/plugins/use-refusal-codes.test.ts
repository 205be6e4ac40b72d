import { describe, expect, it } from 'vitest';

import { nestingDepth } from './use-refusal-codes';

describe('nestingDepth', () => {
  it('counts braces, brackets and parentheses, not those in strings or comments', () => {
    expect(nestingDepth('{ actor(id: "a") { name } }')).toBe(2);
    expect(nestingDepth('{ a(x: [[[1]]]) }')).toBe(5);
    expect(nestingDepth('{ a(name: "{{{{{{ \\" {{{{") } # {{{{{{{{\n')).toBe(2);
    expect(nestingDepth('['.repeat(3000))).toBe(3000);
  });
});
