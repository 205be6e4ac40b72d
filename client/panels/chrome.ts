/**
 * The frame around the map: the mode tabs (ARIA tabs, arrow keys move between them), the
 * edit button (for editors), export, sign-in and the language switch in the header, search,
 * "Wat telt mee" (the scope) and filters in the left column, controls and legend on the map, the
 * timeline under it, and the right-hand column that shows the
 * panel of the current mode, actor, edit or export. Escape steps back (closes the map's list,
 * the search's list, the panel, the selection), "/" jumps to the search field. Each part is a
 * panel (panels/panel-definition.ts): the side panel is active while it shows, the rest always.
 */
import { t, vocabulary, type Language } from '../i18n/i18n';
import { updatePanel, updateView } from '../state/app-state';
import { watch } from '../state/store';
import { canEdit } from '../state/session';
import { MODES, withEdit, withLanguage, withMode, withSelection, withSide, type ViewState } from '../state/view-state';
import { createActorPanel } from './actor';
import type { AppContext, SidePanel } from './app-context';
import { h } from './dom';
import { createEditPanel } from './edit';
import { createExportPanel } from './export';
import { createFilters } from './filters';
import { createGraphControls } from './graph-controls';
import { createLegend } from './legend';
import { createMapList } from './map-list';
import { createEilanden } from './modes/eilanden';
import { createOntbrekend } from './modes/ontbrekend';
import { createSleutelfiguren } from './modes/sleutelfiguren';
import { createVeranderingen } from './modes/veranderingen';
import { createWieVerbindtWie } from './modes/wie-verbindt-wie';
import { createOverview } from './overview';
import { definePanel, type NoData } from './panel-definition';
import { createRegionPanel } from './region';
import { createScopeControl } from './scope-control';
import { createSearch } from './search';
import { createSignInPanel } from './sign-in';
import { createTimeline } from './timeline';

export interface ChromeElements {
  readonly tabs: HTMLElement;
  readonly tools: HTMLElement;
  readonly rail: HTMLElement;
  readonly stageTop: HTMLElement;
  readonly stageBottom: HTMLElement;
  /** Under the map, for the actors' map and the regions map alike. */
  readonly timeline: HTMLElement;
  readonly side: HTMLElement;
  readonly skipLink: HTMLElement;
  /** The stage around the map, where "Toon als lijst" lays the map out as tables (panels/map-list.ts). */
  readonly stage: HTMLElement;
}

export interface Chrome {
  /** Offers a map click to the panel in view; true when it used it. */
  graphClick(id: string): boolean;
}

type PanelKey = ViewState['mode'] | 'actor' | 'edit' | 'export' | 'signin';

const panelKey = (view: ViewState): PanelKey => (view.side === 'mode' ? view.mode : view.side);

export function createChrome(context: AppContext, elements: ChromeElements): Chrome {
  const { store } = context;
  const set = (producer: (view: ViewState) => ViewState): void => store.set(updateView(producer));

  const panels: Readonly<Record<PanelKey, SidePanel>> = {
    netwerk: createOverview(context),
    sleutelfiguren: createSleutelfiguren(context),
    eilanden: createEilanden(context),
    ontbrekend: createOntbrekend(context),
    paden: createWieVerbindtWie(context),
    regios: createRegionPanel(context),
    veranderingen: createVeranderingen(context),
    actor: createActorPanel(context),
    edit: createEditPanel(context),
    export: createExportPanel(context),
    signin: createSignInPanel(context),
  };

  // Header: mode tabs with a roving tab stop.
  const tabs = definePanel<NoData>(store, {
    testId: 'mode-tab-list',
    tag: 'div',
    className: 'mode-tab-list',
    attrs: { role: 'tablist' },
    sources: {},
    shows: (state) => [state.view.mode],
    decorate: (element) => element.setAttribute('aria-label', t('nav.modes')),
    render: (state) =>
      MODES.map((mode) => {
        const selected = state.view.mode === mode;
        return h('button', {
          class: selected ? 'mode-tab on' : 'mode-tab',
          text: vocabulary('modeName', mode),
          title: vocabulary('modeQuestion', mode),
          attrs: { type: 'button', role: 'tab', id: `tab-${mode}`, 'aria-selected': String(selected), 'aria-controls': 'side', tabindex: selected ? 0 : -1, 'data-testid': `tab-${mode}` },
          on: {
            click: () => set((current) => withMode(current, mode)),
            keydown: (event) => {
              const index = MODES.indexOf(mode);
              const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
              if (step === 0) return;
              event.preventDefault();
              const next = MODES[(index + step + MODES.length) % MODES.length] ?? mode;
              set((current) => withMode(current, next));
              document.getElementById(`tab-${next}`)?.focus();
            },
          },
        });
      }),
  });

  /** A header tool that opens its panel, or closes it when it is open. */
  const toolButton = (view: ViewState, side: 'edit' | 'export' | 'signin', text: string, testId: string, open: (current: ViewState) => ViewState): HTMLElement =>
    h('button', {
      class: `tool ${side}${view.side === side ? ' on' : ''}`,
      text,
      title: text,
      attrs: { type: 'button', 'data-testid': testId, 'aria-pressed': String(view.side === side) },
      on: { click: () => set((current) => (current.side === side ? withSide(current, current.selection === null ? 'mode' : 'actor') : open(current))) },
    });

  const tools = definePanel<NoData>(store, {
    testId: 'header-tool-list',
    tag: 'div',
    className: 'header-tool-list',
    sources: {},
    shows: (state) => [state.view.side, state.data.session],
    render(state) {
      const { view, data } = state;
      const languageButton = (language: Language): HTMLElement =>
        h('button', {
          class: view.language === language ? 'lang on' : 'lang',
          text: language.toUpperCase(),
          title: language === 'nl' ? 'Nederlands' : 'English',
          attrs: { type: 'button', lang: language, 'aria-pressed': String(view.language === language), 'data-testid': `lang-${language}` },
          on: { click: () => set((current) => withLanguage(current, language)) },
        });
      return [
        ...(canEdit(data.session) ? [toolButton(view, 'edit', t('nav.edit'), 'open-edit', (current) => withEdit(current, { kind: 'actor', id: null }))] : []),
        toolButton(view, 'export', t('nav.export'), 'open-export', (current) => withSide(current, 'export')),
        toolButton(view, 'signin', data.session.name ?? t('nav.signIn'), 'open-sign-in', (current) => withSide(current, 'signin')),
        h('div', { class: 'lang-switch', attrs: { role: 'group', 'aria-label': t('nav.language') } }, languageButton('nl'), languageButton('en')),
      ];
    },
  });

  // Left column and map furniture: always in view, so activated once.
  const search = createSearch(context);
  const scopeControl = createScopeControl(context);
  const filters = createFilters(context);
  const legend = createLegend(context);
  const mapList = createMapList(context);
  elements.tabs.replaceChildren(tabs.element);
  elements.tools.replaceChildren(tools.element);
  elements.rail.replaceChildren(h('div', { class: 'rail-search' }, search.element), scopeControl.element, filters.element);
  const controls = createGraphControls(context);
  elements.stageTop.replaceChildren(controls.top);
  elements.stageBottom.replaceChildren(legend.element, controls.bottom);
  elements.stage.append(mapList.element);
  elements.timeline.replaceChildren(createTimeline(context));
  for (const part of [tabs, tools, scopeControl, filters, legend, mapList]) part.activate();

  // Right column: one panel at a time, subscribed while it shows.
  let shown: PanelKey | null = null;
  const showPanel = (): void => {
    const key = panelKey(store.get().view);
    if (key === shown) return;
    if (shown !== null) panels[shown].deactivate();
    shown = key;
    const panel = panels[key];
    elements.side.replaceChildren(panel.element);
    elements.side.scrollTop = 0;
    panel.activate();
  };

  const renderLabels = (): void => {
    elements.skipLink.textContent = t('nav.skip');
    elements.side.setAttribute('aria-label', t('nav.panel'));
    elements.rail.setAttribute('aria-label', t('nav.filters'));
    elements.tabs.setAttribute('aria-label', t('nav.modes'));
    // The maps are pictures to assistive technology (a div may not carry a label without a
    // role); "Toon als lijst" and the regions list are their text alternatives.
    for (const [id, label] of [
      ['graph', t('nav.map')],
      ['region-graph', t('regionMap.title')],
    ] as const) {
      const map = document.getElementById(id);
      map?.setAttribute('role', 'img');
      map?.setAttribute('aria-label', label);
    }
  };

  watch(store, (state) => state.view.language, renderLabels);
  // Signed out while editing: the form is no longer on offer.
  watch(store, (state) => state.view.side === 'edit' && !canEdit(state.data.session), (editingWithoutRight) => {
    if (editingWithoutRight) set((current) => withSide(current, current.selection === null ? 'mode' : 'actor'));
  });
  watch(store, (state) => panelKey(state.view), showPanel);
  // A new question starts from the whole picture; a mode that focuses on something fits again.
  watch(store, (state) => state.view.mode, () => context.renderer.fitActors([]));

  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement | null;
    const typing = target !== null && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT');
    if (event.key === '/' && !typing) {
      event.preventDefault();
      search.focus();
    } else if (event.key === 'Escape' && !event.defaultPrevented && !(typing && target.closest('form') !== null)) {
      // (An Escape in a form field never throws away what was typed.)
      const { view } = store.get();
      if (store.get().panels.mapList) store.set(updatePanel('mapList', () => false));
      else if (view.side === 'edit' || view.side === 'export' || view.side === 'signin') set((current) => withSide(current, current.selection === null ? 'mode' : 'actor'));
      else if (view.selection !== null) set((current) => withSelection(current, null));
      else if (view.emphasis !== null && view.mode !== 'sleutelfiguren') set((current) => ({ ...current, emphasis: null }));
    }
  });

  renderLabels();
  showPanel();

  return {
    graphClick: (id) => {
      if (shown === null) return false;
      return panels[shown].graphClick?.(id) ?? false;
    },
  };
}
