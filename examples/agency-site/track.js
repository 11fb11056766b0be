// Request tracking: the lookup fires `ger-lookup` with a tidied, well-formed reference; the page
// finds it and shows its history, or tells the reader it does not exist. A real service asks its
// API, in the reader's language; these two requests stand in for it.
const OFFICE = { mn: 'Улсын бүртгэлийн ерөнхий газар', en: 'General Authority for State Registration' };
const CENTRE = { mn: 'Хан-Уул дүүргийн ТҮЦ', en: 'Khan-Uul district public service centre' };
/** A date `days` before today at `time` (Ulaanbaatar), so the sample requests stay current. */
const daysAgo = (days, time = '10:00') => `${new Date(Date.now() - days * 864e5).toISOString().slice(0, 10)}T${time}:00+08:00`;
const REQUESTS = {
  'ПА-2026-004817': {
    deadline: daysAgo(-10).slice(0, 10),
    events: [
      { status: 'submitted', date: daysAgo(4, '09:12'), unit: 'e-Mongolia' },
      { status: 'received', date: daysAgo(4, '09:13'), unit: OFFICE },
      { status: 'assigned', date: daysAgo(3, '10:05'), unit: CENTRE },
      { status: 'in-review', date: daysAgo(2, '11:30'), unit: CENTRE },
    ],
  },
  'ПА-2026-001234': {
    deadline: daysAgo(20).slice(0, 10),
    events: [
      { status: 'submitted', date: daysAgo(34, '14:00'), unit: 'e-Mongolia' },
      { status: 'received', date: daysAgo(34, '14:01'), unit: OFFICE },
      {
        status: 'decided',
        date: daysAgo(24, '16:00'),
        unit: OFFICE,
        note: { mn: 'Паспорт бэлэн боллоо. Шуудангаар илгээлээ.', en: 'Your passport is ready. We have sent it by post.' },
      },
      { status: 'closed', date: daysAgo(21, '12:00'), unit: OFFICE },
    ],
  },
};

const lookup = document.querySelector('ger-request-lookup');
const result = document.querySelector('.result');
const tracker = result.querySelector('ger-status-tracker');

/** Shows the request with this reference, in the page's language; tells the reader when there is none. */
function show(reference) {
  const request = Object.hasOwn(REQUESTS, reference) ? REQUESTS[reference] : undefined;
  lookup.notFound = !request;
  result.hidden = !request;
  if (!request) return;
  const lang = document.documentElement.lang === 'en' ? 'en' : 'mn';
  const inLang = (text) => text?.[lang] ?? text;
  tracker.reference = reference;
  tracker.deadline = request.deadline;
  tracker.events = request.events.map((event) => ({ ...event, unit: inLang(event.unit), note: inLang(event.note) }));
}

/** Keeps the reference looked up in the address: a reload or Back shows it again, not to be typed again from the SMS. */
function remember(reference) {
  const url = new URL(location.href);
  if (reference) url.searchParams.set('reference', reference);
  else url.searchParams.delete('reference');
  history.replaceState(history.state, '', url);
}

lookup.addEventListener('ger-lookup', async (event) => {
  remember(event.detail.reference);
  show(event.detail.reference);
  if (result.hidden) return;
  // The history appears below the form: focus goes to its heading, so a screen reader reads it out
  // (a live region that appears already filled is not read) and the keyboard goes on from there.
  await tracker.updateComplete;
  result.querySelector('h2').focus();
});
// The history shown is of the number that was looked up: once the reader changes it, it goes.
lookup.addEventListener('input', () => {
  result.hidden = true;
  remember('');
});
const remembered = new URLSearchParams(location.search).get('reference');
if (remembered) {
  lookup.value = remembered;
  show(remembered);
}
// The language switched in place (site.js has put it on the page): the request shown follows.
document.addEventListener('ger-language-select', () => result.hidden || show(tracker.reference));
