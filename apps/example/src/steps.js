// The questions of the journey and their server-side validation: the source of truth. Client-side checks in
// the browser (the components' native constraints) only give earlier feedback.

/** @typedef {import('./strings.js').Lang} Lang */
/** @typedef {typeof import('./strings.js').strings.nl} Strings */
/** @typedef {{ day: string, month: string, year: string }} DateParts */
/** @typedef {{ id: string, message: string }} FieldError */
/** @typedef {{ values: Record<string, any>, errors: FieldError[] }} Checked */

export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** The accepted file types and the bytes each starts with. */
const SIGNATURES = /** @type {Record<string, number[]>} */ ({
  'application/pdf': [0x25, 0x50, 0x44, 0x46, 0x2d],
  'image/jpeg': [0xff, 0xd8, 0xff],
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
});
/** The most people who move along that one report can name (the add-another step). */
export const MAX_PEOPLE = 10;
/** The fields one person sends: name, the date's day, month and year, and (with JavaScript) its ISO value. */
export const FIELDS_PER_PERSON = 5;

/** The steps in order; `path` is the page, `key` the part of the answers it fills. */
export const STEPS = /** @type {const} */ ([
  { key: 'person', path: '/persoon' },
  { key: 'address', path: '/adres' },
  { key: 'moving', path: '/verhuisdatum' },
  { key: 'people', path: '/meeverhuizers' },
  { key: 'living', path: '/inwonen' },
  { key: 'document', path: '/document' },
]);

/**
 * The most characters each text answer may have: the server's limit and the form's `maxlength` alike. Longer
 * values are refused, and only this many characters are kept to show them again.
 */
export const MAX_LENGTH = /** @type {const} */ ({
  name: 200,
  street: 100,
  number: 12,
  postcode: 7,
  city: 100,
  // The longest municipality value is 28 characters; anything longer is not one of them.
  municipality: 40,
  mainResident: 200,
  personName: 200,
  day: 2,
  month: 2,
  year: 4,
});

/**
 * What `checkStep` reads a form from: the platform's `FormData` (multipart) or `URLSearchParams` (URL-encoded).
 * @typedef {Pick<FormData, 'get' | 'getAll'> | URLSearchParams} FormLike
 */

/**
 * A text answer, trimmed, and whether it was longer than `max` (then only its first `max` characters are kept).
 * @param {FormLike} form @param {string} name @param {number} max
 */
const textOf = (form, name, max) => {
  const value = form.get(name);
  const trimmed = typeof value === 'string' ? value.trim() : '';
  return { value: trimmed.slice(0, max), tooLong: trimmed.length > max };
};

/** @param {FormLike} form @param {string} name @param {number} max */
const text = (form, name, max) => textOf(form, name, max).value;

/**
 * A date's parts; a part longer than its `maxlength` makes the date invalid.
 * @param {FormLike} form @param {string} name
 * @returns {{ parts: DateParts, tooLong: boolean }}
 */
const dateParts = (form, name) => {
  const day = textOf(form, `${name}-day`, MAX_LENGTH.day);
  const month = textOf(form, `${name}-month`, MAX_LENGTH.month);
  const year = textOf(form, `${name}-year`, MAX_LENGTH.year);
  return {
    parts: { day: day.value, month: month.value, year: year.value },
    tooLong: day.tooLong || month.tooLong || year.tooLong,
  };
};

/**
 * A real calendar date from day, month and year, or undefined.
 * @param {DateParts} d
 */
export function toDate(d) {
  if (![d.day, d.month, d.year].every((p) => /^\d+$/.test(p))) return undefined;
  const [day, month, year] = [Number(d.day), Number(d.month), Number(d.year)];
  if (year < 1000 || year > 9999) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date;
}

/** Today at midnight UTC. */
const today = () => {
  const now = new Date();
  return new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
};

const DAY = 24 * 60 * 60 * 1000;

/**
 * The moving-date rule, the same on the start page, in the hint, in the check and in the message: a move is
 * reported from 4 weeks before the moving date until 5 days after it. So the date lies between 5 days ago and
 * 4 weeks (28 days) from today.
 */
export const MOVING_DAYS = /** @type {const} */ ({ before: 5, after: 28 });

/** The first and last moving date accepted today (midnight UTC). */
export function movingRange(now = today()) {
  return {
    from: new Date(now.getTime() - MOVING_DAYS.before * DAY),
    to: new Date(now.getTime() + MOVING_DAYS.after * DAY),
  };
}

/**
 * The id a summary link goes to for a date: its first empty or wrong part.
 * @param {string} id @param {DateParts} d
 */
const datePartId = (id, d) => {
  const wrong = (/** @type {keyof DateParts} */ p) => !/^\d+$/.test(d[p]);
  if (wrong('day')) return `${id}-day`;
  if (wrong('month')) return `${id}-month`;
  if (wrong('year')) return `${id}-year`;
  return `${id}-day`;
};

/**
 * The patterns answers must match: the form's `pattern` attribute and the check alike. A postcode: 4 digits (no
 * leading 0) and 2 letters; a house number: 1 to 5 digits (no leading 0) and an addition of at most 6 characters.
 */
export const PATTERNS = /** @type {const} */ ({
  postcode: '\\s*([1-9][0-9]{3})\\s?([a-zA-Z]{2})\\s*',
  number: '[1-9][0-9]{0,4}\\s?[\\-a-zA-Z0-9 ]{0,6}',
});

/** A Dutch postcode (PATTERNS.postcode, and never SA, SD or SS), written "1234 AB". */
export function normalisePostcode(/** @type {string} */ value) {
  const match = new RegExp(`^${PATTERNS.postcode}$`).exec(value);
  if (!match) return undefined;
  const letters = match[2].toUpperCase();
  if (['SA', 'SD', 'SS'].includes(letters)) return undefined;
  return `${match[1]} ${letters}`;
}

/** The id base of the person at `index` (from 0): `personen-0`; their fields are `personen-0-naam`, … */
export const personId = (/** @type {number} */ index) => `personen-${index}`;
/** The name base of the person at `index`: `personen[0]`; their fields are `personen[0][naam]`, … */
export const personName = (/** @type {number} */ index) => `personen[${index}]`;

/** @typedef {{ name: string, dob: DateParts }} Person */

/** A person with nothing filled in: left out when the step is saved (nobody moves along). */
export const isEmptyPerson = (/** @type {Person} */ p) => !p.name && !p.dob.day && !p.dob.month && !p.dob.year;

/**
 * The people of the add-another step, in the order of their numbers (at most MAX_PEOPLE; gaps close up).
 * @param {FormLike} form
 * @returns {(Person & { nameTooLong: boolean, dobTooLong: boolean })[]}
 */
export function readPeople(form) {
  const people = [];
  for (let i = 0; i < MAX_PEOPLE; i++) {
    const base = personName(i);
    const sent = [`${base}[naam]`, ...['day', 'month', 'year'].map((p) => `${base}[geboortedatum]-${p}`)];
    if (sent.every((name) => form.get(name) === null)) continue;
    const name = textOf(form, `${base}[naam]`, MAX_LENGTH.personName);
    const dob = dateParts(form, `${base}[geboortedatum]`);
    people.push({ name: name.value, dob: dob.parts, nameTooLong: name.tooLong, dobTooLong: dob.tooLong });
  }
  return people;
}

/**
 * Name and date of birth.
 * @param {FormLike} form @param {Strings} t @returns {Promise<Checked>}
 */
async function checkPerson(form, t) {
  /** @type {FieldError[]} */
  const errors = [];
  const name = textOf(form, 'name', MAX_LENGTH.name);
  const dob = dateParts(form, 'dob');
  const values = { name: name.value, dob: dob.parts };
  if (!values.name) errors.push({ id: 'name', message: t.person.nameMissing });
  else if (name.tooLong) errors.push({ id: 'name', message: t.person.nameLong });
  const { day, month, year } = values.dob;
  const date = dob.tooLong ? undefined : toDate(values.dob);
  if (!day && !month && !year) errors.push({ id: 'dob-day', message: t.person.dobMissing });
  else if (!date) errors.push({ id: datePartId('dob', values.dob), message: t.person.dobInvalid });
  else if (date >= today()) errors.push({ id: 'dob-day', message: t.person.dobFuture });
  return { values, errors };
}

/**
 * The new address.
 * @param {FormLike} form @param {Strings} t @returns {Promise<Checked>}
 */
async function checkAddress(form, t) {
  /** @type {FieldError[]} */
  const errors = [];
  const street = textOf(form, 'street', MAX_LENGTH.street);
  const number = textOf(form, 'number', MAX_LENGTH.number);
  const postcode = textOf(form, 'postcode', MAX_LENGTH.postcode);
  const city = textOf(form, 'city', MAX_LENGTH.city);
  // Only a municipality of the list: anything else is refused and not kept.
  const chosen = textOf(form, 'municipality', MAX_LENGTH.municipality);
  // The list is loaded when it is needed: in the browser, only on the address step, when it is checked.
  const { municipality } = await import('./municipalities.js');
  const known = chosen.tooLong ? undefined : municipality(chosen.value);
  const values = {
    street: street.value,
    number: number.value,
    postcode: postcode.value,
    city: city.value,
    municipality: known?.value ?? '',
  };
  // In the order of the form: postcode and house number first, as Dutch services ask.
  if (!values.postcode) errors.push({ id: 'postcode', message: t.address.postcodeMissing });
  else {
    const normalised = postcode.tooLong ? undefined : normalisePostcode(values.postcode);
    if (normalised) values.postcode = normalised;
    else errors.push({ id: 'postcode', message: t.address.postcodeInvalid });
  }
  if (!values.number) errors.push({ id: 'number', message: t.address.numberMissing });
  else if (number.tooLong || !new RegExp(`^${PATTERNS.number}$`).test(values.number))
    errors.push({ id: 'number', message: t.address.numberInvalid });
  if (!values.street) errors.push({ id: 'street', message: t.address.streetMissing });
  else if (street.tooLong) errors.push({ id: 'street', message: t.address.streetLong });
  if (!values.city) errors.push({ id: 'city', message: t.address.cityMissing });
  else if (city.tooLong) errors.push({ id: 'city', message: t.address.cityLong });
  if (!chosen.value) errors.push({ id: 'municipality', message: t.address.municipalityMissing });
  else if (!known) errors.push({ id: 'municipality', message: t.address.municipalityUnknown });
  return { values, errors };
}

/**
 * The moving date.
 * @param {FormLike} form @param {Strings} t @returns {Promise<Checked>}
 */
async function checkMoving(form, t) {
  /** @type {FieldError[]} */
  const errors = [];
  const moving = dateParts(form, 'moving');
  const values = { date: moving.parts };
  const { day, month, year } = values.date;
  const date = moving.tooLong ? undefined : toDate(values.date);
  if (!day && !month && !year) errors.push({ id: 'moving-day', message: t.moving.dateMissing });
  else if (!date) errors.push({ id: datePartId('moving', values.date), message: t.moving.dateInvalid });
  else {
    const { from, to } = movingRange();
    if (date < from || date > to) errors.push({ id: 'moving-day', message: t.moving.dateRange(from, to) });
  }
  return { values, errors };
}

/**
 * Who moves along: every person, each with a name and a date of birth.
 * @param {FormLike} form @param {Strings} t @returns {Promise<Checked>}
 */
async function checkPeople(form, t) {
  /** @type {FieldError[]} */
  const errors = [];
  const people = readPeople(form);
  people.forEach((person, i) => {
    if (isEmptyPerson(person)) return;
    const n = i + 1;
    const id = personId(i);
    if (!person.name) errors.push({ id: `${id}-naam`, message: t.people.nameMissing(n) });
    else if (person.nameTooLong) errors.push({ id: `${id}-naam`, message: t.people.nameLong(n) });
    const { day, month, year } = person.dob;
    const date = person.dobTooLong ? undefined : toDate(person.dob);
    const dob = `${id}-geboortedatum`;
    if (!day && !month && !year) errors.push({ id: `${dob}-day`, message: t.people.dobMissing(n) });
    else if (!date) errors.push({ id: datePartId(dob, person.dob), message: t.people.dobInvalid(n) });
    else if (date >= today()) errors.push({ id: `${dob}-day`, message: t.people.dobFuture(n) });
  });
  const kept = people.map(({ name, dob }) => ({ name, dob }));
  // With errors every item comes back as sent, so the ids of the errors match; once saved, empty ones go.
  return { values: { people: errors.length ? kept : kept.filter((p) => !isEmptyPerson(p)) }, errors };
}

/**
 * Moving in with someone, and their name.
 * @param {FormLike} form @param {Strings} t @returns {Promise<Checked>}
 */
async function checkLiving(form, t) {
  /** @type {FieldError[]} */
  const errors = [];
  const movingIn = text(form, 'moving-in', 3);
  const mainResident = textOf(form, 'main-resident', MAX_LENGTH.mainResident);
  const values = {
    movingIn: movingIn === 'yes' || movingIn === 'no' ? movingIn : '',
    mainResident: mainResident.value,
  };
  if (!values.movingIn) errors.push({ id: 'moving-in-yes', message: t.living.missing });
  if (values.movingIn === 'yes' && !values.mainResident)
    errors.push({ id: 'main-resident', message: t.living.mainResidentMissing });
  else if (values.movingIn === 'yes' && mainResident.tooLong)
    errors.push({ id: 'main-resident', message: t.living.mainResidentLong });
  if (values.movingIn !== 'yes') values.mainResident = '';
  return { values, errors };
}

/**
 * The optional upload: its content must match its type, and it must fit.
 * @param {FormLike} form @param {Strings} t @returns {Promise<Checked>}
 */
async function checkDocument(form, t) {
  /** @type {FieldError[]} */
  const errors = [];
  const file = form.get('document');
  /** @type {{ name: string, size: number, type: string } | null} */
  let document = null;
  if (file && typeof file !== 'string' && file.size > 0) {
    document = { name: file.name.slice(0, 200), size: file.size, type: file.type };
    // The declared type must match what the file starts with: a renamed file is not a PDF.
    const head = new Uint8Array(await file.slice(0, 8).arrayBuffer());
    if (!SIGNATURES[file.type]?.every((byte, i) => head[i] === byte))
      errors.push({ id: 'document', message: t.document.fileType });
    else if (file.size > MAX_FILE_BYTES) errors.push({ id: 'document', message: t.document.fileSize });
  }
  // Keep what was uploaded before when the form is sent without a new file.
  return { values: { document, keep: !document }, errors };
}

/**
 * The check of every step, by key: the one place the rules are applied. The server runs it on every post; the
 * browser runs the same function before it sends the form (src/client.js), so a citizen never gets a second
 * round of errors from the server.
 */
export const CHECKS = {
  person: checkPerson,
  address: checkAddress,
  moving: checkMoving,
  people: checkPeople,
  living: checkLiving,
  document: checkDocument,
};

/**
 * Reads and checks one step's form data.
 * @param {string} key the step's key
 * @param {FormLike} form
 * @param {Strings} t the strings in the user's language
 * @returns {Promise<Checked>}
 */
export function checkStep(key, form, t) {
  const check = CHECKS[/** @type {keyof typeof CHECKS} */ (key)];
  return check ? check(form, t) : Promise.resolve({ values: {}, errors: [] });
}

/** The first step that has no valid answers yet, or undefined when all are done. */
export function firstMissingStep(/** @type {Record<string, any>} */ answers) {
  return STEPS.find((step) => !answers[step.key]);
}

/** A reference number such as `VH-7K3M-Q9TD` (no 0/O or 1/I, which are easily confused). */
export function referenceNumber(/** @type {(n: number) => Uint8Array} */ randomBytes) {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = randomBytes(8);
  const chars = [...bytes].map((b) => alphabet[b % alphabet.length]).join('');
  return `VH-${chars.slice(0, 4)}-${chars.slice(4)}`;
}
