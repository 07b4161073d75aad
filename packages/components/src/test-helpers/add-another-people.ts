// "Wie verhuizen er mee?": the add-another test and story fixture, rendered by the server command (Node) and in
// the browser alike. Not published.
import { html } from 'lit';
import { renderAddAnother } from '../add-another/add-another.template.js';
import { renderTextField } from '../text-field/text-field.template.js';
import { renderDateInput } from '../date-input/date-input.template.js';
import type { Language } from '../localize/localize.js';

export interface Person {
  naam?: string;
  dag?: string;
  maand?: string;
  jaar?: string;
  /** A server error on the name. */
  error?: string;
}

/** The people who move along, each with a name (polder-text-field) and a date of birth (polder-date-input). */
export function renderPeople(people: Person[], options: { max?: number; lang?: Language } = {}) {
  const en = options.lang === 'en';
  return renderAddAnother({
    label: en ? 'Person' : 'Persoon',
    max: options.max,
    lang: options.lang,
    items: people.map(
      (p, i) =>
        html`${renderTextField({
          type: 'text',
          id: `personen-${i}-naam`,
          name: `personen[${i}][naam]`,
          label: en ? 'Full name' : 'Volledige naam',
          value: p.naam,
          error: p.error,
          autocomplete: 'off',
        })}${renderDateInput({
          id: `personen-${i}-geboortedatum`,
          name: `personen[${i}][geboortedatum]`,
          label: en ? 'Date of birth' : 'Geboortedatum',
          labels: en ? { day: 'Day', month: 'Month', year: 'Year' } : { day: 'Dag', month: 'Maand', year: 'Jaar' },
          day: p.dag,
          month: p.maand,
          year: p.jaar,
        })}`,
    ),
  });
}
