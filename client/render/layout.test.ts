/** How often the layout's positions are copied to the drawn graph. */
import { describe, expect, it } from 'vitest';

import { COPY_DELAY, nextCopyDelay, REDRAW_SHARE } from './layout';

describe('nextCopyDelay', () => {
  it('waits long enough that redraws take their share of the time', () => {
    expect(nextCopyDelay(300)).toBeCloseTo(300 / REDRAW_SHARE);
    expect(300 / nextCopyDelay(300)).toBeCloseTo(REDRAW_SHARE);
  });

  it('keeps a small network moving smoothly and a huge one moving at all', () => {
    expect(nextCopyDelay(2)).toBe(COPY_DELAY.min);
    expect(nextCopyDelay(60_000)).toBe(COPY_DELAY.max);
  });
});
