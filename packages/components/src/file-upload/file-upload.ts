import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { FormControl } from '../form-control/form-control.js';
import fieldStyles from '../form-control/form-control.styles.js';
import { Localize, type Message } from '../localize/localize.js';
import { devWarn, quote } from '../dev/warn.js';
import visuallyHidden from '../styles/visually-hidden.styles.js';
import styles from './file-upload.styles.js';
import {
  fileUploadButtonTemplate,
  fileUploadInputTemplate,
  fileUploadTemplate,
  type FileUploadState,
} from './file-upload.template.js';

type Vars = { count: number; types: string };
const plural =
  (one: string, other: string): Message<Vars> =>
  (v, p) =>
    p.select(v.count) === 'one' ? one : other;

const translations = {
  nl: {
    valueMissing: 'Kies een bestand',
    typeMismatch: 'Het bestand moet een {types} zijn',
    or: 'of',
    chosen: plural('1 bestand gekozen:', '{count} bestanden gekozen:'),
    none: 'Geen bestand gekozen',
    count: plural('1 bestand gekozen', '{count} bestanden gekozen'),
    choose: 'Kies bestand',
    chooseMultiple: 'Kies bestanden',
    drop: 'of sleep het bestand hierheen',
    dropMultiple: 'of sleep de bestanden hierheen',
  } as Record<string, Message<Vars>>,
  en: {
    valueMissing: 'Select a file',
    typeMismatch: 'The selected file must be a {types}',
    or: 'or',
    chosen: plural('1 file chosen:', '{count} files chosen:'),
    none: 'No file chosen',
    count: plural('1 file chosen', '{count} files chosen'),
    choose: 'Choose file',
    chooseMultiple: 'Choose files',
    drop: 'or drop file',
    dropMultiple: 'or drop files',
  } as Record<string, Message<Vars>>,
};

// A MIME type without parameters (`image/png`, `image/*`): HTTP token characters on both sides of one slash.
const MIME_TYPE = /^[!#$%&'*+.^_`|~\w-]+\/[!#$%&'*+.^_`|~\w-]+$/;

/**
 * The valid rules of an `accept` list, as the browser reads it: comma-separated, trimmed, in lower case, each an
 * extension (`.pdf`) or a MIME type without parameters (`application/pdf`, `image/*`); anything else
 * (`image/*;`, `pdf`) is ignored. Any type with any subtype (a star, a slash, a star) stands for any file.
 */
export function acceptRules(accept: string | null | undefined): { valid: string[]; invalid: string[] } {
  const valid: string[] = [];
  const invalid: string[] = [];
  for (const raw of (accept ?? '').split(',')) {
    const rule = raw.trim().toLowerCase();
    if (!rule) continue;
    if ((rule.startsWith('.') && rule.length > 1) || MIME_TYPE.test(rule)) valid.push(rule);
    else invalid.push(raw.trim());
  }
  return { valid, invalid };
}

/** Whether `file` matches a native `accept` list (`.pdf`, `image/*`, `application/pdf`); invalid rules are ignored. */
export function accepts(accept: string | null | undefined, file: File): boolean {
  const rules = acceptRules(accept).valid;
  if (!rules.length) return true;
  const name = file.name.toLowerCase();
  const type = file.type.toLowerCase();
  return rules.some((rule) =>
    rule === '*/*'
      ? true
      : rule.startsWith('.')
        ? name.endsWith(rule)
        : rule.endsWith('/*')
          ? type.startsWith(rule.slice(0, -1))
          : type === rule,
  );
}

const size = (bytes: number, language: string) =>
  new Intl.NumberFormat(language, {
    style: 'unit',
    unit: bytes >= 1e6 ? 'megabyte' : 'kilobyte',
    maximumFractionDigits: 1,
  }).format(bytes >= 1e6 ? bytes / 1e6 : Math.max(bytes / 1e3, 0.1));

/**
 * A file upload: a native `<input type="file">` with its label, hint and error (the shared form field), in
 * light DOM, so chosen files are submitted as `File` entries of the form (`enctype="multipart/form-data"`),
 * with or without JavaScript. With JavaScript (as GOV.UK Frontend's enhanced file upload) a Polder button with
 * status text in the page's language ("Kies bestand", "Geen bestand gekozen", "2 bestanden gekozen") stands in
 * for the browser's own control, which speaks the browser's language and is cut off on small screens: the
 * button takes the input's id (the label and error summary links reach it) and opens the native picker; the
 * native input stays in the form, visually hidden and out of the tab order, and holds the files. It also adds a
 * list of the chosen files in a polite live region, checks `accept` for dropped files (the browser's picker
 * filters, drag and drop does not) and shows Polder's messages after a submit attempt. Files can also be dropped
 * anywhere on the drop zone — a bonus: the button always works, with keyboard and screen reader.
 *
 * @summary Lets the user choose one or more files to send with a form.
 * @status beta
 *
 * @attr {string} form - The id of the form the input belongs to, when it is not inside it.
 *
 * @slot label - Rich label content.
 * @slot hint - Rich hint content (e.g. the allowed types and size).
 * @slot error - Rich error content.
 *
 * @csspart - No shadow DOM: style it through the shared `.polder-form-field` classes and `.polder-file-upload`,
 *   `.polder-file-upload--dragover`, `.polder-file-upload--enhanced`, `.polder-file-upload__input`,
 *   `.polder-file-upload__button`, `.polder-file-upload__choose`, `.polder-file-upload__status-text`,
 *   `.polder-file-upload__instruction`, `.polder-file-upload__status`, `.polder-file-upload__list`,
 *   `.polder-file-upload__file`.
 *
 * @cssprop --polder-file-upload-border-color - Border of the drop zone.
 * @cssprop --polder-button-secondary-color - Text of the "choose file" button (a secondary button).
 *
 * @fires change - Native: the user chose files (also after a drop).
 * @fires input - Native.
 */
export class PolderFileUpload extends FormControl<HTMLInputElement> {
  static override styles = [visuallyHidden, fieldStyles, styles];
  static override nativeAttributes = ['form'];
  static override properties: PropertyDeclarations = {
    dragging: { state: true, attribute: false },
    chosen: { state: true, attribute: false },
  };

  /**
   * File types, as on the native input: `.pdf,.jpg,image/png`. Checked for dropped files too.
   * @attr accept
   */
  declare accept: string;
  /**
   * Allows several files.
   * @attr multiple
   * @default false
   */
  declare multiple: boolean;

  /** The files are being dragged over the drop zone. */
  private dragging = false;
  /** Bumped when the chosen files change, so the list re-renders. */
  private chosen = 0;

  private readonly localize = new Localize(this, 'file-upload', translations, () => this.strings);

  constructor() {
    super();
    this.addEventListener('change', this.onChange);
    this.addEventListener('click', this.openPicker);
    this.addEventListener('dragenter', this.onDrag);
    this.addEventListener('dragover', this.onDrag);
    this.addEventListener('dragleave', this.onDragLeave);
    this.addEventListener('drop', this.onDrop);
  }

  /** The chosen files. */
  get files(): FileList | null {
    return this.control?.files ?? null;
  }

  /** The Polder button that stands in for the browser's control (it opens the native picker). */
  get button(): HTMLButtonElement | null {
    return this.querySelector('.polder-file-upload__button');
  }

  /** Where focus goes from an error summary link or `focus()`: the button (the native input is hidden). */
  override get focusTarget(): HTMLElement | undefined {
    return this.button ?? this.control;
  }

  private openPicker = (event: Event): void => {
    if ((event.target as Element).closest('.polder-file-upload__button')) this.control?.click();
  };

  private get list(): File[] {
    return [...(this.files ?? [])];
  }

  private t(key: string, vars: Partial<Vars> = {}): string {
    return this.localize.t(key, vars as Record<string, number | string>);
  }

  private typeList(): string {
    const types = acceptRules(this.accept)
      .valid.filter((r) => r !== '*/*')
      .map((r) => (r.startsWith('.') ? r.slice(1).toUpperCase() : r));
    return types.length > 1 ? `${types.slice(0, -1).join(', ')} ${this.t('or')} ${types.at(-1)}` : (types[0] ?? '');
  }

  /** The custom validity for `accept` (native file inputs do not check it for dropped or scripted files). */
  private sync(): void {
    const control = this.control;
    if (!control) return;
    const { invalid } = acceptRules(this.accept);
    if (invalid.length)
      devWarn(this, `accept ${quote(invalid.join(', '))} is not a file extension or MIME type; it is ignored.`);
    const wrong = this.list.some((file) => !accepts(this.accept, file));
    control.setCustomValidity(wrong ? this.t('typeMismatch', { types: this.typeList() }) : '');
  }

  private onChange = (): void => {
    this.sync();
    this.chosen++;
  };

  private onDrag = (event: DragEvent): void => {
    if (this.disabled || !this.control || this.control.matches(':disabled')) return;
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    this.dragging = true;
  };

  private onDragLeave = (event: DragEvent): void => {
    if (!this.contains(event.relatedTarget as Node | null)) this.dragging = false;
  };

  private onDrop = (event: DragEvent): void => {
    this.dragging = false;
    const control = this.control;
    const files = event.dataTransfer?.files;
    if (!control || control.matches(':disabled') || !files?.length) return;
    event.preventDefault();
    const transfer = new DataTransfer();
    for (const file of this.multiple ? [...files] : [files[0]]) transfer.items.add(file);
    control.files = transfer.files;
    control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    control.dispatchEvent(new Event('change', { bubbles: true }));
  };

  protected override validationMessage(control: HTMLInputElement): string {
    this.sync();
    if (control.validity.valueMissing) return this.t('valueMissing');
    return super.validationMessage(control);
  }

  private get state(): FileUploadState {
    return {
      ...this.fieldState,
      name: this.name,
      accept: this.accept,
      multiple: this.multiple,
      required: this.required,
      disabled: this.disabled,
      form: this.attr('form'),
      enhanced: true,
      files: this.list.length,
    };
  }

  protected controlTemplate() {
    return fileUploadInputTemplate(this.state);
  }

  protected findControl() {
    return this.querySelector<HTMLInputElement>('input[type="file"]');
  }

  protected override formReset(): void {
    this.sync();
    this.chosen++;
  }

  protected render() {
    this.sync();
    const files = this.list;
    const language = this.localize.language;
    const status = html`<div class="polder-file-upload__status" aria-live="polite">
      ${
        files.length
          ? html`<p class="polder-visually-hidden">${this.t('chosen', { count: files.length })}</p>
              <ul class="polder-file-upload__list">
                ${files.map(
                  (f) => html`<li class="polder-file-upload__file">${f.name} (${size(f.size, language)})</li>`,
                )}
              </ul>`
          : nothing
      }
    </div>`;
    const state = { ...this.state, dragover: this.dragging };
    const several = this.multiple ? 'Multiple' : '';
    const button = fileUploadButtonTemplate(state, {
      choose: this.t(`choose${several}`),
      drop: this.t(`drop${several}`),
      status:
        files.length === 1 ? files[0].name : files.length ? this.t('count', { count: files.length }) : this.t('none'),
    });
    return fileUploadTemplate(state, this.native!.node, status, button);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // The button is named by the label (and its own text): the label needs an id.
    const label = this.querySelector('.polder-form-field__label');
    if (label && !label.id) label.id = `${this.baseId}-label`;
  }
}

PolderFileUpload.attributeProperties({ accept: '', multiple: false });
