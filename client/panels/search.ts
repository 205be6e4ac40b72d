/**
 * The search field: find an actor by name as you type; picking one selects it, opens its
 * panel and moves the camera to it. An actor hidden by the filters is shown by clearing them.
 */
import { t } from '../i18n/i18n';
import { updateView } from '../state/app-state';
import { watch } from '../state/store';
import { INITIAL_FILTERS, passesFilters } from '../state/view-state';
import { createActorPicker } from './actor-picker';
import type { AppContext } from './app-context';

export interface SearchPanel {
  readonly element: HTMLElement;
  focus(): void;
}

export function createSearch(context: AppContext): SearchPanel {
  const regionName = (id: string): string => context.store.get().data.reference.regions.find((region) => region.id === id)?.name ?? id;
  const picker = createActorPicker({
    graph: context.graph,
    label: t('search.label'),
    placeholder: t('search.placeholder'),
    hideLabel: true,
    testId: 'search',
    regionName,
    onPick: (id) => {
      const { view } = context.store.get();
      if (!passesFilters(view.filters, context.graph.getNodeAttributes(id))) {
        context.store.set(updateView((current) => ({ ...current, filters: INITIAL_FILTERS, emphasis: null })));
        context.announce(t('search.filtersCleared'));
      }
      context.selectActor(id, { focus: true });
    },
  });
  picker.element.classList.add('search');
  watch(
    context.store,
    (state) => state.view.language,
    () => {
      picker.input.placeholder = t('search.placeholder');
      const label = picker.element.querySelector('label');
      if (label !== null) label.textContent = t('search.label');
    },
  );
  return { element: picker.element, focus: () => picker.input.focus() };
}
