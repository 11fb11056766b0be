// Instant answers while no agent is online: services that match the user's words, and the
// offer to leave a message (with the 1111 hotline for anything urgent).
const TEXT = {
  mn: {
    found: 'Ажилтан одоогоор холбогдох боломжгүй байна. Эдгээр үйлчилгээ танд хэрэгтэй байж магадгүй:',
    none: 'Ажилтан одоогоор холбогдох боломжгүй байна. Тохирох үйлчилгээ олдсонгүй.',
    leave: 'Мессеж үлдээвэл ажлын цагаар хариулна. Яаралтай бол 1111 дугаарт залгана уу.',
  },
  en: {
    found: 'No agent is available right now. These services may help:',
    none: 'No agent is available right now, and no matching service was found.',
    leave: 'Leave a message and we will answer during opening hours. For anything urgent, call 1111.',
  },
};

/** The bot's reply to `text`: `{ text, services }` in the conversation's language. */
export function botReply(catalogue, text, lang = 'mn') {
  const t = TEXT[lang] ?? TEXT.mn;
  const services = catalogue.search(text).map((service) => ({
    id: service.id,
    title: service.title[lang] ?? service.title.mn,
    // The catalogue's data (@ger/service-data) names the link href; other feeds say url.
    ...((service.url ?? service.href) ? { url: service.url ?? service.href } : {}),
  }));
  return { text: `${services.length ? t.found : t.none} ${t.leave}`, services };
}
