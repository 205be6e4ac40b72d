/**
 * The tooltip of the regions map: for the region under the pointer, its actors, its SZ/EZ
 * mix, the links inside it and the links to other regions (the map's edges only show the
 * latter). Placed next to the region's node; it never takes pointer events, so it cannot
 * hide the node it describes.
 */
import { t } from '../i18n/i18n';
import { watch } from '../state/store';
import type { AppContext } from './app-context';
import { fill, h } from './dom';

/** Creates the tooltip inside `stage` and keeps it in step with the hovered region. */
export function createRegionTooltip(context: AppContext, stage: HTMLElement): void {
  const element = h('div', { class: 'region-tooltip', attrs: { role: 'tooltip', 'data-testid': 'region-tooltip' } });
  element.hidden = true;
  stage.append(element);

  const update = (): void => {
    const id = context.store.get().view.regionHover;
    const region = context.regionMap.overview()?.regions.find((item) => item.id === id);
    const point = id === null ? null : context.regionMap.viewportPosition(id);
    element.hidden = region === undefined || point === null;
    if (region === undefined || point === null) return;
    fill(
      element,
      h('strong', { text: region.name }),
      h('span', { text: `${t('figures.actors')}: ${String(region.actors)} (SZ ${String(region.actorsPerDomain.SZ)} · EZ ${String(region.actorsPerDomain.EZ)})` }),
      h('span', { text: `${t('regionMap.internal')}: ${String(region.internalLinks)}` }),
      h('span', { text: `${t('regionMap.external')}: ${String(region.externalLinks)}` }),
      h('span', { class: 'muted', text: t('regionMap.clickToOpen') }),
    );
    element.style.left = `${String(Math.round(point.x + 18))}px`;
    element.style.top = `${String(Math.round(point.y + 12))}px`;
  };

  watch(context.store, (state) => [state.view.regionHover, state.view.language], update);
}
