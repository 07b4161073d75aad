// The SSR fixtures must load before Lit so that hydration support is installed first.
import { cleanupFixtures, ssrHydratedFixture } from '@lit-labs/testing/fixtures.js';
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import {
  axNode,
  axTree,
  captureWarnings,
  describedByText,
  frameLoaded,
  insertServerHtml,
  serverRender,
  systemColor,
} from '../test-helpers/index.js';
import { inEveryTheme } from '../test-helpers/theme.js';
import { PolderTaskList, PolderTaskListItem } from './define.js';

const templates = new URL('./task-list.template.ts', import.meta.url);

const list = (summary = true) =>
  html`<polder-task-list ?summary=${summary}>
    <polder-task-list-item id="persoon" href="#persoon" status="completed">Persoonsgegevens</polder-task-list-item>
    <polder-task-list-item id="adres" href="#adres" status="in-progress" hint="Uw nieuwe en uw oude adres"
      >Adres</polder-task-list-item
    >
    <polder-task-list-item id="mee" href="#mee" status="not-started">Wie verhuizen er mee?</polder-task-list-item>
    <polder-task-list-item id="versturen" href="#versturen" status="cannot-start"
      >Controleren en versturen</polder-task-list-item
    >
  </polder-task-list>`;

async function setup(summary = true) {
  const el = await fixture<PolderTaskList>(list(summary));
  const items = [...el.querySelectorAll('polder-task-list-item')];
  await Promise.all(items.map((item) => item.updateComplete));
  return { el, items };
}

describe('polder-task-list', () => {
  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light', forcedColors: 'none' });
    await setViewport({ width: 800, height: 600 });
  });

  it('is a list in light DOM; each task a list item whose link is named by the task and described by its status', async () => {
    const { el, items } = await setup(false);
    expect(el.shadowRoot).to.equal(null);
    expect(el.getAttribute('role')).to.equal('list');
    expect(items[0].getAttribute('role')).to.equal('listitem');
    expect(items[0].link!.textContent).to.equal('Persoonsgegevens');
    expect(describedByText(items[0].link!)).to.equal('Afgerond');
    expect(describedByText(items[1].link!)).to.equal('Uw nieuwe en uw oude adres Bezig');
    expect(items[0].link!.getAttribute('href')).to.equal('#persoon');
    const tag = items[0].querySelector('.polder-task-list__status')!;
    expect(tag.classList.contains('polder-tag')).to.equal(true);
    expect(tag.classList.contains('polder-tag--success')).to.equal(true);
    expect(getComputedStyle(tag).borderTopStyle).to.equal('solid');
  });

  it('is a list in the accessibility tree; each task a list item whose link is named by the task and described by its status (Chromium only)', async () => {
    await setup(false);
    expect((await axNode('polder-task-list')).role).to.equal('list');
    expect((await axNode('#persoon')).role).to.equal('listitem');
    const link = await axNode('#persoon a');
    expect(link.role).to.equal('link');
    expect(link.name).to.equal('Persoonsgegevens');
    expect(link.description).to.equal('Afgerond');
    const withHint = await axNode('#adres a');
    expect(withHint.description).to.equal('Uw nieuwe en uw oude adres Bezig');
  });

  it('shows every status as a tag in text; a task that cannot start yet has no link', async () => {
    const { items } = await setup();
    expect(items.map((i) => i.querySelector('.polder-task-list__status')!.textContent)).to.deep.equal([
      'Afgerond',
      'Bezig',
      'Niet begonnen',
      'Kan nog niet',
    ]);
    const blocked = items[3];
    expect(blocked.link).to.equal(null);
    expect(blocked.querySelector('a')).to.equal(null);
    expect(blocked.classList.contains('polder-task-list__item--cannot-start')).to.equal(true);
    expect(blocked.querySelector('.polder-task-list__name')!.textContent).to.equal('Controleren en versturen');
  });

  it('a task that cannot start yet is still read, as text (Chromium only)', async () => {
    await setup();
    const texts = (await axTree()).map((n) => n.name);
    expect(texts).to.include('Controleren en versturen');
  });

  it('is accessible in every theme', async () => {
    const { el } = await setup();
    await inEveryTheme(async () => {
      await emulateMedia({ colorScheme: 'light' });
      await expect(el).to.be.accessible();
    });
  });

  it('is accessible in dark, in every theme (Chromium only)', async () => {
    const { el } = await setup();
    await inEveryTheme(async () => {
      await emulateMedia({ colorScheme: 'dark' });
      await expect(el).to.be.accessible();
    });
  });

  it('the summary counts completed tasks and follows status changes, with Dutch plurals', async () => {
    const { el, items } = await setup();
    const line = () => el.querySelector('.polder-task-list__summary')!.textContent;
    expect(el.firstElementChild!.classList.contains('polder-task-list__summary')).to.equal(true);
    expect(line()).to.equal('1 van 4 onderdelen afgerond');
    items[1].status = 'completed';
    await items[1].updateComplete;
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(line()).to.equal('2 van 4 onderdelen afgerond');
    for (const item of items.slice(1)) item.remove();
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(line()).to.equal('1 van 1 onderdeel afgerond');
    el.summary = false;
    await el.updateComplete;
    expect(el.querySelector('.polder-task-list__summary')).to.equal(null);
  });

  it('Tab reaches the task links in order, skipping the task that cannot start, with a visible focus', async () => {
    const { items } = await setup();
    const seen: Element[] = [];
    for (let i = 0; i < 3; i++) {
      await sendKeys({ press: 'Tab' });
      seen.push(document.activeElement!);
      expect(getComputedStyle(document.activeElement!).outlineStyle).to.equal('solid');
    }
    expect(seen).to.deep.equal(items.slice(0, 3).map((i) => i.link));
  });

  it('the whole row is the link target, at least 44 px high', async () => {
    const { items } = await setup();
    const row = items[0].getBoundingClientRect();
    expect(row.height).to.be.at.least(44);
    const hit = document.elementFromPoint(row.right - 4, row.top + row.height / 2);
    expect(hit === items[0].link || items[0].link!.contains(hit)).to.equal(true);
  });

  it('speaks English under lang="en", with English plurals, and takes per-instance strings', async () => {
    const wrapper = await fixture(
      html`<div lang="en">
        <polder-task-list summary>
          <polder-task-list-item href="#a" status="completed">Your details</polder-task-list-item>
          <polder-task-list-item href="#b" status="in-progress">Your address</polder-task-list-item>
        </polder-task-list>
      </div>`,
    );
    const el = wrapper.querySelector('polder-task-list')!;
    const [first, second] = [...el.querySelectorAll('polder-task-list-item')];
    await el.updateComplete;
    expect(el.querySelector('.polder-task-list__summary')!.textContent).to.equal('1 of 2 sections completed');
    expect(first.querySelector('.polder-task-list__status')!.textContent).to.equal('Completed');
    second.strings = { 'in-progress': 'Started' };
    el.strings = { summary: '{done}/{total} done' };
    await second.updateComplete;
    await el.updateComplete;
    expect(second.querySelector('.polder-task-list__status')!.textContent).to.equal('Started');
    expect(el.querySelector('.polder-task-list__summary')!.textContent).to.equal('1/2 done');
    await expect(el).to.be.accessible();
  });

  it('follows changes of href, status and hint without duplicating its parts', async () => {
    const { items } = await setup();
    const task = items[3];
    task.status = 'not-started';
    task.hint = 'Kan pas als alles is ingevuld';
    await task.updateComplete;
    expect(task.link!.getAttribute('href')).to.equal('#versturen');
    expect(task.link!.textContent).to.equal('Controleren en versturen');
    expect(describedByText(task.link!)).to.equal('Kan pas als alles is ingevuld Niet begonnen');
    task.href = '/versturen';
    task.hint = undefined;
    task.status = 'cannot-start';
    await task.updateComplete;
    expect(task.querySelectorAll('.polder-task-list__name, .polder-task-list__status')).to.have.length(2);
    expect(task.querySelector('.polder-task-list__hint')).to.equal(null);
    expect(task.link).to.equal(null);
    expect(task.querySelector('.polder-task-list__name')!.textContent).to.equal('Controleren en versturen');
  });

  it('describes a task link by its changed hint and status in the accessibility tree (Chromium only)', async () => {
    const { items } = await setup();
    const task = items[3];
    task.status = 'not-started';
    task.hint = 'Kan pas als alles is ingevuld';
    await task.updateComplete;
    expect((await axNode('#versturen a')).description).to.equal('Kan pas als alles is ingevuld Niet begonnen');
  });

  it('never renders a script URL as href, and warns naming the element', async () => {
    let item!: PolderTaskListItem;
    const warnings = await captureWarnings(async () => {
      const el = await fixture<PolderTaskList>(
        html`<polder-task-list
          ><polder-task-list-item href=${' java\tscript:alert(1)'} status="completed"
            >Gegevens</polder-task-list-item
          ></polder-task-list
        >`,
      );
      item = el.querySelector('polder-task-list-item')!;
      await item.updateComplete;
    });
    expect(item.querySelector('[href]')).to.equal(null);
    expect(warnings).to.deep.equal([
      '<polder-task-list-item>: href " java\\tscript:alert(1)" is not a safe URL (only relative, http, https, mailto, tel and image data: URLs are); the link is rendered without it.',
    ]);
  });

  it('a misspelled status falls back to not-started, and a missing href is named, each with one warning', async () => {
    let item!: PolderTaskListItem;
    const warnings = await captureWarnings(async () => {
      const el = await fixture<PolderTaskList>(
        html`<polder-task-list
          ><polder-task-list-item status="done">Gegevens</polder-task-list-item></polder-task-list
        >`,
      );
      item = el.querySelector('polder-task-list-item')!;
      await item.updateComplete;
      item.requestUpdate();
      await item.updateComplete;
    });
    expect(item.querySelector('.polder-task-list__status')!.textContent).to.equal('Niet begonnen');
    expect(warnings).to.deep.equal([
      '<polder-task-list-item>: unknown status "done"; using "not-started". Expected one of: not-started, in-progress, completed, cannot-start.',
      '<polder-task-list-item>: needs an href (where the task is done).',
    ]);
  });

  it('shows markup-like text as text', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    const el = await fixture<PolderTaskList>(
      html`<polder-task-list
        ><polder-task-list-item href="#x" hint=${evil}>${evil}</polder-task-list-item></polder-task-list
      >`,
    );
    const item = el.querySelector('polder-task-list-item')!;
    await item.updateComplete;
    expect(el.querySelector('img')).to.equal(null);
    expect(item.link!.textContent).to.equal(evil);
    expect(item.querySelector('.polder-task-list__hint')!.textContent).to.equal(evil);
  });

  it('fits 320 CSS px with long Dutch words, without horizontal scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await fixture<PolderTaskList>(
      html`<polder-task-list summary>
        <polder-task-list-item href="#a" status="cannot-start" hint="Arbeidsongeschiktheidsverzekeringsmaatschappij"
          >Kinderopvangtoeslagaanvraagformulier</polder-task-list-item
        >
      </polder-task-list>`,
    );
    await el.querySelector('polder-task-list-item')!.updateComplete;
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
  });

  it('uses system colours in forced-colors mode (Chromium only)', async () => {
    const { items } = await setup();
    await emulateMedia({ forcedColors: 'active' });
    expect(getComputedStyle(items[0]).borderBottomColor).to.equal(systemColor('CanvasText'));
    expect(getComputedStyle(items[0].link!).color).to.equal(systemColor('LinkText'));
    expect(getComputedStyle(items[0].querySelector('.polder-tag')!).borderTopColor).to.equal(systemColor('CanvasText'));
  });

  const serverState = {
    summary: '1 van 2 onderdelen afgerond',
    items: [
      { id: 't1', name: 'Persoonsgegevens', href: '/persoon', status: 'completed', statusText: 'Afgerond' },
      {
        id: 't2',
        name: '<b>Adres</b>',
        href: 'javascript:alert(1)',
        status: 'not-started',
        hint: 'Uw nieuwe adres',
        statusText: 'Niet begonnen',
      },
    ],
  };

  it('renders on the server, and the elements adopt that markup as it is', async () => {
    const markup = await serverRender(templates, 'renderTaskList', serverState);
    expect(markup).to.contain('role="list"');
    expect(markup).to.contain('aria-describedby="t1-status"');
    expect(markup).to.contain('&lt;b&gt;Adres&lt;/b&gt;');
    expect(markup).to.not.contain('javascript:alert(1)"');
    const wrapper = insertServerHtml(markup);
    const el = wrapper.querySelector<PolderTaskList>('polder-task-list')!;
    const link = el.querySelector('a')!;
    const items = [...el.querySelectorAll('polder-task-list-item')];
    await el.updateComplete;
    await Promise.all(items.map((i) => i.updateComplete));
    expect(el.querySelector('a')).to.equal(link);
    expect(el.querySelectorAll('.polder-task-list__summary')).to.have.length(1);
    expect(el.querySelectorAll('.polder-task-list__status')).to.have.length(2);
    expect(el.querySelectorAll('.polder-task-list__hint')).to.have.length(1);
    expect(describedByText(link)).to.equal('Afgerond');
    await expect(el).to.be.accessible();
    wrapper.remove();
  });

  it('describes a server-rendered task link by its status in the accessibility tree (Chromium only)', async () => {
    const wrapper = insertServerHtml(await serverRender(templates, 'renderTaskList', serverState));
    const el = wrapper.querySelector<PolderTaskList>('polder-task-list')!;
    await el.updateComplete;
    await Promise.all([...el.querySelectorAll('polder-task-list-item')].map((i) => i.updateComplete));
    try {
      expect((await axNode('#t1 a')).description).to.equal('Afgerond');
    } finally {
      wrapper.remove();
    }
  });

  it('the plain classes style a list in a page without JavaScript', async () => {
    const page =
      '<link rel="stylesheet" href="/packages/components/src/task-list/task-list.css">' +
      '<link rel="stylesheet" href="/packages/components/src/tag/tag.css">' +
      '<ul class="polder-task-list"><li class="polder-task-list__item">' +
      '<a class="polder-task-list__name polder-task-list__link" href="#p" aria-describedby="s">Persoonsgegevens</a>' +
      '<strong class="polder-tag polder-tag--success polder-task-list__status" id="s">Afgerond</strong></li></ul>';
    const frame = await fixture<HTMLIFrameElement>(html`<iframe title="no-js" srcdoc=${page}></iframe>`);
    await frameLoaded(frame);
    const doc = frame.contentDocument!;
    const view = doc.defaultView!;
    expect(view.getComputedStyle(doc.querySelector('ul')!).listStyleType).to.equal('none');
    expect(view.getComputedStyle(doc.querySelector('li')!).display).to.equal('flex');
    expect(view.getComputedStyle(doc.querySelector('strong')!).borderTopStyle).to.equal('solid');
  });

  it('the element module loads on the server (@lit-labs/ssr) and hydrates without a warning or error', async () => {
    const messages: string[] = [];
    const { error } = console;
    console.error = (...args: unknown[]) => messages.push(args.join(' '));
    let el!: PolderTaskList;
    const warnings = await captureWarnings(async () => {
      el = await ssrHydratedFixture<PolderTaskList>(
        html`<polder-task-list summary
          ><polder-task-list-item href="#a" status="completed">Een</polder-task-list-item></polder-task-list
        >`,
        { modules: ['./define.js'] },
      );
      await el.updateComplete;
      await el.querySelector('polder-task-list-item')!.updateComplete;
    });
    console.error = error;
    expect(warnings.filter((w) => !w.includes('dev mode'))).to.deep.equal([]);
    expect(messages).to.deep.equal([]);
    expect(el.querySelector('.polder-task-list__summary')!.textContent).to.equal('1 van 1 onderdeel afgerond');
    expect(el.querySelector('a')!.textContent).to.equal('Een');
    cleanupFixtures();
  });
});
