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

  // Display settings
  displaySettings: 'Дэлгэцийн тохиргоо',
  textSize: 'Текстийн хэмжээ',
  textSpacing: 'Мөр, үг, үсэг хоорондын зай',
  spacingNormal: 'Энгийн',
  spacingWcag: 'Нэмэгдүүлсэн (WCAG)',
  spacingWide: 'Илүү өргөн',
  colourTheme: 'Өнгөний горим',
  themeSystem: 'Төхөөрөмжийн тохиргоог дагах',
  themeLight: 'Цайвар',
  themeNight: 'Шөнийн',
  themeContrast: 'Өндөр контраст',
  themeNow: '(одоо: {theme})',
  motion: 'Хөдөлгөөнт эффект',
  motionSystem: 'Төхөөрөмжийн тохиргоог дагах',
  motionReduce: 'Хөдөлгөөнийг багасгах',
  font: 'Үсгийн хэлбэр',
  fontDefault: 'Үндсэн',
  fontLegible: 'Уншихад хялбар',
  resetSettings: 'Анхны тохиргоонд буцаах',
  settingsWereReset: 'Тохиргоог анхны байдалд нь буцаалаа',
  settingChanged: '{setting}: {value}',
  forcedColoursNote: 'Таны төхөөрөмжийн өндөр контрастын өнгө идэвхтэй тул өнгийг төхөөрөмж тогтооно.',
  nightMode: 'Шөнийн горим',
};
