import { html } from 'lit';
import { literal, html as staticHtml } from 'lit/static-html.js';
import { withExtraAttributes, type ExtraAttributes } from '../extra-attributes/extra-attributes.js';

/** Levels and appearances, `'2'` (the default) first. */
export const HEADING_LEVELS = ['2', '1', '3', '4', '5', '6'] as const;
export type HeadingLevel = (typeof HEADING_LEVELS)[number];

const tags = { 1: literal`h1`, 2: literal`h2`, 3: literal`h3`, 4: literal`h4`, 5: literal`h5`, 6: literal`h6` };

export interface HeadingState {
  /** The level in the page outline: `<h1>` … `<h6>`. */
  level: HeadingLevel;
  /** The look, independent of the level. */
  appearance: HeadingLevel;
}

/**
 * The shadow markup of `<polder-heading>`; with text as `content` also the class-based markup for pages
 * without JavaScript.
 */
export function headingTemplate(s: HeadingState, content: unknown = html`<slot></slot>`) {
  const tag = tags[s.level];
  return staticHtml`<${tag} class="polder-heading polder-heading--${s.appearance}" part="heading">${content}</${tag}>`;
}

/**
 * The whole `<polder-heading>` for server rendering, with `content` as its text. With the element defined on the
 * server (`import '@polder/components/heading/define.js'`) @lit-labs/ssr renders its shadow root as declarative
 * shadow DOM, so the heading is a heading before and without JavaScript.
 */
export function renderHeading(
  s: { level?: HeadingLevel | number; appearance?: HeadingLevel | number } & ExtraAttributes,
  content: unknown,
) {
  return withExtraAttributes(
    'polder-heading',
    s,
    html`<polder-heading level=${String(s.level ?? '2')} appearance=${String(s.appearance ?? s.level ?? '2')}
      >${content}</polder-heading
    >`,
  );
}
