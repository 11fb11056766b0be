import type { Translation } from './translation.js';

/** Mongolian (Cyrillic): the default language of Ger. */
export const mn: Translation = {
  $code: 'mn',
  $name: 'Монгол',

  loading: 'Ачаалж байна',
  opensInNewTab: '(шинэ цонхонд нээгдэнэ)',
  skipToContent: 'Үндсэн агуулга руу шилжих',
  dismiss: 'Хаах',
  dismissNotification: 'Мэдэгдлийг хаах: {heading}',
  bannerInformation: 'Мэдээлэл',
  bannerSuccess: 'Амжилттай',
  bannerWarning: 'Анхааруулга',
  bannerDanger: 'Анхаар, алдаа гарлаа',
  resultCount: { one: '{count} үр дүн олдлоо', other: '{count} үр дүн олдлоо' },
};
