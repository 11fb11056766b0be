// The server-rendered page of the hydration test (hydration.test.ts): each fixture is rendered
// in Node by @lit-labs/ssr (scripts/wtr-ssr-plugin.mjs). Every component under test has an id.
// Data comes as attributes only: a property set on the server does not reach the browser.
import { html } from 'lit';

export const fixtures = {
  button: html`<form id="button-form"><ger-button id="button" type="submit" name="action" value="send">Илгээх</ger-button></form>`,
  link: html`<ger-button id="link" href="/services" variant="secondary">Үйлчилгээ</ger-button>`,
  tag: html`<ger-tag id="tag" variant="success">Шийдвэрлэгдсэн</ger-tag>`,
  banner: html`<ger-notification-banner id="banner" variant="success" dismissible><p>Таны өргөдлийг хүлээн авлаа.</p></ger-notification-banner>`,
  textField: html`<form id="text-form"><ger-text-field id="text-field" name="surname" label="Овог" value="Бат" required></ger-text-field></form>`,
  checkbox: html`<form id="checkbox-form"><ger-checkbox id="checkbox" name="agree" value="yes">Зөвшөөрч байна</ger-checkbox></form>`,
  radioGroup: html`<form id="radio-form">
    <ger-radio-group id="radio-group" name="delivery" label="Хүргэлт" value="post">
      <ger-radio value="post">Шуудангаар</ger-radio>
      <ger-radio value="office">Төрийн үйлчилгээний төвөөс</ger-radio>
    </ger-radio-group>
  </form>`,
  datePicker: html`<form id="date-picker-form">
    <ger-date-input id="date-picker" name="appointment" label="Цаг авах өдөр" picker min="2026-01-01" unavailable="saturday sunday" value="2026-03-18"></ger-date-input>
  </form>`,
  displaySettings: html`<ger-display-settings id="display-settings" open></ger-display-settings>`,
  themeToggle: html`<ger-theme-toggle id="theme-toggle"></ger-theme-toggle>`,
  serviceCard: html`<ger-service-card
    id="service-card"
    heading="Гадаад паспорт захиалах"
    href="/services/passport"
    heading-level="3"
    agency="Улсын бүртгэлийн ерөнхий газар"
    delivery="hybrid"
    fee="100000"
    processing-days="20"
    status="new"
  ></ger-service-card>`,
  // Rows from children, which the server cannot read: it renders none, the browser all.
  summaryListChildren: html`<ger-summary-list id="summary-list-children" heading="Холбоо барих">
    <div data-key="Утас" data-href="#phone">99112233</div>
    <div data-key="И-мэйл">bold@example.mn</div>
  </ger-summary-list>`,
  // Steps are children too: the server renders the form's fields, the browser one step at a time.
  formSteps: html`<form id="form-steps-form">
    <ger-form-steps id="form-steps">
      <ger-form-step heading="Хувийн мэдээлэл"><ger-text-field name="name" label="Нэр"></ger-text-field></ger-form-step>
      <ger-form-step heading="Холбоо барих"><ger-text-field name="phone" label="Утас"></ger-text-field></ger-form-step>
    </ger-form-steps>
  </form>`,
  summaryList: html`<ger-summary-list
    id="summary-list"
    heading="Хувийн мэдээлэл"
    variant="card"
    rows='[{"key":"Нэр","value":"Болд","actions":[{"href":"#name"}]},{"key":"Хот","value":"Дархан"}]'
  ></ger-summary-list>`,
  panel: html`<ger-panel id="panel" heading="Өргөдөл хүлээн авлаа" reference="ПА-2026-000123" no-focus><p>Бид 5 ажлын өдөрт шалгана.</p></ger-panel>`,
  taskList: html`<ger-task-list
    id="task-list"
    tasks='[{"label":"Хувийн мэдээлэл","href":"#personal","status":"completed"},{"label":"Төлбөр","status":"cannot-start","hint":"Эхлээд хаягаа бөглөнө үү"}]'
  ></ger-task-list>`,
  // Before its script runs, every section is readable; after, the sections take the accordion's level.
  accordion: html`<ger-accordion id="accordion" heading-level="3">
    <ger-accordion-section id="accordion-fees" heading="Төлбөр">Улсын тэмдэгтийн хураамж 100,000 ₮.</ger-accordion-section>
    <ger-accordion-section heading="Хугацаа" open>Ажлын 20 хоног.</ger-accordion-section>
  </ger-accordion>`,
  details: html`<ger-details id="details" summary="Регистрийн дугаараа хаанаас олох вэ">Иргэний үнэмлэхний нүүрэн талд.</ger-details>`,
  // Headed sections on the server; tabs once the script measures the room.
  tabs: html`<ger-tabs id="tabs" heading-level="3">
    <ger-tab-panel id="tab-passport" label="Паспорт">100,000 ₮</ger-tab-panel>
    <ger-tab-panel id="tab-id-card" label="Иргэний үнэмлэх">5,000 ₮</ger-tab-panel>
  </ger-tabs>`,
  dialog: html`<ger-dialog id="dialog" heading="Өргөдлөө цуцлах уу?" confirm-label="Цуцлах"><p>Таны бөглөсөн мэдээлэл устана.</p></ger-dialog>`,
  consentBanner: html`<ger-consent-banner id="consent-banner" details-href="/cookies" policy-version="2025-1"></ger-consent-banner>`,
  insetText: html`<ger-inset-text id="inset-text"><p>Шийдвэр ажлын 10 өдөрт гарна.</p></ger-inset-text>`,
  warningText: html`<ger-warning-text id="warning-text">Хугацаа хэтэрвэл торгууль ногдоно.</ger-warning-text>`,
  backLink: html`<ger-back-link id="back-link" href="/services"></ger-back-link>`,
  sideNav: html`<ger-side-nav id="side-nav" heading="Бичиг баримт">
    <ul>
      <li><a href="/passport">Паспорт</a></li>
      <li><a href="/id-card" aria-current="page">Иргэний үнэмлэх</a></li>
    </ul>
  </ger-side-nav>`,
  passwordInput: html`<form id="password-form"><ger-password-input id="password-input" name="password" label="Нууц үг" minlength="8"></ger-password-input></form>`,
  table: html`<ger-table id="table" sortable>
    <table>
      <caption>Хураамж</caption>
      <thead><tr><th>Үйлчилгээ</th><th data-type="number">Хураамж</th></tr></thead>
      <tbody><tr><th>Иргэний үнэмлэх</th><td>3 000₮</td></tr></tbody>
    </table>
  </ger-table>`,
  pagination: html`<ger-pagination id="pagination" page="2" pages="5" href-pattern="?page={page}"></ger-pagination>`,
  combobox: html`<form id="combobox-form">
    <ger-combobox id="combobox" name="aimag" label="Аймаг" value="bulgan" restrict>
      <option value="arkhangai">Архангай</option>
      <option value="bulgan">Булган</option>
      <option value="khovsgol">Хөвсгөл</option>
    </ger-combobox>
  </form>`,
  // The server cannot see the page's own settings entry: it writes the default behind it. Nor can
  // it read the menu's written links: it shows them through a slot until the script reads them.
  header: html`<ger-header id="header" service-name="e-Mongolia"
    ><ger-theme-toggle slot="settings"></ger-theme-toggle>
    <ul>
      <li><a href="/">Нүүр</a></li>
      <li><a href="/services" aria-current="page">Үйлчилгээ</a></li>
    </ul></ger-header
  >`,
  // The whole footer written in the page: the server shows it as small print until the script
  // reads its links (those it shows from its attributes once, not twice).
  footer: html`<ger-footer id="footer" accessibility-href="/accessibility">
    <ul>
      <li><a href="tel:1111">1111</a></li>
      <li><a href="/accessibility">Хүртээмжийн мэдэгдэл</a></li>
      <li><a href="/privacy">Нууцлалын бодлого</a></li>
    </ul>
    <p>© 2026</p>
  </ger-footer>`,
};
