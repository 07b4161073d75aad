import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { adoptStyles } from '../styles/adopt-styles.js';
import visuallyHidden from '../styles/visually-hidden.styles.js';
import fieldStyles from '../form-control/form-control.styles.js';
import styles from './combobox.styles.js';
import './define.js';
import '../button/define.js';
import '../error-summary/define.js';

/** The 342 Dutch municipalities (1 January 2024), with other names people use for some of them. */
const municipalities: [string, string?][] = [
  ['Aa en Hunze'],
  ['Aalsmeer'],
  ['Aalten'],
  ['Achtkarspelen'],
  ['Alblasserdam'],
  ['Albrandswaard'],
  ['Alkmaar'],
  ['Almelo'],
  ['Almere'],
  ['Alphen aan den Rijn'],
  ['Alphen-Chaam'],
  ['Altena'],
  ['Ameland'],
  ['Amersfoort'],
  ['Amstelveen'],
  ['Amsterdam'],
  ['Apeldoorn'],
  ['Arnhem'],
  ['Assen'],
  ['Asten'],
  ['Baarle-Nassau'],
  ['Baarn'],
  ['Barendrecht'],
  ['Barneveld'],
  ['Beek'],
  ['Beekdaelen'],
  ['Beesel'],
  ['Berg en Dal'],
  ['Bergeijk'],
  ['Bergen (L.)'],
  ['Bergen (NH.)'],
  ['Bergen op Zoom'],
  ['Berkelland'],
  ['Bernheze'],
  ['Best'],
  ['Beuningen'],
  ['Beverwijk'],
  ['Bladel'],
  ['Blaricum'],
  ['Bloemendaal'],
  ['Bodegraven-Reeuwijk'],
  ['Boekel'],
  ['Borger-Odoorn'],
  ['Borne'],
  ['Borsele'],
  ['Boxtel'],
  ['Breda'],
  ['Bronckhorst'],
  ['Brummen'],
  ['Brunssum'],
  ['Bunnik'],
  ['Bunschoten'],
  ['Buren'],
  ['Capelle aan den IJssel'],
  ['Castricum'],
  ['Coevorden'],
  ['Cranendonck'],
  ['Culemborg'],
  ['Dalfsen'],
  ['Dantumadiel', 'Dantumadeel'],
  ['De Bilt'],
  ['De Fryske Marren', 'De Friese Meren'],
  ['De Ronde Venen'],
  ['De Wolden'],
  ['Delft'],
  ['Den Helder'],
  ['Deurne'],
  ['Deventer'],
  ['Diemen'],
  ['Dijk en Waard'],
  ['Dinkelland'],
  ['Doesburg'],
  ['Doetinchem'],
  ['Dongen'],
  ['Dordrecht'],
  ['Drechterland'],
  ['Drimmelen'],
  ['Dronten'],
  ['Druten'],
  ['Duiven'],
  ['Echt-Susteren'],
  ['Edam-Volendam'],
  ['Ede'],
  ['Eemnes'],
  ['Eemsdelta'],
  ['Eersel'],
  ['Eijsden-Margraten'],
  ['Eindhoven'],
  ['Elburg'],
  ['Emmen'],
  ['Enkhuizen'],
  ['Enschede'],
  ['Epe'],
  ['Ermelo'],
  ['Etten-Leur'],
  ['Geertruidenberg'],
  ['Geldrop-Mierlo'],
  ['Gemert-Bakel'],
  ['Gennep'],
  ['Gilze en Rijen'],
  ['Goeree-Overflakkee'],
  ['Goes'],
  ['Goirle'],
  ['Gooise Meren'],
  ['Gorinchem'],
  ['Gouda'],
  ["'s-Gravenhage", 'Den Haag'],
  ['Groningen'],
  ['Gulpen-Wittem'],
  ['Haaksbergen'],
  ['Haarlem'],
  ['Haarlemmermeer'],
  ['Halderberge'],
  ['Hardenberg'],
  ['Harderwijk'],
  ['Hardinxveld-Giessendam'],
  ['Harlingen'],
  ['Hattem'],
  ['Heemskerk'],
  ['Heemstede'],
  ['Heerde'],
  ['Heerenveen'],
  ['Heerlen'],
  ['Heeze-Leende'],
  ['Heiloo'],
  ['Hellendoorn'],
  ['Helmond'],
  ['Hendrik-Ido-Ambacht'],
  ['Hengelo'],
  ["'s-Hertogenbosch", 'Den Bosch'],
  ['Het Hogeland'],
  ['Heumen'],
  ['Heusden'],
  ['Hillegom'],
  ['Hilvarenbeek'],
  ['Hilversum'],
  ['Hoeksche Waard'],
  ['Hof van Twente'],
  ['Hollands Kroon'],
  ['Hoogeveen'],
  ['Hoorn'],
  ['Horst aan de Maas'],
  ['Houten'],
  ['Huizen'],
  ['Hulst'],
  ['IJsselstein'],
  ['Kaag en Braassem'],
  ['Kampen'],
  ['Kapelle'],
  ['Katwijk'],
  ['Kerkrade'],
  ['Koggenland'],
  ['Krimpen aan den IJssel'],
  ['Krimpenerwaard'],
  ['Laarbeek'],
  ['Land van Cuijk'],
  ['Landgraaf'],
  ['Landsmeer'],
  ['Lansingerland'],
  ['Laren'],
  ['Leeuwarden'],
  ['Leiden'],
  ['Leiderdorp'],
  ['Leidschendam-Voorburg'],
  ['Lelystad'],
  ['Leudal'],
  ['Leusden'],
  ['Lingewaard'],
  ['Lisse'],
  ['Lochem'],
  ['Loon op Zand'],
  ['Lopik'],
  ['Losser'],
  ['Maasdriel'],
  ['Maasgouw'],
  ['Maashorst'],
  ['Maassluis'],
  ['Maastricht'],
  ['Medemblik'],
  ['Meerssen'],
  ['Meierijstad'],
  ['Meppel'],
  ['Middelburg'],
  ['Midden-Delfland'],
  ['Midden-Drenthe'],
  ['Midden-Groningen'],
  ['Moerdijk'],
  ['Molenlanden'],
  ['Montferland'],
  ['Montfoort'],
  ['Mook en Middelaar'],
  ['Neder-Betuwe'],
  ['Nederweert'],
  ['Nieuwegein'],
  ['Nieuwkoop'],
  ['Nijkerk'],
  ['Nijmegen'],
  ['Nissewaard'],
  ['Noardeast-Fryslân', 'Noordoost-Friesland'],
  ['Noord-Beveland'],
  ['Noordenveld'],
  ['Noordoostpolder'],
  ['Noordwijk'],
  ['Nuenen, Gerwen en Nederwetten'],
  ['Nunspeet'],
  ['Oegstgeest'],
  ['Oirschot'],
  ['Oisterwijk'],
  ['Oldambt'],
  ['Oldebroek'],
  ['Oldenzaal'],
  ['Olst-Wijhe'],
  ['Ommen'],
  ['Oost Gelre'],
  ['Oosterhout'],
  ['Ooststellingwerf'],
  ['Oostzaan'],
  ['Opmeer'],
  ['Opsterland'],
  ['Oss'],
  ['Oude IJsselstreek'],
  ['Ouder-Amstel'],
  ['Oudewater'],
  ['Overbetuwe'],
  ['Papendrecht'],
  ['Peel en Maas'],
  ['Pekela'],
  ['Pijnacker-Nootdorp'],
  ['Purmerend'],
  ['Putten'],
  ['Raalte'],
  ['Reimerswaal'],
  ['Renkum'],
  ['Renswoude'],
  ['Reusel-De Mierden'],
  ['Rheden'],
  ['Rhenen'],
  ['Ridderkerk'],
  ['Rijssen-Holten'],
  ['Rijswijk'],
  ['Roerdalen'],
  ['Roermond'],
  ['Roosendaal'],
  ['Rotterdam'],
  ['Rozendaal'],
  ['Rucphen'],
  ['Schagen'],
  ['Scherpenzeel'],
  ['Schiedam'],
  ['Schiermonnikoog'],
  ['Schouwen-Duiveland'],
  ['Simpelveld'],
  ['Sint-Michielsgestel'],
  ['Sittard-Geleen'],
  ['Sliedrecht'],
  ['Sluis'],
  ['Smallingerland'],
  ['Soest'],
  ['Someren'],
  ['Son en Breugel'],
  ['Stadskanaal'],
  ['Staphorst'],
  ['Stede Broec'],
  ['Steenbergen'],
  ['Steenwijkerland'],
  ['Stein'],
  ['Stichtse Vecht'],
  ['Súdwest-Fryslân', 'Zuidwest-Friesland'],
  ['Terneuzen'],
  ['Terschelling'],
  ['Texel'],
  ['Teylingen'],
  ['Tholen'],
  ['Tiel'],
  ['Tilburg'],
  ['Tubbergen'],
  ['Twenterand'],
  ['Tynaarlo'],
  ['Tytsjerksteradiel', 'Tietjerksteradeel'],
  ['Uitgeest'],
  ['Uithoorn'],
  ['Urk'],
  ['Utrecht'],
  ['Utrechtse Heuvelrug'],
  ['Vaals'],
  ['Valkenburg aan de Geul'],
  ['Valkenswaard'],
  ['Veendam'],
  ['Veenendaal'],
  ['Veere'],
  ['Veldhoven'],
  ['Velsen'],
  ['Venlo'],
  ['Venray'],
  ['Vijfheerenlanden'],
  ['Vlaardingen'],
  ['Vlieland'],
  ['Vlissingen'],
  ['Voerendaal'],
  ['Voorne aan Zee'],
  ['Voorschoten'],
  ['Voorst'],
  ['Vught'],
  ['Waadhoeke'],
  ['Waalre'],
  ['Waalwijk'],
  ['Waddinxveen'],
  ['Wageningen'],
  ['Wassenaar'],
  ['Waterland'],
  ['Weert'],
  ['West Betuwe'],
  ['West Maas en Waal'],
  ['Westerkwartier'],
  ['Westerveld'],
  ['Westervoort'],
  ['Westerwolde'],
  ['Westland'],
  ['Weststellingwerf'],
  ['Wierden'],
  ['Wijchen'],
  ['Wijdemeren'],
  ['Wijk bij Duurstede'],
  ['Winterswijk'],
  ['Woensdrecht'],
  ['Woerden'],
  ['Wormerland'],
  ['Woudenberg'],
  ['Zaanstad'],
  ['Zaltbommel'],
  ['Zandvoort'],
  ['Zeewolde'],
  ['Zeist'],
  ['Zevenaar'],
  ['Zoetermeer'],
  ['Zoeterwoude'],
  ['Zuidplas'],
  ['Zundert'],
  ['Zutphen'],
  ['Zwartewaterland'],
  ['Zwijndrecht'],
  ['Zwolle'],
];

const slug = (name: string) =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const options = html`<option value="">Kies een gemeente</option>
  ${municipalities.map(
    ([name, alt]) => html`<option value=${slug(name)} data-alt=${ifDefined(alt)}>${name}</option>`,
  )}`;

/** The story answers `/api/plaatsen?q=…` in the browser, from the list above (as a server would). */
function answerPlaces(): void {
  const w = window as Window & { polderPlaces?: boolean };
  if (w.polderPlaces) return;
  w.polderPlaces = true;
  const original = window.fetch.bind(window);
  window.fetch = (input, init) => {
    const url = new URL(String(input), location.href);
    if (url.pathname !== '/api/plaatsen') return original(input, init);
    const q = (url.searchParams.get('q') ?? '').toLowerCase();
    const found = municipalities
      .filter(([name]) => name.toLowerCase().includes(q))
      .slice(0, 10)
      .map(([name]) => ({ value: slug(name), label: name }));
    return Promise.resolve(new Response(JSON.stringify(found), { headers: { 'content-type': 'application/json' } }));
  };
}

interface Args {
  label: string;
  hint?: string;
  error?: string;
  value?: string;
  disabled: boolean;
  required: boolean;
  freeText: boolean;
}

const meta: Meta<Args> = {
  title: 'Forms/Combobox',
  component: 'polder-combobox',
  tags: ['autodocs'],
  parameters: { status: 'beta' },
  args: {
    label: 'In welke gemeente gaat u wonen?',
    hint: 'Typ de eerste letters en kies uit de lijst',
    disabled: false,
    required: false,
    freeText: false,
  },
  render: (a) =>
    html`<polder-combobox
      label=${a.label}
      hint=${ifDefined(a.hint)}
      error=${ifDefined(a.error)}
      value=${ifDefined(a.value)}
      name="gemeente"
      ?disabled=${a.disabled}
      ?required=${a.required}
      ?free-text=${a.freeText}
      >${options}</polder-combobox
    >`,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = { name: '342 gemeenten' };
export const Chosen: Story = { args: { value: 's-hertogenbosch' } };
export const Error: Story = { args: { error: 'Kies een gemeente uit de lijst' } };
export const Disabled: Story = { args: { disabled: true, value: 'utrecht' } };
export const Dark: Story = { globals: { scheme: 'dark' } };
export const Required: Story = {
  name: 'Required, with error summary',
  render: () =>
    html`<form id="verhuizing" action="#" @submit=${(e: Event) => e.preventDefault()}>
      <polder-error-summary for="verhuizing"></polder-error-summary>
      <polder-combobox label="In welke gemeente gaat u wonen?" name="gemeente" required>${options}</polder-combobox>
      <polder-button type="submit">Verder</polder-button>
    </form>`,
  play: ({ canvasElement }) => {
    canvasElement.querySelector('form')!.requestSubmit();
  },
};
export const NoMatchMessage: Story = {
  name: 'Own "no match" message',
  render: () =>
    html`<form action="#" @submit=${(e: Event) => e.preventDefault()}>
      <polder-combobox
        label="In welke gemeente gaat u wonen?"
        name="gemeente"
        .strings=${{ noMatch: 'Kies een gemeente uit de lijst' }}
        >${options}</polder-combobox
      >
      <polder-button type="submit">Verder</polder-button>
    </form>`,
};
export const LongText: Story = {
  name: 'Long Dutch names, 320px',
  globals: { viewport: { value: 'reflow' } },
  render: () =>
    html`<polder-combobox
      label="In welke gemeente of welk openbaar lichaam in het Caribisch deel van Nederland gaat u wonen?"
      hint="Staat u niet ingeschreven in de Basisregistratie Personen (BRP), kies dan de gemeente waar u het meest verblijft."
    >
      <option value=""></option>
      <option>Openbaar lichaam Bonaire, Sint Eustatius en Saba (Caribisch Nederland)</option>
      <option>Nuenen, Gerwen en Nederwetten</option>
      <option>Súdwest-Fryslân</option>
      <option>Valkenburg aan de Geul</option>
      <option>Capelle aan den IJssel</option>
    </polder-combobox>`,
};
export const English: Story = {
  name: 'English (lang="en")',
  render: () =>
    html`<form lang="en" action="#" @submit=${(e: Event) => e.preventDefault()}>
      <polder-combobox label="Country of birth" name="country" required>
        <option value=""></option>
        <option value="NL">Netherlands</option>
        <option value="BE">Belgium</option>
        <option value="DE">Germany</option>
        <option value="GB" data-alt="UK|Great Britain">United Kingdom</option>
        <option value="US" data-alt="USA|America">United States</option>
      </polder-combobox>
      <polder-button type="submit">Continue</polder-button>
    </form>`,
};
export const FreeText: Story = {
  name: 'Free text',
  render: () =>
    html`<polder-combobox
      label="Wat is uw nationaliteit?"
      hint="Staat uw nationaliteit er niet bij? Typ hem dan zelf."
      name="nationaliteit"
      free-text
    >
      <option value=""></option>
      <option value="nl">Nederlandse</option>
      <option value="be">Belgische</option>
      <option value="de">Duitse</option>
      <option value="pl">Poolse</option>
      <option value="tr">Turkse</option>
      <option value="ma">Marokkaanse</option>
    </polder-combobox>`,
};
export const FromEndpoint: Story = {
  name: 'Options from an endpoint (src)',
  render: () => {
    answerPlaces();
    return html`<polder-combobox
      label="Woonplaats"
      hint="De lijst komt van /api/plaatsen terwijl u typt"
      name="woonplaats"
      src="/api/plaatsen?q={query}"
    ></polder-combobox>`;
  },
};
export const TenThousand: Story = {
  name: '10,000 options',
  render: () =>
    html`<polder-combobox label="Straat" hint="10.000 straten: de lijst toont er hoogstens 100">
      <option value=""></option>
      ${Array.from({ length: 10000 }, (_, i) => html`<option value=${i}>${`Straat ${i + 1}, ${municipalities[i % 342][0]}`}</option>`)}
    </polder-combobox>`,
};
export const WithoutJavaScript: Story = {
  name: 'Plain HTML (no JavaScript)',
  render: () => {
    for (const s of [visuallyHidden, fieldStyles, styles]) adoptStyles(document, s);
    return html`<div class="polder-form-field">
      <label class="polder-form-field__label" for="plain-gemeente">In welke gemeente gaat u wonen?</label>
      <div class="polder-combobox">
        <select class="polder-combobox__control polder-combobox__select" id="plain-gemeente" name="gemeente">
          ${options}
        </select>
      </div>
    </div>`;
  },
};
export const QuestionAsPageHeading: Story = {
  name: 'Question as the page heading (label-as-heading)',
  render: () =>
    html`<polder-combobox label="In welke gemeente woont u na de verhuizing?" name="gemeente" label-as-heading>
      <option value="">Kies een gemeente</option>
      <option value="sudwest-fryslan">Súdwest-Fryslân</option>
      <option value="westerkwartier">Westerkwartier</option>
    </polder-combobox>`,
};
export const QuestionAsPageHeadingEnglishDark: Story = {
  name: 'Question as the page heading, English, dark',
  globals: { scheme: 'dark' },
  render: () =>
    html`<div lang="en">
      <polder-combobox label="Which municipality will you live in?" name="municipality" label-as-heading>
        <option value="">Choose a municipality</option>
        <option value="utrecht">Utrecht</option>
      </polder-combobox>
    </div>`,
};
