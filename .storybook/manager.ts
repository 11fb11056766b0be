import { addons } from 'storybook/manager-api';
import { create } from 'storybook/theming/create';

addons.setConfig({
  theme: create({
    base: 'light',
    brandTitle: 'Ger',
    brandUrl: './',
    colorPrimary: '#0b4ea2',
    colorSecondary: '#0b4ea2',
    fontBase: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif",
  }),
});
