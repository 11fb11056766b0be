// Request tracking: the lookup fires `ger-lookup` with a tidied, well-formed reference; the page
// finds it and shows its history, or tells the reader it does not exist. A real service asks its
// API; these two requests stand in for it.
const OFFICE = 'Улсын бүртгэлийн ерөнхий газар';
const CENTRE = 'Хан-Уул дүүргийн ТҮЦ';
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
      { status: 'decided', date: daysAgo(24, '16:00'), unit: OFFICE, note: 'Паспорт бэлэн боллоо. Шуудангаар илгээлээ.' },
      { status: 'closed', date: daysAgo(21, '12:00'), unit: OFFICE },
    ],
  },
};

const lookup = document.querySelector('ger-request-lookup');
const result = document.querySelector('.result');
const tracker = result.querySelector('ger-status-tracker');

lookup.addEventListener('ger-lookup', (event) => {
  const { reference } = event.detail;
  const request = Object.hasOwn(REQUESTS, reference) ? REQUESTS[reference] : undefined;
  lookup.notFound = !request;
  result.hidden = !request;
  if (!request) return;
  tracker.reference = reference;
  tracker.deadline = request.deadline;
  tracker.events = request.events;
});
