/**
 * The timeline under the map (issue 15): a slider over the months from the network's earliest
 * date to today, a play button that steps month by month, and "Alles" (no day: the whole
 * network, the default). The chosen day is the scope's `at`, so every mode, the regions view,
 * the panels and the downloads follow it; the map fades what comes and goes (render/reducers.ts).
 * The slider is a native range input: arrows step a month, PageUp/PageDown a year, Home/End go
 * to the ends, and it tells assistive technology the month in words. Built once and updated in
 * place, so a drag is never interrupted by a re-render.
 */
import { formatDay, formatMonth, t } from '../i18n/i18n';
import { deriveHighlight, shownLinks } from '../render/reducers';
import { updatePanel, updateView, type AppState } from '../state/app-state';
import { withAt } from '../state/scope';
import { watch } from '../state/store';
import { dayOfMonth, firstDatedMonth, localToday, monthIndexOf, monthsThrough } from '../state/timeline';
import { withScope } from '../state/view-state';
import type { AppContext } from './app-context';
import { button, h } from './dom';

/** How long the play button shows each month. */
const PLAY_STEP_MS = 900;
const MONTHS_A_YEAR = 12;

export function createTimeline(context: AppContext): HTMLElement {
  const { store, graph } = context;
  let months: string[] = [];

  const setAt = (at: string | null): void => store.set(updateView((view) => withScope(view, withAt(view.scope, at))));
  const setPlaying = (playing: boolean): void => store.set(updatePanel('timelinePlaying', () => playing));
  const goTo = (index: number): void => {
    const month = months[Math.max(0, Math.min(months.length - 1, index))];
    if (month !== undefined) setAt(dayOfMonth(month, localToday()));
  };

  const title = h('h2', { class: 'timeline-title', attrs: { id: 'timeline-title' } });
  const all = button('', () => {
    setPlaying(false);
    setAt(null);
  }, { class: 'segment', testId: 'timeline-all' });
  const play = button('', () => {
    const { panels, view } = store.get();
    if (panels.timelinePlaying) {
      setPlaying(false);
      return;
    }
    // From the start when there is nowhere left to go.
    const index = view.scope.at === null ? months.length - 1 : monthIndexOf(months, view.scope.at);
    if (index >= months.length - 1) goTo(0);
    setPlaying(true);
  }, { class: 'button small timeline-play', testId: 'timeline-play' });
  const slider = h('input', {
    class: 'timeline-slider',
    attrs: { type: 'range', min: 0, step: 1, 'aria-labelledby': 'timeline-title', 'data-testid': 'timeline-slider' },
    on: {
      input: () => {
        setPlaying(false);
        goTo(Number(slider.value));
      },
      keydown: (event) => {
        const step = event.key === 'PageUp' ? MONTHS_A_YEAR : event.key === 'PageDown' ? -MONTHS_A_YEAR : 0;
        if (step === 0) return;
        event.preventDefault();
        setPlaying(false);
        goTo(Number(slider.value) + step);
      },
    },
  });
  const years = h('div', { class: 'timeline-years', attrs: { 'aria-hidden': 'true' } });
  const day = h('span', { class: 'timeline-day', attrs: { 'data-testid': 'timeline-day' } });
  const counts = h('span', { class: 'timeline-counts', attrs: { 'data-testid': 'timeline-counts' } });

  const drawYears = (): void => {
    const marks = months.flatMap((month, index) => (month.endsWith('-01') || index === 0 ? [{ year: month.slice(0, 4), index }] : []));
    // Every year while they fit, else every few, so the labels never crowd.
    const every = Math.max(1, Math.ceil(marks.length / 12));
    years.replaceChildren(
      ...marks
        .filter((_mark, position) => position % every === 0)
        .map((mark) => h('span', { class: 'timeline-year', text: mark.year, attrs: { style: `left:${String((mark.index / Math.max(1, months.length - 1)) * 100)}%` } })),
    );
  };

  const readMonths = (): void => {
    const today = localToday();
    months = monthsThrough(firstDatedMonth(graph) ?? today.slice(0, 7), today);
    slider.max = String(months.length - 1);
    drawYears();
  };

  const update = (state: AppState): void => {
    const { at } = state.view.scope;
    const index = at === null ? months.length - 1 : monthIndexOf(months, at);
    const month = months[index] ?? localToday().slice(0, 7);
    title.textContent = t('timeline.title');
    slider.value = String(index);
    slider.setAttribute('aria-valuetext', at === null ? t('timeline.allText', { month: formatMonth(month) }) : formatMonth(month));
    slider.classList.toggle('unset', at === null);
    all.textContent = t('timeline.all');
    all.title = t('timeline.allHint');
    all.className = at === null ? 'segment on' : 'segment';
    all.setAttribute('aria-pressed', String(at === null));
    const playing = state.panels.timelinePlaying;
    play.textContent = playing ? `■ ${t('timeline.stop')}` : `▶ ${t('timeline.play')}`;
    play.setAttribute('aria-pressed', String(playing));
    play.setAttribute('aria-label', playing ? t('timeline.stopLabel') : t('timeline.playLabel'));
    day.textContent = at === null ? t('timeline.whole') : t('timeline.on', { day: formatDay(at) });
    const highlight = deriveHighlight(graph, state.view);
    counts.textContent = t('timeline.counts', { actors: highlight.visible.size, links: shownLinks(graph, highlight).size });
  };

  let timer = 0;
  watch(store, (state) => state.panels.timelinePlaying, (playing) => {
    window.clearInterval(timer);
    if (!playing) return;
    timer = window.setInterval(() => {
      const { at } = store.get().view.scope;
      const index = at === null ? 0 : monthIndexOf(months, at) + 1;
      goTo(index);
      if (index >= months.length - 1) setPlaying(false);
    }, PLAY_STEP_MS);
  });
  watch(store, (state) => state.data.networkVersion, () => {
    readMonths();
    update(store.get());
  });
  watch(store, (state) => [state.view.scope.at, state.view.filters, state.view.language, state.panels.timelinePlaying], () => update(store.get()));
  readMonths();
  update(store.get());

  return h(
    'section',
    { class: 'timeline', attrs: { 'aria-labelledby': 'timeline-title', 'data-testid': 'timeline' } },
    h('div', { class: 'timeline-head' }, title, h('div', { class: 'segmented' }, all), play, day, counts),
    h('div', { class: 'timeline-track' }, slider, years),
  );
}
