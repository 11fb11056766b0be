// The passport application's behaviour beyond what the elements do by themselves: the date of
// birth read from the registration number, the centres' closed days, and the confirmation.
// A real service posts the form to its server; here the confirmation shows a made-up reference.
const form = document.querySelector('.passport');
const steps = form.querySelector('ger-form-steps');

// Weekends and the public holidays on fixed dates (New Year, 8 March, Children's Day, Naadam,
// Independence Day, Freedom Day): the service centres are closed.
const HOLIDAYS = ['01-01', '03-08', '06-01', '07-11', '07-12', '07-13', '07-14', '07-15', '11-26', '12-29'];
const year = new Date().getFullYear();
form.querySelector('ger-date-input[name="appointment"]').unavailable = [
  'saturday',
  'sunday',
  ...[year, year + 1].flatMap((y) => HOLIDAYS.map((day) => `${y}-${day}`)),
];

// A valid registration number carries the date of birth: fill it in when it is still empty.
form.querySelector('ger-registration-number').addEventListener('change', (event) => {
  const birth = form.querySelector('ger-date-input[name="dob"]');
  const { birthDate } = event.currentTarget;
  if (birthDate && !birth.value) birth.value = birthDate;
});

steps.addEventListener('ger-submit', () => {
  const number = String(Math.floor(Math.random() * 1e6)).padStart(6, '0');
  const confirmation = form.querySelector('.confirmation');
  confirmation.querySelector('ger-panel').reference = `ПА-${year}-${number}`;
  steps.hidden = true;
  confirmation.hidden = false;
});
