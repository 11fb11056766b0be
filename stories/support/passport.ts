/**
 * The passport application example: a whole procedure on Ger's form components. Shared by the
 * Storybook example (stories/passport-application.stories.ts) and its tests (keyboard-only flow,
 * axe at every step, the draft fuzz test, native posting).
 */
import { html } from 'lit';
import '../../packages/components/src/check-answers/check-answers.js';
import '../../packages/components/src/checkbox/checkbox.js';
import '../../packages/components/src/checkbox-group/checkbox-group.js';
import type { GerCombobox } from '../../packages/components/src/combobox/combobox.js';
import '../../packages/components/src/combobox/combobox.js';
import '../../packages/components/src/date-input/date-input.js';
import type { GerDateInput } from '../../packages/components/src/date-input/date-input.js';
import type { Uploader } from '../../packages/components/src/file-upload/file-upload.js';
import '../../packages/components/src/file-upload/file-upload.js';
import '../../packages/components/src/form-steps/form-steps.js';
import type { GerFormSteps } from '../../packages/components/src/form-steps/form-steps.js';
import '../../packages/components/src/panel/panel.js';
import type { GerPanel } from '../../packages/components/src/panel/panel.js';
import '../../packages/components/src/radio-group/radio-group.js';
import type { GerRegistrationNumber } from '../../packages/components/src/registration-number/registration-number.js';
import '../../packages/components/src/registration-number/registration-number.js';
import '../../packages/components/src/select/select.js';
import type { GerTextField } from '../../packages/components/src/text-field/text-field.js';
import '../../packages/components/src/text-field/text-field.js';
import '../../packages/components/src/textarea/textarea.js';
import { divisionOptions, partOptions } from './mongolia.js';
import { pageLang, t } from './page.js';

export interface PassportArgs {
  /** Names the draft in localStorage. */
  formId: string;
  /** How long the simulated photo upload takes, in milliseconds. */
  uploadMs: number;
}

/** Stands in for the server: reports progress in five steps, then returns a reference. */
export function simulatedUpload(ms: number): Uploader {
  return (file, progress, signal) =>
    new Promise((resolve, reject) => {
      const reference = `upl-${file.size.toString(36)}-${file.name.length}`;
      if (ms <= 0) {
        progress(1);
        resolve(reference);
        return;
      }
      let done = 0;
      const timer = setInterval(() => {
        done += 0.2;
        progress(done);
        if (done < 0.99) return;
        clearInterval(timer);
        resolve(reference);
      }, ms / 5);
      signal.addEventListener('abort', () => {
        clearInterval(timer);
        reject(new DOMException('Upload stopped', 'AbortError'));
      });
    });
}

/**
 * The days the service centres are closed, as data: weekends and Mongolia's public holidays on
 * fixed dates (New Year, 8 March, Children's Day, Naadam, Independence Day, Freedom Day) in 2026 and 2027.
 */
export const CENTRES_CLOSED = [
  'saturday',
  'sunday',
  ...['2026', '2027'].flatMap((year) =>
    ['01-01', '03-08', '06-01', '07-11', '07-12', '07-13', '07-14', '07-15', '11-26', '12-29'].map((day) => `${year}-${day}`),
  ),
];

/** The soums or districts of the chosen aimag; a text field where the example has no list. */
function aimagChanged(event: Event) {
  const aimag = event.currentTarget as GerCombobox;
  const step = aimag.closest('ger-form-step')!;
  const soum = step.querySelector<GerCombobox>('ger-combobox[name="soum"]')!;
  const other = step.querySelector<GerTextField>('ger-text-field[name="soum-other"]')!;
  const options = partOptions(aimag.value, pageLang());
  soum.options = options;
  // A disabled field is neither checked nor sent: only the one shown counts.
  const listed = options.length > 0 || !aimag.value;
  soum.disabled = soum.hidden = !listed;
  other.disabled = other.hidden = listed;
}

/** A valid registration number fills in an empty date of birth. */
function registrationChanged(event: Event) {
  const number = event.currentTarget as GerRegistrationNumber;
  const birth = number.closest('ger-form-step')!.querySelector<GerDateInput>('ger-date-input')!;
  if (number.birthDate && !birth.value) birth.value = number.birthDate;
}

/** Shows the confirmation with a reference number in place of the form; its panel takes focus as it appears. */
function submitted(event: Event) {
  const steps = event.currentTarget as GerFormSteps;
  const confirmation = steps.closest('.passport')!.querySelector<HTMLElement>('.confirmation')!;
  const year = new Date().getFullYear();
  const number = String(Math.floor(Math.random() * 1e6)).padStart(6, '0');
  confirmation.querySelector<GerPanel>('ger-panel')!.reference = `ПА-${year}-${number}`;
  steps.hidden = true;
  confirmation.hidden = false;
}

export function passportApplication({ formId, uploadMs }: PassportArgs) {
  const lang = pageLang();
  return html`<div class="ger-demo passport">
    <ger-form-steps form-id=${formId} submit-label=${t('Өргөдөл илгээх', 'Send application')} @ger-submit=${submitted}>
      <ger-form-step heading=${t('Хувийн мэдээлэл', 'Personal details')}>
        <ger-registration-number
          id="rd"
          name="rd"
          label=${t('Регистрийн дугаар', 'Registration number')}
          hint=${t('2 үсэг, 8 цифр, жишээ нь: УБ99112233. Латин үсгээр бичиж болно.', '2 letters and 8 digits, like УБ99112233. You can type it in Latin letters.')}
          required
          @change=${registrationChanged}
        ></ger-registration-number>
        <ger-text-field id="surname" name="surname" label=${t('Эцэг/эхийн нэр', 'Surname')} autocomplete="family-name" required></ger-text-field>
        <ger-text-field id="given-name" name="given-name" label=${t('Нэр', 'Given name')} autocomplete="given-name" required></ger-text-field>
        <ger-date-input id="dob" name="dob" label=${t('Төрсөн огноо', 'Date of birth')} autocomplete="bday" max="today" required></ger-date-input>
      </ger-form-step>

      <ger-form-step heading=${t('Холбоо барих', 'Contact details')}>
        <ger-text-field
          id="phone"
          name="phone"
          type="tel"
          label=${t('Гар утасны дугаар', 'Mobile phone number')}
          hint=${t('Өргөдлийн явцыг SMS-ээр мэдэгдэнэ', 'We text you about your application')}
          width="10"
          required
        ></ger-text-field>
        <ger-text-field id="email" name="email" type="email" label=${t('Имэйл хаяг', 'Email address')} optional></ger-text-field>
      </ger-form-step>

      <ger-form-step heading=${t('Оршин суугаа хаяг', 'Home address')}>
        <ger-combobox
          id="aimag"
          name="aimag"
          label=${t('Аймаг, нийслэл', 'Province or capital')}
          .options=${divisionOptions(lang)}
          restrict
          required
          @change=${aimagChanged}
        ></ger-combobox>
        <ger-combobox id="soum" name="soum" label=${t('Сум, дүүрэг', 'Soum or district')} restrict required></ger-combobox>
        <ger-text-field id="soum-other" name="soum-other" label=${t('Сум, дүүрэг', 'Soum or district')} required disabled hidden></ger-text-field>
        <ger-text-field id="khoroo" name="khoroo" label=${t('Баг, хороо', 'Bag or khoroo')} width="10" required></ger-text-field>
        <ger-textarea
          id="street"
          name="street"
          label=${t('Гудамж, байр, тоот', 'Street, building, flat')}
          rows="2"
          maxlength="200"
          autocomplete="street-address"
          required
        ></ger-textarea>
      </ger-form-step>

      <ger-form-step heading=${t('Цээж зураг', 'Photo')}>
        <ger-file-upload
          id="photo"
          name="photo"
          label=${t('Цээж зураг', 'Photo of your face')}
          hint=${t('Цагаан дэвсгэртэй, сүүлийн 6 сард авахуулсан. JPG эсвэл PNG, 5 MB хүртэл.', 'On a white background, taken in the last 6 months. JPG or PNG, up to 5 MB.')}
          accept=".jpg,.jpeg,.png"
          max-size="5000000"
          .uploader=${simulatedUpload(uploadMs)}
          required
        ></ger-file-upload>
      </ger-form-step>

      <ger-form-step heading=${t('Цаг захиалга', 'Appointment')}>
        <ger-date-input
          id="appointment"
          name="appointment"
          label=${t('Хурууны хээ өгөхөөр ирэх өдөр', 'Day to come in to give your fingerprints')}
          hint=${t('Үйлчилгээний төвүүд ажлын өдөр ажиллана. Жишээ нь: 2026 3 18', 'Service centres are open on working days. For example: 2026 3 18')}
          picker
          min="today"
          .unavailable=${CENTRES_CLOSED}
          required
        ></ger-date-input>
      </ger-form-step>

      <ger-form-step heading=${t('Хүргэлт', 'Delivery')}>
        <ger-radio-group id="delivery" name="delivery" label=${t('Паспортоо хэрхэн авах вэ?', 'How do you want to get your passport?')} required>
          <ger-radio value="office">${t('Үйлчилгээний төвөөс очиж авна', 'Collect it from a service centre')}</ger-radio>
          <ger-radio value="post">${t('Шуудангаар хүргүүлнэ (5000₮)', 'Send it by post (₮5,000)')}</ger-radio>
        </ger-radio-group>
      </ger-form-step>

      <ger-form-step heading=${t('Хүргэлтийн хаяг', 'Delivery address')} when="delivery=post">
        <ger-textarea
          id="delivery-address"
          name="delivery-address"
          label=${t('Паспорт хүргэх хаяг', 'Address to send the passport to')}
          hint=${t('Аймаг, сум/дүүрэг, баг/хороо, гудамж, байр, тоот', 'Province, soum or district, bag or khoroo, street, building, flat')}
          rows="3"
          required
        ></ger-textarea>
      </ger-form-step>

      <ger-form-step heading=${t('Үйлчилгээний төв', 'Service centre')} when="delivery=office">
        <ger-select id="centre" name="centre" label=${t('Аль төвөөс авах вэ?', 'Which centre will you collect it from?')} required>
          <option value="ub-1">${t('Улаанбаатар, Иргэний бүртгэлийн ерөнхий газар', 'Ulaanbaatar, General Authority for State Registration')}</option>
          <option value="ub-khan-uul">${t('Хан-Уул дүүргийн ТҮЦ', 'Khan-Uul district service centre')}</option>
          <option value="darkhan">${t('Дархан-Уул аймгийн ТҮЦ', 'Darkhan-Uul province service centre')}</option>
        </ger-select>
      </ger-form-step>

      <ger-form-step heading=${t('Мэдэгдэл', 'Updates')} optional>
        <ger-checkbox-group id="notify" name="notify" label=${t('Өргөдлийн явцыг хэрхэн мэдэх вэ?', 'How should we tell you about your application?')}>
          <ger-checkbox value="sms">SMS</ger-checkbox>
          <ger-checkbox value="email">${t('Имэйл', 'Email')}</ger-checkbox>
          <ger-checkbox value="app">${t('e-Mongolia аппликейшн', 'The e-Mongolia app')}</ger-checkbox>
        </ger-checkbox-group>
      </ger-form-step>

      <ger-form-step heading=${t('Хариултаа шалгах', 'Check your answers')}>
        <ger-check-answers></ger-check-answers>
        <ger-checkbox id="declaration" name="declaration" value="yes" required
          >${t('Миний өгсөн мэдээлэл үнэн зөв болохыг баталж байна.', 'I confirm that the information I have given is correct.')}</ger-checkbox
        >
      </ger-form-step>
    </ger-form-steps>

    <section class="confirmation" hidden>
      <ger-panel heading-level="2" heading=${t('Өргөдөл хүлээн авлаа', 'Application received')}>
        <h3>${t('Цаашид юу болох вэ?', 'What happens next')}</h3>
        <ol>
          <li>${t('Бид өргөдлийг 5 ажлын өдөрт шалгаж, SMS-ээр мэдэгдэнэ.', 'We check your application within 5 working days and text you.')}</li>
          <li>${t('Паспорт бэлэн болмогц таны сонгосон аргаар хүлээлгэн өгнө.', 'When your passport is ready, you get it the way you chose.')}</li>
          <li>
            ${t('Асуух зүйл байвал ', 'If you have a question, call ')}<a href="tel:1111">1111</a>${t(' дугаарт холбогдоно уу.', '.')}
          </li>
        </ol>
      </ger-panel>
    </section>
  </div>`;
}
