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
};
