import { FormControl } from '../form-control/form-control.js';
import visuallyHidden from '../styles/visually-hidden.styles.js';
import fieldStyles from '../form-control/form-control.styles.js';
import styles from './select.styles.js';
import { selectControlTemplate, selectTemplate, type SelectState } from './select.template.js';
import { takeOptions } from '../form-control/select-options.js';

/**
 * A drop-down list with its label, hint and error. Its `<option>` and `<optgroup>` children (light DOM, also
 * ones added later) are moved into a native `<select>` in its own light DOM, so the browser submits, validates,
 * resets, autofills and restores it, with or without JavaScript. Server-rendered markup is adopted, never
 * replaced, so a choice made before the script ran stays.
 *
 * @summary Lets users choose one option from a long list.
 * @status beta
 *
 * @attr {string} value - The option selected initially, when no option has `selected`; `form.reset()` returns to it.
 * @attr {string} form - The id of the form the select belongs to, when it is not inside it.
 * @attr {string} autocomplete - Autofill hint, e.g. `country-name`.
 *
 * @slot - `<option>` and `<optgroup>` elements.
 * @slot label - Rich label content (instead of the `label` attribute).
 * @slot hint - Rich hint content (instead of the `hint` attribute).
 * @slot error - Rich error content (instead of the `error` attribute).
 *
 * @csspart - No shadow DOM: style the public classes `.polder-form-field` (`--invalid`, `__label`, `__hint`,
 *   `__error`) and `.polder-select`.
 *
 * @cssprop --polder-select-border-color - Border of the select.
 * @cssprop --polder-select-invalid-border-color - Border of an invalid select.
 *
 * @fires input - Native, from the select.
 * @fires change - Native, from the select.
 */
export class PolderSelect extends FormControl<HTMLSelectElement> {
  static override styles = [visuallyHidden, fieldStyles, styles];

  private get state(): SelectState {
    return this.controlState;
  }

  protected controlTemplate() {
    return selectControlTemplate(this.state);
  }

  protected findControl() {
    return this.querySelector<HTMLSelectElement>('select.polder-select');
  }

  /** Moves `<option>` and `<optgroup>` children of the element into the native select (also ones added later). */
  protected override childrenAdded(): void {
    this.takeOptions();
  }

  private takeOptions(): void {
    takeOptions(this, this.control, this.attr('value'), !this.hasUpdated);
  }

  protected override adopt(): void {
    super.adopt();
    this.takeOptions();
  }

  protected render() {
    return selectTemplate(this.state, this.native!.node);
  }
}
