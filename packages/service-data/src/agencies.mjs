// National agencies, and the local offices every aimag and the capital have. A local office's
// name is the region's genitive (`Дорнод аймгийн`, `Нийслэлийн`) followed by `mn`, or in English
// `en` followed by `of` and the region (`Land Administration Office, Dornod aimag`).

export const AGENCIES = {
  registration: { mn: 'Улсын бүртгэлийн ерөнхий газар', en: 'General Authority for State Registration' },
  tax: { mn: 'Татварын ерөнхий газар', en: 'General Department of Taxation' },
  socialInsurance: { mn: 'Нийгмийн даатгалын ерөнхий газар', en: 'General Office for Social Insurance' },
  welfare: { mn: 'Хөдөлмөр, халамжийн үйлчилгээний ерөнхий газар', en: 'General Office for Labour and Welfare Services' },
  police: { mn: 'Цагдаагийн ерөнхий газар', en: 'General Police Department' },
  trafficPolice: { mn: 'Замын цагдаагийн алба', en: 'Traffic Police Department' },
  transport: { mn: 'Авто тээврийн үндэсний төв', en: 'National Road Transport Centre' },
  immigration: { mn: 'Гадаадын иргэн, харьяатын асуудал эрхэлсэн газар', en: 'Immigration Agency of Mongolia' },
  consular: { mn: 'Гадаад харилцааны яамны Консулын газар', en: 'Consular Department, Ministry of Foreign Affairs' },
  land: {
    mn: 'Газар зохион байгуулалт, геодези, зураг зүйн газар',
    en: 'Agency for Land Administration and Management, Geodesy and Cartography',
  },
  educationMinistry: { mn: 'Боловсрол, шинжлэх ухааны яам', en: 'Ministry of Education and Science' },
  examCentre: { mn: 'Боловсролын үнэлгээний төв', en: 'Education Evaluation Centre' },
  studyFund: { mn: 'Боловсролын зээлийн сан', en: 'Education Loan Fund' },
  healthMinistry: { mn: 'Эрүүл мэндийн яам', en: 'Ministry of Health' },
  healthInsurance: { mn: 'Эрүүл мэндийн даатгалын ерөнхий газар', en: 'General Agency for Health Insurance' },
  healthDevelopment: { mn: 'Эрүүл мэндийн хөгжлийн төв', en: 'Centre for Health Development' },
  medicines: { mn: 'Эм, эмнэлгийн хэрэгслийн хяналт, зохицуулалтын газар', en: 'Medicines and Medical Devices Regulatory Agency' },
  ipOffice: { mn: 'Оюуны өмчийн газар', en: 'Intellectual Property Office' },
  customs: { mn: 'Гаалийн ерөнхий газар', en: 'Customs General Administration' },
  chamber: { mn: 'Монголын Үндэсний Худалдаа Аж Үйлдвэрийн Танхим', en: 'Mongolian National Chamber of Commerce and Industry' },
  procurement: { mn: 'Төрийн худалдан авах ажиллагааны газар', en: 'Public Procurement Agency' },
  smeFund: { mn: 'Жижиг, дунд үйлдвэрийг хөгжүүлэх сан', en: 'SME Development Fund' },
  standards: { mn: 'Стандарт, хэмжил зүйн газар', en: 'Agency for Standardization and Metrology' },
  inspection: { mn: 'Мэргэжлийн хяналтын ерөнхий газар', en: 'General Agency for Specialized Inspection' },
  minerals: { mn: 'Ашигт малтмал, газрын тосны газар', en: 'Mineral Resources and Petroleum Authority' },
  communications: { mn: 'Харилцаа холбооны зохицуулах хороо', en: 'Communications Regulatory Commission' },
  environmentMinistry: { mn: 'Байгаль орчин, аялал жуулчлалын яам', en: 'Ministry of Environment and Tourism' },
  meteorology: { mn: 'Ус, цаг уур, орчны шинжилгээний газар', en: 'National Agency for Meteorology and Environmental Monitoring' },
  aviation: { mn: 'Иргэний нисэхийн ерөнхий газар', en: 'Civil Aviation Authority' },
  forensics: { mn: 'Шүүхийн шинжилгээний үндэсний хүрээлэн', en: 'National Institute of Forensic Science' },
  notaries: { mn: 'Монголын нотариатчдын танхим', en: 'Chamber of Notaries of Mongolia' },
  courts: { mn: 'Шүүхийн ерөнхий зөвлөл', en: 'Judicial General Council' },
  enforcement: { mn: 'Шүүхийн шийдвэр гүйцэтгэх ерөнхий газар', en: 'General Executive Agency of Court Decisions' },
  legalAid: { mn: 'Хууль зүйн туслалцааны төв', en: 'Legal Aid Centre' },
  complaints: { mn: 'Засгийн газрын 11-11 төв', en: 'Government 11-11 Centre' },
  statistics: { mn: 'Үндэсний статистикийн хороо', en: 'National Statistics Office' },
  agricultureMinistry: { mn: 'Хүнс, хөдөө аж ахуй, хөнгөн үйлдвэрийн яам', en: 'Ministry of Food, Agriculture and Light Industry' },
  veterinary: { mn: 'Мал эмнэлгийн ерөнхий газар', en: 'General Authority for Veterinary Services' },
  armedForces: { mn: 'Зэвсэгт хүчний Жанжин штаб', en: 'General Staff of the Armed Forces' },
  housing: { mn: 'Төрийн орон сууцны корпораци', en: 'State Housing Corporation' },
  civilService: { mn: 'Төрийн албаны зөвлөл', en: 'Civil Service Council' },
  emergency: { mn: 'Онцгой байдлын ерөнхий газар', en: 'National Emergency Management Agency' },
};

/** Offices that every region has: `{R} аймгийн …` / `… of {R} aimag`. */
export const LOCAL_OFFICES = {
  governor: { mn: 'Засаг даргын Тамгын газар', en: 'Governor’s Office' },
  registration: { mn: 'Улсын бүртгэлийн хэлтэс', en: 'State Registration Department' },
  land: { mn: 'Газар зохион байгуулалтын алба', en: 'Land Administration Office' },
  welfare: { mn: 'Хөдөлмөр, халамжийн үйлчилгээний газар', en: 'Labour and Welfare Services Office' },
  socialInsurance: { mn: 'Нийгмийн даатгалын хэлтэс', en: 'Social Insurance Department' },
  tax: { mn: 'Татварын хэлтэс', en: 'Tax Department' },
  education: { mn: 'Боловсролын газар', en: 'Education Department' },
  health: { mn: 'Эрүүл мэндийн газар', en: 'Health Department' },
  agriculture: { mn: 'Хүнс, хөдөө аж ахуйн газар', en: 'Food and Agriculture Department' },
  veterinary: { mn: 'Мал эмнэлгийн газар', en: 'Veterinary Department' },
  environment: { mn: 'Байгаль орчин, аялал жуулчлалын газар', en: 'Environment and Tourism Department' },
  police: { mn: 'Цагдаагийн газар', en: 'Police Department' },
  emergency: { mn: 'Онцгой байдлын газар', en: 'Emergency Management Department' },
  inspection: { mn: 'Мэргэжлийн хяналтын газар', en: 'Specialized Inspection Department' },
  transport: { mn: 'Авто тээврийн төв', en: 'Road Transport Centre' },
  archives: { mn: 'Архивын тасаг', en: 'Archives' },
  military: { mn: 'Цэргийн штаб', en: 'Military Staff' },
};

/** The name of a local office in one region, in both languages. */
export function localAgency(office, region) {
  const names = LOCAL_OFFICES[office];
  if (!names) throw new Error(`Unknown local office ${office}`);
  return { mn: `${region.of.mn} ${names.mn}`, en: `${names.en}, ${region.of.en}` };
}
