// Which Polder components each page uses, so that a page loads only their define modules (JavaScript) and only
// the stylesheets of its light-DOM components (CSS). Read by scripts/build.mjs, which makes one script and one
// stylesheet per kind of page, and by the server, which links a page to its own.

/** On every page: the frame (skip link, header, footer, phase banner, heading, back link) and buttons and links. */
export const FRAME = /** @type {const} */ ({
  elements: [
    'skip-link',
    'header',
    'language-switcher',
    'footer',
    'phase-banner',
    'heading',
    'paragraph',
    'back-link',
    'button',
    'link',
  ],
  // The page layer (width container, grid, lists) and the light-DOM classes every page may show: shadow
  // components bring their own styles.
  styles: ['page', 'visually-hidden', 'back-link', 'button', 'link', 'error-summary'],
});

/** Shown on some pages only: loaded when the page has one (the cookie question, the session's end). */
export const OPTIONAL = /** @type {const} */ (['cookie-banner', 'timeout-warning']);

/** What each kind of page adds to the frame. */
export const PAGES = /** @type {const} */ ({
  start: { elements: [], styles: [] },
  person: {
    elements: ['error-summary', 'text-field', 'date-input'],
    styles: ['form-control', 'fieldset', 'text-field', 'date-input'],
  },
  address: {
    elements: ['error-summary', 'text-field', 'combobox'],
    styles: ['form-control', 'text-field', 'select', 'listbox', 'combobox'],
  },
  moving: { elements: ['error-summary', 'date-input'], styles: ['form-control', 'fieldset', 'date-input'] },
  people: {
    elements: ['error-summary', 'fieldset', 'add-another', 'text-field', 'date-input'],
    styles: ['form-control', 'fieldset', 'add-another', 'text-field', 'date-input'],
  },
  living: {
    elements: ['error-summary', 'radio-group', 'text-field'],
    styles: ['form-control', 'fieldset', 'choice', 'radio-group', 'text-field'],
  },
  document: { elements: ['error-summary', 'file-upload'], styles: ['form-control', 'file-upload'] },
  check: { elements: ['summary-list', 'notification-banner'], styles: ['summary-list'] },
  done: { elements: ['panel'], styles: [] },
  /** Pages that only say something: not found, refused form, session ended. */
  message: { elements: [], styles: [] },
});

/** @typedef {keyof typeof PAGES} PageKind */
