/**
 * The passport application example as a citizen uses it: by keyboard alone from the first field
 * to the confirmation, checked with axe at every step in every theme and both languages, posted
 * by a native form to a server, and a fuzz test of drafts: random valid answers, a reload at a
 * random point, and not one answer lost.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import type { FieldValue } from '../packages/components/src/base/form-control.js';
import type { GerDateInput } from '../packages/components/src/date-input/date-input.js';
import type { GerFileUpload } from '../packages/components/src/file-upload/file-upload.js';
import type { GerFormSteps } from '../packages/components/src/form-steps/form-steps.js';
import { CYRILLIC_LETTERS } from '../packages/components/src/registration-number/rules.js';
import { fieldsIn, readField, writeField } from '../packages/components/src/utils/form-fields.js';
import { expectNoAxeViolations } from '../packages/components/test/axe.js';
import { setLang, setTheme, THEMES } from '../packages/components/test/viewing-conditions.js';
import { press } from '../packages/components/test/engine.js';
import { deepActiveElement, nextFrame, settle } from '../packages/components/test/helpers.js';
import { DIVISIONS, partOptions } from './support/mongolia.js';
import { adoptPageStyles } from './support/page.js';
import { cleanUpStoryRootAfterEach, renderStoryRoot } from './support/story-root.js';
import { CENTRES_CLOSED, passportApplication } from './support/passport.js';
import { DRAFT_PREFIX } from '../packages/components/src/utils/draft.js';

let container: HTMLElement | undefined;
let runs = 0;

/** Renders the application, as a fresh page load would (a draft under `formId` is restored). */
async function open(formId: string, where?: (app: ReturnType<typeof passportApplication>) => unknown) {
  adoptPageStyles();
  const app = passportApplication({ formId, uploadMs: 0 });
  container = renderStoryRoot(where ? where(app) : app);
  await settle(container, 3);
  return container.querySelector('ger-form-steps')!;
}

const uniqueId = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${runs++}`;
const headingOf = (steps: GerFormSteps) => steps.shadowRoot!.getElementById('heading')!;
const currentHeading = (steps: GerFormSteps) => steps.steps[steps.current].heading;
const allFields = (steps: GerFormSteps) => steps.steps.flatMap((step) => fieldsIn(step));
const field = <T extends HTMLElement>(steps: GerFormSteps, name: string) => steps.querySelector<T>(`[name="${name}"]`)!;

/** Presses Tab until focus is where `match` says, as a keyboard user would. */
async function tabTo(match: (element: Element) => boolean, what: string, max = 80) {
  for (let i = 0; i < max; i++) {
    const active = deepActiveElement();
    if (active && match(active)) return active;
    await press('Tab');
  }
  throw new Error(`Tab never reached ${what}`);
}
const insideOf = (host: Element) => (element: Element) => element.getRootNode() === host.shadowRoot || host.contains(element);
const stepButton = (steps: GerFormSteps, text: string) => (element: Element) =>
  element.getRootNode() === steps.shadowRoot && element.localName === 'button' && element.textContent!.trim() === text;

/** Types text; no key twice in a row (WebKitWebDriver drops a repeated key). */
async function type(text: string) {
  await sendKeys({ type: text });
}

cleanUpStoryRootAfterEach();

describe('passport application', () => {
  it('is completed by keyboard alone, from the first field to the confirmation', async function () {
    this.timeout(60_000);
    const steps = await open(uniqueId('keyboard'));
    const picker = field<GerFileUpload>(steps, 'photo').shadowRoot!.querySelector<HTMLInputElement>('input[type="file"]')!;
    // The platform's file dialog stands in: activating "Файл сонгох" from the keyboard returns a photo.
    picker.click = () => {
      const chosen = new DataTransfer();
      chosen.items.add(new File([new Uint8Array(120_000)], 'zurag.jpg', { type: 'image/jpeg' }));
      picker.files = chosen.files;
      picker.dispatchEvent(new Event('change'));
    };
    const expectHeadingFocused = async (title: string) => {
      await settle(container!, 3);
      expect(currentHeading(steps)).to.equal(title);
      expect(deepActiveElement(), `focus on the heading "${title}"`).to.equal(headingOf(steps));
    };

    // 1. Personal details: the registration number typed in Latin letters fills in the date of birth.
    await tabTo(insideOf(field(steps, 'rd')), 'the registration number');
    await type('ub85032714');
    await press('Tab');
    await type('Батболд');
    await press('Tab');
    await type('Сарнай');
    await press('Enter');
    await expectHeadingFocused('Холбоо барих');
    expect(readField(field(steps, 'rd'))).to.equal('УБ85032714');
    expect(readField(field(steps, 'dob'))).to.equal('1985-03-27');

    // 2. Contact details, with an error on the way: Continue shows the summary, its link leads back.
    await tabTo(insideOf(field(steps, 'phone')), 'the phone');
    await type('9182');
    await tabTo(stepButton(steps, 'Үргэлжлүүлэх'), 'Continue');
    await press('Enter');
    await settle(container!, 3);
    const summary = steps.shadowRoot!.querySelector('ger-error-summary')!;
    expect(deepActiveElement()).to.equal(summary.shadowRoot!.querySelector('.summary'));
    await press('Tab');
    await press('Enter');
    expect(insideOf(field(steps, 'phone'))(deepActiveElement()!), 'the link leads to the phone').to.be.true;
    await press('End');
    await type('7364');
    await press('Enter');
    await expectHeadingFocused('Оршин суугаа хаяг');

    // 3. Home address: the aimag found by typing it in Latin letters, chosen with Down and Enter;
    // the soum list follows the aimag and opens on its first soum.
    await tabTo(insideOf(field(steps, 'aimag')), 'the aimag');
    await type('arkh');
    await press('ArrowDown');
    await press('Enter');
    await settle(container!, 3);
    expect(readField(field(steps, 'aimag'))).to.equal('arkhangai');
    await press('Tab');
    await press('ArrowDown');
    await press('Enter');
    await settle(container!, 3);
    expect(readField(field(steps, 'soum'))).to.equal('battsengel');
    await press('Tab');
    await type('5-р баг');
    await press('Tab');
    await type('Энхтайваны гудамж 12');
    await tabTo(stepButton(steps, 'Үргэлжлүүлэх'), 'Continue');
    await press('Enter');
    await expectHeadingFocused('Цээж зураг');

    // 4. Photo, chosen through the button and uploaded.
    await tabTo(insideOf(field(steps, 'photo')), 'Файл сонгох');
    await press('Enter');
    await settle(container!, 3);
    expect(readField(field(steps, 'photo'))).to.deep.include({ name: 'zurag.jpg' });
    await tabTo(stepButton(steps, 'Үргэлжлүүлэх'), 'Continue');
    await press('Enter');
    await expectHeadingFocused('Цаг захиалга');

    // 5. Appointment: the calendar beside the date, by keyboard: next month, its week's Monday,
    // then Enter, moving on a day while the focused one is closed (a holiday).
    const appointment = field<GerDateInput>(steps, 'appointment');
    const calendarButton = await tabTo((element) => element.getRootNode() === appointment.shadowRoot && element.classList.contains('picker'), 'Choose date');
    await press('Enter');
    await settle(container!, 3);
    expect(appointment.shadowRoot!.querySelector('dialog')?.open, 'the calendar opened').to.be.true;
    await press('PageDown');
    await press('Home');
    for (let tries = 0; tries < 7 && appointment.shadowRoot!.querySelector('dialog'); tries++) {
      await press('Enter');
      await settle(container!, 3);
      if (appointment.shadowRoot!.querySelector('dialog')) await press('ArrowRight');
    }
    expect(appointment.shadowRoot!.querySelector('dialog'), 'a day was chosen').to.equal(null);
    expect(deepActiveElement(), 'focus back on the button').to.equal(calendarButton);
    const day = String(readField(appointment));
    expect(day).to.match(/^\d{4}-\d{2}-\d{2}$/);
    expect(CENTRES_CLOSED, 'not a holiday').not.to.include(day);
    expect(new Date(`${day}T00:00:00Z`).getUTCDay(), 'a working day').to.be.within(1, 5);
    await tabTo(stepButton(steps, 'Үргэлжлүүлэх'), 'Continue');
    await press('Enter');
    await expectHeadingFocused('Хүргэлт');

    // 6. Delivery: the arrow keys choose post, which adds the delivery address step.
    await tabTo((element) => element.localName === 'ger-radio', 'the first radio');
    await press('ArrowDown');
    expect(readField(field(steps, 'delivery'))).to.equal('post');
    await tabTo(stepButton(steps, 'Үргэлжлүүлэх'), 'Continue');
    await press('Enter');
    await expectHeadingFocused('Хүргэлтийн хаяг');
    expect(headingOf(steps).textContent).to.contain('Алхам 7/9');
    await tabTo(insideOf(field(steps, 'delivery-address')), 'the delivery address');
    await type('Орхон, Баян-Өндөр сум');
    await tabTo(stepButton(steps, 'Үргэлжлүүлэх'), 'Continue');
    await press('Enter');
    await expectHeadingFocused('Мэдэгдэл');

    // 8. Updates (optional): tick SMS with Space.
    await tabTo((element) => element.localName === 'input' && (element.getRootNode() as ShadowRoot).host?.getAttribute('value') === 'sms', 'SMS');
    await press('Space');
    await tabTo(stepButton(steps, 'Үргэлжлүүлэх'), 'Continue');
    await press('Enter');
    await expectHeadingFocused('Хариултаа шалгах');

    // 9. Check answers: change the phone number and come straight back.
    const check = steps.querySelector('ger-check-answers')!;
    await tabTo((element) => element.getRootNode() === check.shadowRoot && element.textContent!.includes('Гар утасны дугаар'), 'Change phone');
    await press('Enter');
    await settle(container!, 3);
    expect(insideOf(field(steps, 'phone'))(deepActiveElement()!)).to.be.true;
    await press('End');
    await press('Backspace');
    await type('5');
    await press('Enter');
    await expectHeadingFocused('Хариултаа шалгах');
    expect(check.shadowRoot!.textContent).to.contain('91827365');

    await tabTo(insideOf(field(steps, 'declaration')), 'the declaration');
    await press('Space');
    await tabTo(stepButton(steps, 'Өргөдөл илгээх'), 'Send application');
    await press('Enter');
    await settle(container!, 3);
    const confirmation = container!.querySelector<HTMLElement>('.confirmation')!;
    expect(confirmation.hidden).to.be.false;
    expect(steps.hidden).to.be.true;
    const panel = confirmation.querySelector('ger-panel')!;
    expect(panel.shadowRoot!.querySelector('[part="reference"]')!.textContent).to.match(/^ПА-\d{4}-\d{6}$/);
    // The panel's heading takes focus as it appears, so the outcome is read out.
    await waitUntil(() => deepActiveElement() === panel.shadowRoot!.querySelector('[part="heading"]'), 'focus on the confirmation heading');
  });

  describe('passes axe at every step', () => {
    for (const lang of ['mn', 'en'] as const) {
      it(`in every theme, in ${lang}`, async function () {
        this.timeout(120_000);
        setLang(lang);
        const steps = await open(uniqueId(`axe-${lang}`));
        const check = async (where: string) => {
          await settle(container!, 3);
          for (const theme of THEMES) {
            setTheme(theme);
            await nextFrame();
            try {
              await expectNoAxeViolations(container);
            } catch (error) {
              throw new Error(`${where}, ${theme} theme, ${lang}: ${(error as Error).message}`);
            }
          }
        };
        // The first step with its errors shown, then every step in turn.
        await steps.next();
        await check('step 1 with errors');
        const answers = answerSet(seeded(7), { delivery: 'post' });
        const seen: string[] = [];
        while (!container!.querySelector<HTMLElement>('.confirmation:not([hidden])')) {
          const step = steps.steps[steps.current];
          await fill(steps, step, answers);
          await check(`step "${step.heading}"`);
          seen.push(step.heading);
          await steps.next();
          await settle(container!, 3);
          expect(seen.length, 'the walk ends').to.be.below(12);
        }
        await check('the confirmation');
        expect(seen).to.have.length(9);
      });
    }
  });

  it('posts every named answer to the server from a native form, the photo reference included', async function () {
    this.timeout(30_000);
    const frameName = uniqueId('echo');
    const steps = await open(
      uniqueId('native'),
      (app) => html`<form method="post" action="/__ger/echo" enctype="multipart/form-data" target=${frameName}>
          <input type="hidden" name="service" value="passport" />${app}
        </form>
        <iframe name=${frameName} title="echo"></iframe>`,
    );
    const answers = answerSet(seeded(11), { delivery: 'office' });
    while (steps.current < steps.steps.length - 1) {
      await fill(steps, steps.steps[steps.current], answers);
      await steps.next();
      await settle(container!, 3);
    }
    await fill(steps, steps.steps[steps.current], answers);
    const expected = [...steps.toFormData()];
    const frame = container!.querySelector('iframe')!;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    await steps.submit();
    await loaded;
    // A form sends line breaks as CR LF.
    const received = JSON.parse(frame.contentDocument!.body.textContent!.replace(/\\r\\n/g, '\\n')) as [string, unknown][];
    expect(received).to.deep.equal(expected);
    expect(received[0]).to.deep.equal(['service', 'passport']);
    const names = received.map(([name]) => name);
    for (const name of [
      'rd',
      'surname',
      'given-name',
      'dob',
      'phone',
      'email',
      'aimag',
      'soum',
      'khoroo',
      'street',
      'photo',
      'appointment',
      'delivery',
      'centre',
      'declaration',
    ]) {
      expect(names, name).to.include(name);
    }
    expect(names, 'the step that does not apply is not sent').not.to.include('delivery-address');
    expect(Object.fromEntries(received)['photo']).to.match(/^upl-/);
  });

  describe('drafts never lose an answer (fuzz)', () => {
    for (let seed = 1; seed <= 24; seed++) {
      it(`random answers and a reload at a random step, seed ${seed}`, async function () {
        this.timeout(30_000);
        const random = seeded(seed);
        const formId = uniqueId(`fuzz-${seed}`);
        let steps = await open(formId);
        const answers = answerSet(random);
        const stopAfter = Math.floor(random() * 8);
        for (let i = 0; i < stopAfter && steps.current < steps.steps.length - 1; i++) {
          await fill(steps, steps.steps[steps.current], answers);
          if (steps.steps[steps.current].optional && random() < 0.5) await steps.skip();
          else await steps.next();
          await settle(container!, 3);
          expect(steps.shadowRoot!.querySelector('ger-error-summary')!.errors, `seed ${seed}: answers are valid`).to.deep.equal([]);
        }
        // Half-way through a step: some of its answers typed, then the tab is closed.
        await fill(steps, steps.steps[steps.current], answers, random);
        await settle(container!, 3);
        const before = snapshot(steps);
        const step = steps.current;

        steps = await open(formId);
        await settle(container!, 3);
        expect(steps.current, `seed ${seed}: the same step`).to.equal(step);
        expect(snapshot(steps), `seed ${seed}: every answer`).to.deep.equal(before);
        expect(steps.shadowRoot!.querySelector('.notice')!.textContent).to.contain('сэргээлээ');
        localStorage.removeItem(DRAFT_PREFIX + formId);
      });
    }
  });
});

function snapshot(steps: GerFormSteps): Record<string, FieldValue> {
  return Object.fromEntries(allFields(steps).map((field) => [field.name, readField(field)]));
}

/** A small seeded generator (mulberry32), so a failing seed can be run again. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Answers = Record<string, FieldValue | File>;

/** Random answers that are all valid: the kind a real person gives, with some awkward text mixed in. */
function answerSet(random: () => number, fixed: Partial<Answers> = {}): Answers {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const digits = (n: number) => Array.from({ length: n }, () => Math.floor(random() * 10)).join('');
  const words = ['Батболд', 'Сарнай', 'Оюун-Эрдэнэ', "O'Connor", 'Мөнх "Ану"', '<b>Дорж</b>', 'Цэцэг 🌸', 'Хүрэлбаатар', 'Ёндон', 'Ää'];
  const text = (n: number) => Array.from({ length: n }, () => pick(words)).join(pick([' ', ', ', '\n']));
  const year = 1930 + Math.floor(random() * 90);
  const month = 1 + Math.floor(random() * 12);
  const day = 1 + Math.floor(random() * 28);
  const two = (n: number) => String(n).padStart(2, '0');
  const division = pick(DIVISIONS);
  const soums = partOptions(division.code, 'mn');
  const delivery = (fixed.delivery as string) ?? pick(['office', 'post']);
  const extension = pick(['jpg', 'jpeg', 'png']);
  return {
    rd: `${pick([...CYRILLIC_LETTERS])}${pick([...CYRILLIC_LETTERS])}${two(year % 100)}${two(year >= 2000 ? month + 20 : month)}${two(day)}${digits(2)}`,
    surname: text(1),
    'given-name': text(1 + Math.floor(random() * 2)),
    dob: `${year}-${two(month)}-${two(day)}`,
    phone: pick(['9', '8']) + digits(7),
    email: random() < 0.5 ? '' : `user${digits(3)}@example.mn`,
    aimag: division.code,
    soum: soums.length ? pick(soums).value : '',
    'soum-other': soums.length ? '' : text(1),
    khoroo: `${1 + Math.floor(random() * 30)}-р хороо`,
    street: text(2 + Math.floor(random() * 3)).slice(0, 190),
    photo: new File([new Uint8Array(1000 + Math.floor(random() * 400_000))], `${text(1).replace(/\W+/g, '') || 'zurag'}.${extension}`, {
      type: extension === 'png' ? 'image/png' : 'image/jpeg',
    }),
    appointment: workingDay(random),
    delivery,
    'delivery-address': text(3),
    centre: pick(['ub-1', 'ub-khan-uul', 'darkhan']),
    notify: ['sms', 'email', 'app'].filter(() => random() < 0.5),
    declaration: 'yes',
    ...fixed,
  };
}

/** A day the service centres are open, within the next two months (the field's `min` is today). */
function workingDay(random: () => number): string {
  const date = new Date();
  date.setDate(date.getDate() + 1 + Math.floor(random() * 60));
  for (;;) {
    const iso = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
    if (date.getDay() % 6 !== 0 && !CENTRES_CLOSED.includes(iso)) return iso;
    date.setDate(date.getDate() + 1);
  }
}

/**
 * Answers a step's questions through each control's public API, firing `change` as a user's
 * edit would (the soum list follows the aimag; the draft is saved). With `random`, only some.
 */
async function fill(steps: GerFormSteps, step: Element, answers: Answers, random?: () => number) {
  for (const control of fieldsIn(step)) {
    if (control.matches(':disabled') || !(control.name in answers)) continue;
    if (random && random() < 0.4) continue;
    const answer = answers[control.name];
    if (answer instanceof File) await (control as unknown as GerFileUpload).choose(answer);
    else writeField(control, answer);
    control.dispatchEvent(new Event('change', { bubbles: true }));
    await settle(steps, 3);
  }
}
