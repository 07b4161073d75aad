// Submits server-rendered markup in a page where scripts cannot run, and reports what the browser sent.
// Not published.

/**
 * Loads `markup` (with the stylesheets `css`, paths from the repository root) in an iframe whose sandbox
 * blocks all scripts, lets `act` interact with the frame's document (as a user would: clicks, typed values),
 * submits the form natively with the button `submitter` selects (by default the form's own button, after the
 * markup), and resolves with the submitted query.
 */
export async function submitWithoutScript(
  markup: string,
  css: string[],
  act: (doc: Document) => void | Promise<void> = () => {},
  submitter = 'form > button',
): Promise<URLSearchParams> {
  const frame = document.createElement('iframe');
  frame.title = 'no script';
  frame.setAttribute('sandbox', 'allow-forms allow-same-origin');
  const links = css.map((href) => `<link rel="stylesheet" href="${href}">`).join('');
  frame.srcdoc = `<!doctype html><html lang="nl"><head>${links}</head><body>
    <form action="/package.json" method="get">${markup}<button>Verstuur</button></form></body></html>`;
  document.body.append(frame);
  try {
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const doc = frame.contentDocument!;
    await act(doc);
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    doc.querySelector<HTMLButtonElement>(submitter)!.click();
    await loaded;
    return new URL(frame.contentWindow!.location.href).searchParams;
  } finally {
    frame.remove();
  }
}
