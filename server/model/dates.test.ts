import { describe, expect, it } from 'vitest';

import { endsBeforeItBegins, firstDayOf, isCalendarDay, isPresentOn, lastDayOf } from './dates';

describe('dates (contract §8)', () => {
  it('reads a partial since as its first day and a partial until as its last', () => {
    expect(['2021', '2021-03', '2021-03-05'].map(firstDayOf)).toEqual(['2021-01-01', '2021-03-01', '2021-03-05']);
    expect(['2021', '2024-02', '2023-02', '2021-04', '2021-03-05'].map(lastDayOf)).toEqual(['2021-12-31', '2024-02-29', '2023-02-28', '2021-04-30', '2021-03-05']);
  });

  it('counts both ends in, leaves a missing end open, and agrees with the first and last days', () => {
    const period = { since: '2019-06', until: '2022' };
    const days = ['2019-05-31', '2019-06-01', '2022-12-31', '2023-01-01'];
    expect(days.map((day) => isPresentOn(period, day))).toEqual([false, true, true, false]);
    expect(days.map((day) => firstDayOf(period.since) <= day && day <= lastDayOf(period.until))).toEqual([false, true, true, false]);
    expect(isPresentOn({}, '1900-01-01')).toBe(true);
    expect(isPresentOn({ until: '2020-02' }, '2020-02-29')).toBe(true);
    expect(isPresentOn({ since: '2020-02-29' }, '2020-02-28')).toBe(false);
  });

  it('knows a period with no day in it, and a full real day', () => {
    expect(endsBeforeItBegins({ since: '2022', until: '2021-12-31' })).toBe(true);
    expect(endsBeforeItBegins({ since: '2022-06', until: '2022' })).toBe(false);
    expect(['2021-06-01', '2024-02-29', '2023-02-29', '2021-06', '2021-6-01'].map(isCalendarDay)).toEqual([true, true, false, false, false]);
  });
});
