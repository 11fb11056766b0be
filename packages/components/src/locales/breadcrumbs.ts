import { defineStrings } from './strings.js';

/** Strings of ger-breadcrumbs, in the built-in languages. */
export const breadcrumbsStrings = defineStrings({
  mn: {
    breadcrumbs: 'Хуудасны зам',
  },
  en: {
    breadcrumbs: 'Breadcrumb',
  },
});
