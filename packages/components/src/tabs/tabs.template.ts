import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

export const TABS_ACTIVATIONS = ['automatic', 'manual'] as const;
export type TabsActivation = (typeof TABS_ACTIVATIONS)[number];

export interface TabsState {
  /**
   * Whether the script runs. Without it (server-rendered, before or without JavaScript) there is no tab list:
   * every tab label shows as a heading above its panel, in order.
   */
  enhanced: boolean;
  /** The tab list's accessible name. */
  label?: string;
  onKeyDown?: (event: KeyboardEvent) => void;
  onClick?: (event: MouseEvent) => void;
}

/** The shadow markup of `<polder-tabs>`. */
export function tabsTemplate(s: TabsState) {
  return s.enhanced
    ? html`<div class="polder-tabs" part="tabs">
        <div
          class="polder-tabs__list"
          part="tablist"
          role="tablist"
          aria-label=${ifDefined(s.label || undefined)}
          @keydown=${s.onKeyDown}
          @click=${s.onClick}
        >
          <slot name="tab"></slot>
        </div>
        <slot></slot>
      </div>`
    : html`<div class="polder-tabs" part="tabs"><slot></slot></div>`;
}

export interface TabState {
  enhanced: boolean;
  selected: boolean;
  /** 1–6: the level of the heading a tab label is without JavaScript. */
  headingLevel: number;
}

/** The shadow markup of `<polder-tab>`: a tab's label, or without JavaScript the heading of its panel. */
export function tabTemplate(s: TabState, label: unknown = html`<slot></slot>`) {
  return s.enhanced
    ? html`<span class="polder-tabs__tab${s.selected ? ' polder-tabs__tab--selected' : ''}" part="tab">${label}</span>`
    : html`<span
        class="polder-tabs__heading"
        part="heading"
        role="heading"
        aria-level=${Math.min(6, Math.max(1, Math.round(s.headingLevel) || 2))}
        >${label}</span
      >`;
}

/** The shadow markup of `<polder-tab-panel>`. */
export function tabPanelTemplate(content: unknown = html`<slot></slot>`) {
  return html`<div class="polder-tabs__panel" part="panel">${content}</div>`;
}
