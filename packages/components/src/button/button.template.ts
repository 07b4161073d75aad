import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { safeUrl } from '../url/safe-url.js';
import { withExtraAttributes, type ExtraAttributes } from '../extra-attributes/extra-attributes.js';

export const BUTTON_VARIANTS = ['primary', 'secondary', 'subtle', 'warning'] as const;
export type ButtonVariant = (typeof BUTTON_VARIANTS)[number];
export const BUTTON_TYPES = ['submit', 'button', 'reset'] as const;
export type ButtonType = (typeof BUTTON_TYPES)[number];

/**
 * The element's attributes: one for each option of `ButtonState`, of the same name. The element reads them as its
 * properties; the server writes them on `<polder-button>`.
 */
export const BUTTON_ATTRIBUTES = [
  'variant',
  'type',
  'disabled',
  'busy',
  'href',
  'target',
  'rel',
  'download',
  'hreflang',
  'name',
  'value',
  'form',
  'formaction',
  'formmethod',
  'formenctype',
  'formnovalidate',
  'formtarget',
] as const satisfies readonly (keyof ButtonState)[];

/** Everything the button's markup depends on; the element and the server fill it the same way. */
export interface ButtonState {
  variant: ButtonVariant;
  type: ButtonType;
  disabled?: boolean;
  busy?: boolean;
  /** With `href` the button is a real link. A script URL (`javascript:`) is not rendered (see `safeUrl`). */
  href?: string;
  target?: string;
  rel?: string;
  download?: string;
  hreflang?: string;
  name?: string;
  value?: string;
  form?: string;
  /** A script URL (`javascript:`) is not rendered (see `safeUrl`). */
  formaction?: string;
  formmethod?: 'get' | 'post';
  formenctype?: 'application/x-www-form-urlencoded' | 'multipart/form-data' | 'text/plain';
  formnovalidate?: boolean;
  formtarget?: '_self' | '_blank' | '_parent' | '_top';
}

/**
 * The native control of `<polder-button>`: a `<button>`, or with `href` an `<a>`, with the public classes.
 * `content` is the label (and any `slot="icon-start"` / `slot="icon-end"` icons).
 * Used by the element in the browser and by the server, so both give the same markup.
 */
export function buttonTemplate(s: ButtonState, content: unknown = '') {
  const classes = `polder-button polder-button--${s.variant}${s.busy ? ' polder-button--busy' : ''}`;
  if (s.href !== undefined) {
    // A link cannot be disabled natively: without href it is no longer a link a user can follow.
    return html`<a
      class=${classes}
      href=${ifDefined(s.disabled ? undefined : safeUrl(s.href))}
      role=${ifDefined(s.disabled ? 'link' : undefined)}
      aria-disabled=${ifDefined(s.disabled || s.busy ? 'true' : undefined)}
      target=${ifDefined(s.target)}
      rel=${ifDefined(s.rel)}
      download=${ifDefined(s.download)}
      hreflang=${ifDefined(s.hreflang)}
      >${content}</a
    >`;
  }
  return html`<button
    class=${classes}
    type=${s.type}
    ?disabled=${s.disabled}
    aria-disabled=${ifDefined(s.busy ? 'true' : undefined)}
    name=${ifDefined(s.name)}
    value=${ifDefined(s.value)}
    form=${ifDefined(s.form)}
    formaction=${ifDefined(safeUrl(s.formaction))}
    formmethod=${ifDefined(s.formmethod)}
    formenctype=${ifDefined(s.formenctype)}
    ?formnovalidate=${s.formnovalidate}
    formtarget=${ifDefined(s.formtarget)}
  >
    ${content}
  </button>`;
}

/**
 * The host's `href` on the server: a script URL becomes `about:blank#blocked` (as browsers show a blocked URL),
 * so the element stays a link without `href` after upgrade and the page holds no script URL.
 */
const linkHref = (href?: string) =>
  href === undefined ? undefined : (safeUrl(href, 'polder-button') ?? 'about:blank#blocked');

/** The whole element for server rendering: `<polder-button>` with its native control inside. */
export function renderButton(s: ButtonState & ExtraAttributes, content: unknown) {
  return withExtraAttributes('polder-button', s, html`<polder-button>${buttonTemplate(s, content)}</polder-button>`, {
    ...Object.fromEntries(BUTTON_ATTRIBUTES.map((name) => [name, s[name]])),
    href: linkHref(s.href),
    formaction: safeUrl(s.formaction),
  });
}
