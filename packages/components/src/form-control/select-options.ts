/**
 * Moves the `<option>` and `<optgroup>` children of `host` into its native `select`: how `polder-select` and
 * `polder-combobox` take their light-DOM options (also ones added later). `value` (the host's `value` attribute)
 * marks the initial choice when no option is marked `selected`; before the first render it is also shown.
 */
export function takeOptions(
  host: Element,
  select: HTMLSelectElement | null | undefined,
  value: string | undefined,
  firstRender: boolean,
): void {
  const options = [...host.children].filter((n) => n.localName === 'option' || n.localName === 'optgroup');
  if (!select || !options.length) return;
  select.append(...options);
  if (value === undefined || select.querySelector('option[selected]')) return;
  const match = [...select.options].find((o) => o.value === value);
  if (!match) return;
  match.defaultSelected = true;
  // The user has not chosen yet: show the initial choice.
  if (firstRender) select.value = value;
}
