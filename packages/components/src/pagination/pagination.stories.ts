import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { withPageStyles } from '../test-helpers/stories.js';
import visuallyHidden from '../styles/visually-hidden.styles.js';
import styles from './pagination.styles.js';
import './define.js';

interface Args {
  current: number;
  total: number;
  hrefTemplate: string;
}

const meta: Meta<Args> = {
  title: 'Page/Pagination',
  component: 'polder-pagination',
  tags: ['autodocs'],
  parameters: { status: 'beta' },
  args: { current: 5, total: 20, hrefTemplate: '?pagina={page}' },
  argTypes: { current: { control: { type: 'number', min: 1 } }, total: { control: { type: 'number', min: 0 } } },
  render: ({ current, total, hrefTemplate }) =>
    html`<polder-pagination current=${current} total=${total} href-template=${hrefTemplate}></polder-pagination>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = { name: 'Default (page 5 of 20)' };
export const FirstPage: Story = { name: 'First page (no previous)', args: { current: 1 } };
export const LastPage: Story = { name: 'Last page (no next)', args: { current: 20 } };
export const FewPages: Story = { name: 'Few pages (no ellipsis)', args: { current: 2, total: 5 } };
export const OnePage: Story = { name: 'One page (shows nothing)', args: { current: 1, total: 1 } };
export const LargeNumbers: Story = { name: 'Long range, large numbers', args: { current: 1234, total: 5000 } };
export const PathTemplate: Story = {
  name: 'href-template in the path',
  args: { current: 3, total: 9, hrefTemplate: '/berichten/pagina/{page}' },
};
export const Narrow: Story = {
  name: 'Narrow screen (320px)',
  args: { current: 50, total: 100 },
  globals: { viewport: { value: 'reflow' } },
};
export const English: Story = {
  render: () =>
    html`<div lang="en">
      <polder-pagination current="2" total="8" href-template="?page={page}"></polder-pagination>
    </div>`,
};

export const WithoutJavaScript: Story = {
  name: 'Plain HTML (no JavaScript)',
  // The page links the class CSS (here: adopted into the document), as a server-rendered page would.
  decorators: [withPageStyles(visuallyHidden, styles)],
  render: () =>
    html`<nav class="polder-pagination" aria-label="Paginering">
      <a class="polder-pagination__link polder-pagination__link--previous" href="?pagina=1" rel="prev"
        ><svg class="polder-pagination__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M15.4 7.4 14 6l-6 6 6 6 1.4-1.4L10.8 12z"></path></svg
        ><span>Vorige<span class="polder-visually-hidden"> pagina</span></span></a
      >
      <ul class="polder-pagination__list">
        <li class="polder-pagination__item">
          <a class="polder-pagination__link" href="?pagina=1"><span class="polder-visually-hidden">Pagina </span>1</a>
        </li>
        <li class="polder-pagination__item polder-pagination__item--current">
          <a class="polder-pagination__link polder-pagination__link--current" href="?pagina=2" aria-current="page"
            ><span class="polder-visually-hidden">Pagina </span>2</a
          >
        </li>
        <li class="polder-pagination__item">
          <a class="polder-pagination__link" href="?pagina=3"><span class="polder-visually-hidden">Pagina </span>3</a>
        </li>
      </ul>
      <a class="polder-pagination__link polder-pagination__link--next" href="?pagina=3" rel="next"
        ><span>Volgende<span class="polder-visually-hidden"> pagina</span></span
        ><svg class="polder-pagination__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M8.6 16.6 10 18l6-6-6-6-1.4 1.4 4.6 4.6z"></path></svg
      ></a>
    </nav>`,
};
