// Storybook announces every render on its channel (the public addon API). This module passes the outcome on to
// the page as one DOM event, `polder:render`, on `document`, with what the story tests check: the story's id, how
// the render ended, and the parameters the tests read (`status`, `a11y.exceptions`, `fileName`). Tools outside
// Storybook, such as scripts/test-stories.mjs, wait for this event instead of reading Storybook's internals.
// The other way round, as the docs site's own toolbar and sidebar do: a `polder:update-globals` event on `document`
// (detail: `{ theme, scheme, … }`) updates the globals (UPDATE_GLOBALS) and the story renders again, and a
// `polder:show` event (detail: `{ id, viewMode }`) shows another entry of index.json (SET_CURRENT_STORY).
import { addons } from 'storybook/preview-api';
import {
  DOCS_RENDERED,
  GLOBALS_UPDATED,
  STORY_ERRORED,
  STORY_MISSING,
  STORY_PREPARED,
  STORY_RENDERED,
  SET_CURRENT_STORY,
  STORY_THREW_EXCEPTION,
  UPDATE_GLOBALS,
} from 'storybook/internal/core-events';

export interface RenderOutcome {
  /** The story or docs entry id from index.json; `undefined` when Storybook did not say. */
  id?: string;
  outcome: 'rendered' | 'errored' | 'threw' | 'missing';
  /** For a story: the parameters the tests read. */
  parameters?: { fileName?: unknown; status?: unknown; a11y?: { exceptions?: unknown } };
  /** Globals the story sets itself (`globals: { scheme: 'dark' }`), which win over the toolbar's. */
  storyGlobals?: Record<string, unknown>;
  message?: string;
}

declare global {
  interface DocumentEventMap {
    'polder:render': CustomEvent<RenderOutcome>;
    'polder:update-globals': CustomEvent<Record<string, string>>;
    'polder:show': CustomEvent<{ id: string; viewMode: 'story' | 'docs' }>;
  }
}

const channel = addons.getChannel();
const prepared = new Map<string, RenderOutcome['parameters']>();
let storyGlobals: Record<string, unknown> = {};
const announce = (detail: RenderOutcome) =>
  document.dispatchEvent(new CustomEvent<RenderOutcome>('polder:render', { detail }));
const text = (error: unknown) =>
  error && typeof error === 'object'
    ? [(error as { title?: string }).title, (error as { description?: string; message?: string }).description]
        .concat((error as { message?: string }).message)
        .filter(Boolean)
        .join(': ')
    : String(error);

channel.on(STORY_PREPARED, ({ id, parameters }: { id: string; parameters: Record<string, never> }) => {
  const { fileName, status, a11y } = parameters ?? {};
  prepared.set(id, { fileName, status, a11y: { exceptions: (a11y as { exceptions?: unknown })?.exceptions } });
});
channel.on(GLOBALS_UPDATED, (update: { storyGlobals?: Record<string, unknown> }) => {
  storyGlobals = update.storyGlobals ?? {};
});
channel.on(STORY_RENDERED, (id: string) =>
  announce({ id, outcome: 'rendered', parameters: prepared.get(id), storyGlobals }),
);
channel.on(DOCS_RENDERED, (id: string) => announce({ id, outcome: 'rendered' }));
channel.on(STORY_ERRORED, (error: unknown) => announce({ outcome: 'errored', message: text(error) }));
channel.on(STORY_THREW_EXCEPTION, (error: unknown) => announce({ outcome: 'threw', message: text(error) }));
channel.on(STORY_MISSING, (id: string) => announce({ id, outcome: 'missing' }));
document.addEventListener('polder:update-globals', (event) => channel.emit(UPDATE_GLOBALS, { globals: event.detail }));
document.addEventListener('polder:show', ({ detail }) =>
  channel.emit(SET_CURRENT_STORY, { storyId: detail.id, viewMode: detail.viewMode }),
);
