/**
 * Controls on the map: what node size means (betweenness or number of links), the
 * ForceAtlas2 layout (running state with progress, stop, run again) and the camera (zoom,
 * show all). Built once and updated in place, so a click is never lost to a re-render
 * while the layout reports progress.
 */
import { t } from '../i18n/i18n';
import { updatePanel, updateView } from '../state/app-state';
import { watch } from '../state/store';
import { withSizeBy, type SizeBy } from '../state/view-state';
import type { AppContext } from './app-context';
import { button, h } from './dom';

export function createGraphControls(context: AppContext): { readonly top: HTMLElement; readonly bottom: HTMLElement } {
  const layout = context.renderer.layout;
  const setSize = (sizeBy: SizeBy) => () => context.store.set(updateView((current) => withSizeBy(current, sizeBy)));

  const sizeLabel = h('span', { class: 'control-label' });
  const byBetweenness = button('', setSize('betweenness'), { class: 'segment', testId: 'size-betweenness' });
  const byDegree = button('', setSize('degree'), { class: 'segment', testId: 'size-degree' });
  const sizeGroup = h('div', { class: 'control-group', attrs: { role: 'group' } }, sizeLabel, h('div', { class: 'segmented' }, byBetweenness, byDegree));

  const layoutButton = button('', () => (layout.status().running ? layout.stop() : layout.start()), { class: 'button small layout-button', testId: 'layout-toggle' });
  const bar = h('div', { class: 'layout-progress-bar' });
  const progress = h('div', { class: 'layout-progress', attrs: { role: 'progressbar', 'aria-valuemin': 0, 'aria-valuemax': 100 } }, bar);
  const layoutText = h('span', { class: 'control-label layout-text', attrs: { 'data-testid': 'layout-status', 'aria-live': 'off' } });
  const layoutGroup = h('div', { class: 'control-group layout-control', attrs: { role: 'group' } }, layoutButton, progress, layoutText);

  const zoomIn = button('+', () => context.renderer.zoom(1), { class: 'icon-button' });
  const zoomOut = button('−', () => context.renderer.zoom(-1), { class: 'icon-button' });
  const fit = button('⤢', () => context.renderer.fitActors([]), { class: 'icon-button' });
  const cameraGroup = h('div', { class: 'control-group zoom-group', attrs: { role: 'group' } }, zoomIn, zoomOut, fit);
  const listToggle = button('', () => context.store.set(updatePanel('mapList', (shown) => !shown)), { class: 'button small map-list-toggle', testId: 'map-list-toggle' });

  const updateLayout = (): void => {
    const status = layout.status();
    const percent = status.planned === 0 ? 0 : Math.round(Math.min(1, status.iterations / status.planned) * 100);
    layoutButton.textContent = status.running ? `■ ${t('controls.stopLayout')}` : `▶ ${t('controls.runLayout')}`;
    layoutButton.setAttribute('aria-pressed', String(status.running));
    progress.classList.toggle('running', status.running);
    progress.setAttribute('aria-valuenow', String(percent));
    bar.style.width = `${String(status.running || status.finished !== 'never' ? percent : 0)}%`;
    layoutText.textContent = status.running
      ? t('controls.layoutRunning', { percent })
      : status.finished === 'stopped'
        ? t('controls.layoutStopped')
        : t('controls.layoutDone');
  };

  const updateAll = (): void => {
    const { sizeBy } = context.store.get().view;
    const listShown = context.store.get().panels.mapList;
    listToggle.textContent = listShown ? t('mapList.hide') : t('mapList.show');
    listToggle.setAttribute('aria-pressed', String(listShown));
    sizeLabel.textContent = t('controls.sizeBy');
    sizeGroup.setAttribute('aria-label', t('controls.sizeBy'));
    byBetweenness.textContent = t('controls.betweenness');
    byDegree.textContent = t('controls.degree');
    byBetweenness.className = sizeBy === 'betweenness' ? 'segment on' : 'segment';
    byDegree.className = sizeBy === 'degree' ? 'segment on' : 'segment';
    byBetweenness.setAttribute('aria-pressed', String(sizeBy === 'betweenness'));
    byDegree.setAttribute('aria-pressed', String(sizeBy === 'degree'));
    layoutGroup.setAttribute('aria-label', t('controls.layout'));
    progress.setAttribute('aria-label', t('controls.layout'));
    cameraGroup.setAttribute('aria-label', t('controls.camera'));
    for (const [control, key] of [
      [zoomIn, 'controls.zoomIn'],
      [zoomOut, 'controls.zoomOut'],
      [fit, 'controls.fit'],
    ] as const) {
      control.title = t(key);
      control.setAttribute('aria-label', t(key));
    }
    updateLayout();
  };

  let frame = 0;
  layout.onChange(() => {
    if (frame !== 0) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      updateLayout();
    });
  });
  watch(context.store, (state) => [state.view.sizeBy, state.view.language, state.panels.mapList], updateAll);
  updateAll();
  return { top: h('div', { class: 'graph-controls' }, sizeGroup, cameraGroup, listToggle), bottom: layoutGroup };
}
