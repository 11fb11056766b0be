// Request tracking: the lookup fires `ger-lookup` with a tidied, well-formed reference; the page
// finds it and shows its history, or tells the reader it does not exist. A real service asks its
// API; these two requests stand in for it.
const OFFICE = 'Улсын бүртгэлийн ерөнхий газар';
const REQUESTS = {
  'ПА-2026-004817': [
    { status: 'submitted', date: '2026-03-02T09:12:00+08:00', unit: 'e-Mongolia' },
    { status: 'received', date: '2026-03-02T09:13:00+08:00', unit: OFFICE },
    { status: 'assigned', date: '2026-03-03T10:05:00+08:00', unit: 'Хан-Уул дүүргийн ТҮЦ' },
    { status: 'in-review', date: '2026-03-04T11:30:00+08:00', unit: 'Хан-Уул дүүргийн ТҮЦ' },
  ],
  'ПА-2026-001234': [
    { status: 'submitted', date: '2026-02-10T14:00:00+08:00', unit: 'e-Mongolia' },
    { status: 'received', date: '2026-02-10T14:01:00+08:00', unit: OFFICE },
    { status: 'decided', date: '2026-02-20T16:00:00+08:00', unit: OFFICE, note: 'Паспорт бэлэн боллоо. Шуудангаар илгээлээ.' },
    { status: 'closed', date: '2026-02-23T12:00:00+08:00', unit: OFFICE },
  ],
};

const lookup = document.querySelector('ger-request-lookup');
const result = document.querySelector('.result');
const tracker = result.querySelector('ger-status-tracker');

lookup.addEventListener('ger-lookup', (event) => {
  const { reference } = event.detail;
  const events = Object.hasOwn(REQUESTS, reference) ? REQUESTS[reference] : undefined;
  lookup.notFound = !events;
  result.hidden = !events;
  if (!events) return;
  tracker.reference = reference;
  tracker.events = events;
});
