import { addons } from 'storybook/manager-api';
import { create } from 'storybook/theming/create';

addons.setConfig({
  theme: create({
    base: 'light',
    brandTitle: 'Polder design system',
    brandUrl: './',
    brandTarget: '_self',
  }),
  sidebar: { showRoots: true },
});
