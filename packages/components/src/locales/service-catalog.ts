import { searchStrings } from './search.js';
import { serviceFilterStrings } from './service-card.js';
import { defineStrings } from './strings.js';

/** Strings of ger-service-catalog itself, in the built-in languages. */
export const serviceCatalogOwnStrings = defineStrings({
  mn: {
    catalogSearch: 'Үйлчилгээ хайх',
    catalogSearchHint: 'Кирилл эсвэл латин үсгээр, монгол эсвэл англиар бичиж болно. Жишээ нь: паспорт, pasport, passport',
    catalogFilters: 'Шүүлтүүр',
    catalogAnyCategory: 'Бүх ангилал',
    catalogAnyDelivery: 'Бүх хэлбэр',
    catalogAnyFee: 'Бүгд',
    catalogPaid: 'Төлбөртэй',
    catalogNoResults: 'Тохирох үйлчилгээ олдсонгүй',
    catalogNoResultsHelp:
      'Үгээ зөв бичсэн эсэхээ шалгах, өөр үгээр хайх эсвэл шүүлтүүрээ арилгаад дахин оролдоно уу. Хайсан үйлчилгээгээ олохгүй бол бид танд тусалъя.',
    catalogClear: 'Хайлт, шүүлтүүрийг арилгах',
    catalogChat: 'Онлайн чатаар асуух',
    catalogHotline: '1111 дугаарт залгах',
    catalogLoadFailed: 'Үйлчилгээний жагсаалтыг ачаалж чадсангүй. Дахин оролдоно уу, эсвэл хуудсаа дахин ачаална уу.',
    catalogRetry: 'Дахин оролдох',
    loading: 'Ачаалж байна',
  },
  en: {
    catalogSearch: 'Search for a service',
    catalogSearchHint: 'Type in Mongolian or English, in Cyrillic or Latin letters. For example: паспорт, pasport, passport',
    catalogFilters: 'Filters',
    catalogAnyCategory: 'All categories',
    catalogAnyDelivery: 'Any way',
    catalogAnyFee: 'Free or paid',
    catalogPaid: 'Paid',
    catalogNoResults: 'No services match your search',
    catalogNoResultsHelp: 'Check the spelling, try other words or clear the filters. If you still cannot find the service, we are here to help.',
    catalogClear: 'Clear the search and filters',
    catalogChat: 'Ask us in live chat',
    catalogHotline: 'Call the 1111 helpline',
    catalogLoadFailed: 'The list of services could not be loaded. Try again, or reload the page.',
    catalogRetry: 'Try again',
    loading: 'Loading',
  },
});

/**
 * What ger-service-catalog says of a page of results (`page-size`): it comes with the results part
 * (service-catalog/paging.ts), not in the catalogue's first download.
 */
export const serviceCatalogPagesStrings = defineStrings({
  mn: {
    catalogPageHeading: {
      one: '{pages} хуудасны {page}-р хуудас, {total} үр дүнгийн {from}-р',
      other: '{pages} хуудасны {page}-р хуудас, {total} үр дүнгийн {from}–{to}',
    },
  },
  en: {
    catalogPageHeading: {
      one: 'Page {page} of {pages}, result {from} of {total}',
      other: 'Page {page} of {pages}, results {from} to {to} of {total}',
    },
  },
});

/** All ger-service-catalog says: its own strings, the result count, and the card's names for the filters. */
export const serviceCatalogStrings = {
  mn: { ...serviceCatalogOwnStrings.mn, ...searchStrings.mn, ...serviceFilterStrings.mn },
  en: { ...serviceCatalogOwnStrings.en, ...searchStrings.en, ...serviceFilterStrings.en },
};
