// Helpers shared by the component tests. Not published.
import type { ReactiveElement } from 'lit';
import { executeServerCommand } from '@web/test-runner-commands';

export interface AxNode {
  role: string;
  name: string;
  description: string;
  ignored?: boolean;
  [property: string]: unknown;
}

/** What Chromium's accessibility tree exposes for one element (a selector array goes through shadow roots). */
export function axNode(selector: string | string[]): Promise<AxNode> {
  return executeServerCommand('ax-node', { selector }) as Promise<AxNode>;
}

/** Every node of the page's accessibility tree that is not ignored. */
export function axTree(): Promise<AxNode[]> {
  return executeServerCommand('ax-tree') as Promise<AxNode[]>;
}

/** The entries a form would submit (with the submitter, as the browser sends them). */
export function entries(form: HTMLFormElement, submitter?: HTMLElement | null): [string, FormDataEntryValue][] {
  return [...new FormData(form, submitter ?? undefined).entries()];
}

/** Resolves with the submitter of the next submit event of `form`, which is cancelled so the page stays. */
export function nextSubmit(form: HTMLFormElement): Promise<HTMLElement | null> {
  return new Promise((resolve) =>
    form.addEventListener(
      'submit',
      (event) => {
        event.preventDefault();
        resolve((event as SubmitEvent).submitter);
      },
      { once: true },
    ),
  );
}

/** Collects console.warn calls while `fn` runs. */
export async function captureWarnings(fn: () => unknown): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
  try {
    await fn();
  } finally {
    console.warn = original;
  }
  return warnings;
}

/**
 * Renders `exportName(...args)` from a template module on the server (Node, @lit-labs/ssr) and returns the
 * HTML. `module` is a URL, usually `new URL('./x.template.ts', import.meta.url)`.
 */
export function serverRender(module: URL, exportName: string, ...args: unknown[]): Promise<string> {
  return executeServerCommand('ssr-render', { module: module.pathname, export: exportName, args }) as Promise<string>;
}

/**
 * Replaces the content of `parent` (an element or a shadow root, in the page or not) with server-rendered HTML,
 * declarative shadow DOM included. The markup is parsed apart and then inserted, as a page's parser inserts what
 * it parses, so the custom elements in it upgrade in every engine: Firefox (153) leaves the custom elements that
 * `setHTMLUnsafe()` parses straight into a connected tree un-upgraded.
 */
export function setServerHtml(parent: Element | ShadowRoot, markup: string): void {
  const parsed = document.createElement('div');
  parsed.setHTMLUnsafe(markup);
  parent.replaceChildren(...parsed.childNodes);
}

/** Puts server-rendered HTML into the page (declarative shadow DOM included) and returns the container. */
export function insertServerHtml(markup: string): HTMLElement {
  const container = document.createElement('div');
  setServerHtml(container, markup);
  document.body.append(container);
  return container;
}

/** Resolves when every Polder element inside `root` has finished its pending update. */
export async function settled(root: ParentNode): Promise<void> {
  const elements = [...root.querySelectorAll('*')].filter((el) => el.localName.startsWith('polder-'));
  await Promise.all(elements.map((el) => (el as Partial<ReactiveElement>).updateComplete));
}

/**
 * Tries to submit `form` as a user does — with its last direct `<button>`, else `requestSubmit()` — and
 * resolves with whether the submit event came (that is, whether the form was valid). The submission itself is
 * cancelled; the form's Polder elements have updated (error messages shown) when it resolves.
 */
export async function trySubmit(form: HTMLFormElement): Promise<boolean> {
  let submitted = false;
  const onSubmit = (event: Event) => {
    submitted = true;
    event.preventDefault();
  };
  form.addEventListener('submit', onSubmit);
  const button = [...form.querySelectorAll<HTMLButtonElement>(':scope > button')].at(-1);
  if (button) button.click();
  else form.requestSubmit();
  form.removeEventListener('submit', onSubmit);
  await new Promise((resolve) => setTimeout(resolve));
  await settled(form);
  return submitted;
}

/** The computed value of a CSS system colour (`CanvasText`, `GrayText`, …), to compare in forced-colors tests. */
export function systemColor(name: string): string {
  const probe = document.createElement('span');
  probe.style.color = name;
  document.body.append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}

/**
 * Resolves when an iframe's `srcdoc` document has loaded — also when it loaded before this was called (a small
 * document can load within the frame that `fixture()` waits, before a `load` listener could be added).
 */
export function frameLoaded(frame: HTMLIFrameElement): Promise<void> {
  const doc = frame.contentDocument;
  if (doc && doc.URL === 'about:srcdoc' && doc.readyState === 'complete') return Promise.resolve();
  return new Promise((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
}

/**
 * The texts that an element's `aria-describedby` points to, in order and with white space collapsed: its
 * description as a browser computes it from the page, in every engine (`axNode` reads Chromium's own).
 */
export function describedByText(el: Element): string {
  return (el.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => (document.getElementById(id)?.textContent ?? '').replace(/\s+/g, ' ').trim())
    .join(' ');
}
