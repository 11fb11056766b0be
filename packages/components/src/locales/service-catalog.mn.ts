import type { ServiceCatalogTranslation } from './translation.js';

/** ger-service-catalog in Mongolian (Cyrillic): the default. */
export const serviceCatalogMn: ServiceCatalogTranslation = {
  searchLabel: 'Үйлчилгээ хайх',
  searchHint: 'Кирилл эсвэл латин үсгээр, монгол эсвэл англиар бичиж болно. Жишээ нь: паспорт, pasport, passport',
  filters: 'Шүүлтүүр',
  anyCategory: 'Бүх ангилал',
  anyDelivery: 'Бүх хэлбэр',
  anyFee: 'Бүгд',
  feePaid: 'Төлбөртэй',
  noResults: 'Тохирох үйлчилгээ олдсонгүй',
  noResultsHelp:
    'Үгээ зөв бичсэн эсэхээ шалгах, өөр үгээр хайх эсвэл шүүлтүүрээ арилгаад дахин оролдоно уу. Хайсан үйлчилгээгээ олохгүй бол бид танд тусалъя.',
  clearSearch: 'Хайлт, шүүлтүүрийг арилгах',
  liveChat: 'Онлайн чатаар асуух',
  hotline: '1111 дугаарт залгах',
  loadFailed: 'Үйлчилгээний жагсаалтыг ачаалж чадсангүй. Хуудсаа дахин ачаалж үзнэ үү.',
};
