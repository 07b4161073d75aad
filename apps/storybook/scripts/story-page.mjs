// In-page helpers shared by the scripts that test the built docs site in a browser.

/**
 * Installed in every page before Storybook starts: records each `polder:render` event (see
 * .storybook/render-events.ts) and lets the test wait for the one of a given entry.
 */
export function recordRenders() {
  const outcomes = [];
  const waiting = new Set();
  document.addEventListener('polder:render', (event) => {
    outcomes.push(event.detail);
    for (const check of waiting) check();
  });
  /** The first render outcome of entry `id` (or any failure) from the `from`th event on. */
  const next = (id, from) =>
    new Promise((resolve) => {
      const check = () => {
        const found = outcomes.slice(from).find((o) => o.id === id || o.outcome !== 'rendered');
        if (found) {
          waiting.delete(check);
          resolve(found);
        }
      };
      waiting.add(check);
      check();
    });
  window.polderStoryTest = {
    loaded: (id) => next(id, 0),
    switched: (id, globals) => {
      const from = outcomes.length;
      document.dispatchEvent(new CustomEvent('polder:update-globals', { detail: globals }));
      return next(id, from);
    },
    shown: (id, viewMode) => {
      const from = outcomes.length;
      document.dispatchEvent(new CustomEvent('polder:show', { detail: { id, viewMode } }));
      return next(id, from);
    },
  };
}

/**
 * How long a page may take to render a story before the test calls it hung. Not a speed check (those are the
 * components' benchmark): the largest story, a combobox of 10,000 options, takes about 3 s in Firefox alone and
 * more than 20 s when the machine is also running the component tests.
 */
export const TIMEOUT = 45_000;

/** A page promise, given up on after `ms` with the reason why. */
export async function within(promise, what, ms = TIMEOUT) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no ${what} within ${ms / 1000}s`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
