/** Ids made from names the way the seed spells them. */
import { describe, expect, it } from 'vitest';

import { slugify } from './edit-fields';

describe('slugify', () => {
  it('lower-cases, drops accents and joins words with hyphens', () => {
    expect(slugify('Gemeente Enschedé – Werk & Inkomen')).toBe('gemeente-enschede-werk-en-inkomen');
    expect(slugify('  Techniekpact Leidse regio (test) ')).toBe('techniekpact-leidse-regio-test');
  });
});
