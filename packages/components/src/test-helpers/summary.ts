// Submits a form that has a polder-error-summary and returns the summary's links. Not published.

/**
 * Clicks the last button of `form` (the submit event is cancelled) and waits for the error summary to fill: it
 * takes focus once it lists the errors, so this waits for that `focusin`, not for time.
 */
export async function summaryLinks(form: HTMLFormElement): Promise<HTMLAnchorElement[]> {
  const summary = document.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('polder-error-summary')!;
  const filled = new Promise((resolve) => summary.addEventListener('focusin', resolve, { once: true }));
  const cancel = (e: Event) => e.preventDefault();
  form.addEventListener('submit', cancel);
  [...form.querySelectorAll<HTMLButtonElement>('button')].at(-1)!.click();
  form.removeEventListener('submit', cancel);
  await filled;
  await summary.updateComplete;
  return [...summary.querySelectorAll<HTMLAnchorElement>('a')];
}
