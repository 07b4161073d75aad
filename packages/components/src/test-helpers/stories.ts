import type { Decorator } from '@storybook/web-components-vite';
import type { CSSResult } from 'lit';
import { adoptStyles } from '../styles/adopt-styles.js';

/**
 * The decorator of the plain-HTML stories ("without JavaScript"): adds the component's class stylesheets to the
 * document, as a server-rendered page links them, before the story renders.
 */
export const withPageStyles =
  (...sheets: CSSResult[]): Decorator =>
  (story) => {
    for (const sheet of sheets) adoptStyles(document, sheet);
    return story();
  };
