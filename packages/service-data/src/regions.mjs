// The 21 aimags and the capital, Ulaanbaatar: where local services are offered.
// `of` is the genitive used in agency names, `in` the locative used in descriptions.

const aimag = (id, mn, en) => ({
  id,
  name: { mn: `${mn} аймаг`, en: `${en} aimag` },
  of: { mn: `${mn} аймгийн`, en: `${en} aimag` },
  in: { mn: `${mn} аймагт`, en: `in ${en} aimag` },
});

export const REGIONS = [
  {
    id: 'ulaanbaatar',
    name: { mn: 'Улаанбаатар хот', en: 'Ulaanbaatar' },
    of: { mn: 'Нийслэлийн', en: 'Ulaanbaatar City' },
    in: { mn: 'Улаанбаатар хотод', en: 'in Ulaanbaatar' },
  },
  aimag('arkhangai', 'Архангай', 'Arkhangai'),
  aimag('bayan-olgii', 'Баян-Өлгий', 'Bayan-Ölgii'),
  aimag('bayankhongor', 'Баянхонгор', 'Bayankhongor'),
  aimag('bulgan', 'Булган', 'Bulgan'),
  aimag('govi-altai', 'Говь-Алтай', 'Govi-Altai'),
  aimag('govisumber', 'Говьсүмбэр', 'Govisümber'),
  aimag('darkhan-uul', 'Дархан-Уул', 'Darkhan-Uul'),
  aimag('dornogovi', 'Дорноговь', 'Dornogovi'),
  aimag('dornod', 'Дорнод', 'Dornod'),
  aimag('dundgovi', 'Дундговь', 'Dundgovi'),
  aimag('zavkhan', 'Завхан', 'Zavkhan'),
  aimag('orkhon', 'Орхон', 'Orkhon'),
  aimag('ovorkhangai', 'Өвөрхангай', 'Övörkhangai'),
  aimag('omnogovi', 'Өмнөговь', 'Ömnögovi'),
  aimag('sukhbaatar', 'Сүхбаатар', 'Sükhbaatar'),
  aimag('selenge', 'Сэлэнгэ', 'Selenge'),
  aimag('tov', 'Төв', 'Töv'),
  aimag('uvs', 'Увс', 'Uvs'),
  aimag('khovd', 'Ховд', 'Khovd'),
  aimag('khovsgol', 'Хөвсгөл', 'Khövsgöl'),
  aimag('khentii', 'Хэнтий', 'Khentii'),
];
