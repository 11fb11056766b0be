import type { ServiceCatalogTranslation } from './translation.js';

/** ger-service-catalog in English. */
export const serviceCatalogEn: ServiceCatalogTranslation = {
  searchLabel: 'Search for a service',
  searchHint: 'Type in Mongolian or English, in Cyrillic or Latin letters. For example: паспорт, pasport, passport',
  filters: 'Filters',
  anyCategory: 'All categories',
  anyDelivery: 'Any way',
  anyFee: 'Free or paid',
  feePaid: 'Paid',
  noResults: 'No services match your search',
  noResultsHelp: 'Check the spelling, try other words or clear the filters. If you still cannot find the service, we are here to help.',
  clearSearch: 'Clear the search and filters',
  liveChat: 'Ask us in live chat',
  hotline: 'Call the 1111 helpline',
  loadFailed: 'The list of services could not be loaded. Try reloading the page.',
};
