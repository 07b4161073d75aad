import { html } from 'lit';

export const TAG_TYPES = ['neutral', 'info', 'success', 'warning', 'error'] as const;
export type TagType = (typeof TAG_TYPES)[number];

export interface TagState {
  type: TagType;
}

/**
 * The shadow markup of `<polder-tag>`; with text as `content` also the class-based markup for pages without
 * JavaScript. The text says the status: the colour only supports it.
 */
export function tagTemplate(s: TagState, content: unknown = html`<slot></slot>`) {
  return html`<span class="polder-tag polder-tag--${s.type}" part="tag">${content}</span>`;
}
