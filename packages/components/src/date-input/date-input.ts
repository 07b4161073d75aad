import type { PropertyValues } from 'lit';
import { fieldId } from '../form-control/field.js';
import { FieldsetField } from '../form-control/fieldset-field.js';
import fieldsetStyles from '../form-control/fieldset.styles.js';
import { NativeControl } from '../form-element/native-control.js';
import { Localize } from '../localize/localize.js';
import { devWarn, quote } from '../dev/warn.js';
import visuallyHidden from '../styles/visually-hidden.styles.js';
import styles from './date-input.styles.js';
import {
  DATE_PARTS,
  dateInputPartTemplate,
  dateInputTemplate,
  type DateInputState,
  type DatePart,
} from './date-input.template.js';

const translations = {
  nl: {
    day: 'Dag',
    month: 'Maand',
    year: 'Jaar',
    dayName: 'dag',
    monthName: 'maand',
    yearName: 'jaar',
    and: 'en',
    valueMissing: 'Vul uw {name} in',
    partMissing: '{Name} moet een {parts} bevatten',
    notANumber: '{Name} moet een echte datum zijn',
    yearLength: 'Het jaar moet uit 4 cijfers bestaan',
    notADate: 'De datum moet een echte datum zijn',
    rangeUnderflow: '{Name} moet op of na {date} liggen',
    rangeOverflow: '{Name} moet op of voor {date} liggen',
  },
  en: {
    day: 'Day',
    month: 'Month',
    year: 'Year',
    dayName: 'day',
    monthName: 'month',
    yearName: 'year',
    and: 'and',
    valueMissing: 'Enter your {name}',
    partMissing: '{Name} must include a {parts}',
    notANumber: '{Name} must be a real date',
    yearLength: 'Year must include 4 numbers',
    notADate: 'Date must be a real date',
    rangeUnderflow: '{Name} must be the same as or after {date}',
    rangeOverflow: '{Name} must be the same as or before {date}',
  },
};
type Key = keyof (typeof translations)['nl'];

/** What is wrong with the date, which parts to mark, and the ISO date when it is right. */
interface Check {
  key?: Key;
  parts: DatePart[];
  missing?: DatePart[];
  iso: string;
}

const pad = (n: number, size: number) => String(n).padStart(size, '0');

/** Whether `value` is a real calendar date written as ISO `yyyy-mm-dd` (as a native date input's `min`/`max`). */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return year > 0 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Checks three typed parts: empty, partly filled, not numbers, not a calendar date, outside min/max. */
export function checkDate(values: Record<DatePart, string>, { required = false, min = '', max = '' } = {}): Check {
  const missing = DATE_PARTS.filter((p) => !values[p].trim());
  if (missing.length === 3)
    return required ? { key: 'valueMissing', parts: [...DATE_PARTS], iso: '' } : { parts: [], iso: '' };
  if (missing.length) return { key: 'partMissing', parts: missing, missing, iso: '' };
  const notNumbers = DATE_PARTS.filter((p) => !/^\d+$/.test(values[p].trim()));
  if (notNumbers.length) return { key: 'notANumber', parts: notNumbers, iso: '' };
  const [day, month, year] = DATE_PARTS.map((p) => Number(values[p].trim()));
  if (values.year.trim().length !== 4) return { key: 'yearLength', parts: ['year'], iso: '' };
  const date = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || month > 12 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return { key: 'notADate', parts: month < 1 || month > 12 ? ['month'] : ['day'], iso: '' };
  }
  const iso = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
  if (min && iso < min) return { key: 'rangeUnderflow', parts: [...DATE_PARTS], iso };
  if (max && iso > max) return { key: 'rangeOverflow', parts: [...DATE_PARTS], iso };
  return { parts: [], iso };
}

/**
 * A date the user knows (a date of birth, the date of a decision): a native `<fieldset>` with a `<legend>`
 * (from `label`), hint, error and three labelled text inputs for day, month and year, in light DOM.
 *
 * Without JavaScript the form submits `<name>-day`, `<name>-month` and `<name>-year`. With JavaScript the
 * element adds a hidden input with the ISO date `yyyy-mm-dd` under `<name>` (empty while the date is not
 * valid), and checks the date with the native constraint validation API (`setCustomValidity` on the day
 * input): required, a real calendar date (31 February is not), four-digit years, `min` and `max`. Polder's
 * message shows after a submit attempt, never the browser's bubble.
 *
 * @summary Asks for a memorable date in separate day, month and year fields.
 * @status beta
 *
 * @attr {string} value - The initial date, ISO `yyyy-mm-dd`; fills the parts' initial values (`form.reset()` returns to it).
 * @attr {string} min - The earliest allowed date, ISO `yyyy-mm-dd`.
 * @attr {string} max - The latest allowed date, ISO `yyyy-mm-dd`.
 * @attr {string} form - The id of the form the inputs belong to, when they are not inside it.
 * @attr {string} autocomplete - `bday` gives the parts `bday-day`, `bday-month`, `bday-year`.
 *
 * @slot label - Rich legend content (e.g. a page heading: `<h1 slot="label">`).
 * @slot hint - Rich hint content.
 * @slot error - Rich error content.
 *
 * @csspart - No shadow DOM: style it through the public classes `.polder-date-input`, `.polder-date-input__item`,
 *   `.polder-date-input__label`, `.polder-date-input__input` and the shared fieldset's `.polder-fieldset`,
 *   `.polder-fieldset--invalid`, `.polder-fieldset__legend`, `.polder-fieldset__hint`, `.polder-fieldset__error`,
 *   `.polder-fieldset__items`.
 *
 * @cssprop --polder-date-input-input-border-color - Border of the three inputs.
 * @cssprop --polder-form-field-error-color - Colour of the error message (all fields).
 *
 * @fires input - Native, from the part being typed in.
 * @fires change - Native, from the part that changed.
 */
export class PolderDateInput extends FieldsetField {
  static override styles = [visuallyHidden, fieldsetStyles, styles];
  static override nativeAttributes = ['value', 'autocomplete', 'min', 'max'];
  /**
   * @attr readonly
   * @default false
   */
  declare readonly: boolean;

  private readonly localize = new Localize(this, 'date-input', translations, () => this.strings);
  private parts?: Record<DatePart, NativeControl<HTMLInputElement>>;
  private isoInput?: HTMLInputElement;

  constructor() {
    super();
    this.addEventListener('input', this.sync);
  }

  /** The three native inputs: day, month, year. */
  get controls(): HTMLInputElement[] {
    const parts = this.parts;
    return parts ? DATE_PARTS.map((p) => parts[p].node) : [];
  }

  /** The day input: it carries the date's validity (the native control, as `control` of other fields). */
  get control(): HTMLInputElement | undefined {
    return this.controls[0];
  }

  /** The typed parts. */
  get values(): Record<DatePart, string> {
    const [day, month, year] = this.controls.map((c) => c.value);
    return { day: day ?? '', month: month ?? '', year: year ?? '' };
  }

  /** The date as ISO `yyyy-mm-dd`, or '' while it is empty or not a valid date. Setting it fills the parts. */
  get value(): string {
    return this.isoInput?.value ?? '';
  }

  set value(iso: string) {
    const [year = '', month = '', day = ''] = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? iso.split('-') : [];
    const [d, m, y] = this.controls;
    if (!d) return;
    d.value = day;
    m.value = month;
    y.value = year;
    this.sync();
  }

  /** `min` or `max` when it is a real ISO date; any other value is ignored, as a native date input does. */
  private bound(name: 'min' | 'max'): string {
    const value = (this.attr(name) ?? '').trim();
    if (!value || isIsoDate(value)) return value;
    devWarn(this, `${name} ${quote(value)} is not a date written yyyy-mm-dd; it is ignored.`);
    return '';
  }

  private get check(): Check {
    return checkDate(this.values, { required: this.required, min: this.bound('min'), max: this.bound('max') });
  }

  private message(check: Check): string {
    if (!check.key) return '';
    const t = (key: Key, vars: Record<string, string> = {}) => this.localize.t(key, vars);
    const parts = (check.missing ?? []).map((p) => t(`${p}Name` as Key));
    const bound = check.key === 'rangeUnderflow' ? this.bound('min') : this.bound('max');
    const date = bound
      ? new Intl.DateTimeFormat(this.localize.language, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(bound))
      : '';
    return t(check.key, {
      ...this.labelVars,
      parts: parts.length > 1 ? `${parts.slice(0, -1).join(', ')} ${t('and')} ${parts.at(-1)}` : (parts[0] ?? ''),
      date,
    });
  }

  /** Keeps the ISO value and the custom validity in step with what is typed, at once (FormData reads them). */
  private sync = (): void => {
    const day = this.control;
    if (!day || !this.isoInput) return;
    const iso = this.isoInput;
    if (this.name) iso.name = this.name;
    else iso.removeAttribute('name');
    if (this.form) iso.setAttribute('form', this.form);
    else iso.removeAttribute('form');
    const check = this.check;
    iso.value = check.key ? '' : check.iso;
    day.setCustomValidity(this.message(check));
  };

  /** The date is checked as a whole, through the day input's custom validity. */
  protected currentError(): string {
    this.sync();
    return this.control?.validationMessage ?? '';
  }

  private get state(): DateInputState {
    const [year, month, day] = (this.attr('value') ?? '').split('-');
    const field = this.fieldsetState;
    return {
      ...field,
      labels: { day: this.localize.t('day'), month: this.localize.t('month'), year: this.localize.t('year') },
      name: this.name || undefined,
      day: day?.replace(/^0/, ''),
      month: month?.replace(/^0/, ''),
      year,
      required: this.required,
      readonly: this.readonly,
      autocomplete: this.attr('autocomplete'),
      invalid: field.error && this.check.key ? this.check.parts : undefined,
    };
  }

  protected override adopt(): void {
    super.adopt();
    const find = (part: DatePart) => this.querySelector<HTMLInputElement>(`input.polder-date-input__input--${part}`);
    // The parts keep the ids of adopted markup (links to `#<id>-day` keep working).
    this.baseId = fieldId(this, 'control', find('day')?.id.replace(/-day$/, ''));
    const state = this.state;
    const part = (p: DatePart) => new NativeControl(find(p), dateInputPartTemplate(state, p));
    this.parts = { day: part('day'), month: part('month'), year: part('year') };
    this.isoInput =
      this.querySelector<HTMLInputElement>('input.polder-date-input__value') ?? document.createElement('input');
    this.isoInput.type = 'hidden';
    this.isoInput.className = 'polder-date-input__value';
    this.sync();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.hasUpdated && this.parts) {
      const state = this.state;
      for (const p of DATE_PARTS) this.parts[p].sync(dateInputPartTemplate(state, p));
    }
    this.sync();
  }

  protected override formReset(): void {
    this.sync();
  }

  protected render() {
    const [day, month, year] = this.controls;
    return dateInputTemplate(this.state, { day, month, year }, this.isoInput);
  }
}

PolderDateInput.attributeProperties({ readonly: false });
