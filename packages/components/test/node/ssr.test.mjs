// Every component renders on the server (@lit-labs/ssr) from the built package, as a site
// rendering pages in Node would use it.
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import assert from 'node:assert/strict';
import { test } from 'node:test';

await import('../../dist/index.js');

const ssr = async (template) => collectResult(render(template));

test('ger-button renders to declarative shadow DOM', async () => {
  const out = await ssr(html`<ger-button variant="secondary">Илгээх</ger-button>`);
  assert.match(out, /<ger-button[^>]*variant="secondary"/);
  assert.match(out, /<template shadowroot="open" shadowrootmode="open"[^>]*>/);
  assert.match(out, /<button[^>]*class="base focusable variant-secondary size-medium"/);
  assert.match(out, /Илгээх/);
});

test('ger-button renders a link with a safe href and refuses javascript:', async () => {
  const safe = await ssr(html`<ger-button href="/services">Үйлчилгээ</ger-button>`);
  assert.match(safe, /<a[^>]*href="\/services"/);
  const hostile = await ssr(html`<ger-button href="javascript:alert(1)">X</ger-button>`);
  assert.doesNotMatch(hostile, /<a[^>]*href="javascript/);
  assert.match(hostile, /<a[^>]*aria-disabled="true"/);
});

test('ger-notification-banner renders its role, heading and Mongolian default heading', async () => {
  const out = await ssr(html`<ger-notification-banner variant="danger" dismissible><p>Алдаа</p></ger-notification-banner>`);
  assert.match(out, /role="alert"/);
  assert.match(out, /role="heading"[^>]*aria-level="2"/);
  assert.match(out, /Анхаар, алдаа гарлаа/);
  assert.match(out, /class="dismiss focusable"/);
});

test('ger-skip-link and ger-tag render', async () => {
  const skip = await ssr(html`<ger-skip-link></ger-skip-link>`);
  assert.match(skip, /href="#main"/);
  assert.match(skip, /Үндсэн агуулга руу шилжих/);
  const tag = await ssr(html`<ger-tag variant="success">Шийдвэрлэгдсэн</ger-tag>`);
  assert.match(tag, /class="tag success"/);
});

test('markup in data renders as text on the server', async () => {
  const out = await ssr(html`<ger-notification-banner heading=${'<script>alert(1)</script>'}></ger-notification-banner>`);
  assert.doesNotMatch(out, /<script>alert/);
  assert.match(out, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
});

test('ger-display-settings and ger-theme-toggle render on the server with the defaults', async () => {
  const panel = await ssr(html`<ger-display-settings open></ger-display-settings>`);
  assert.match(panel, /aria-expanded="true"/);
  assert.match(panel, /Текстийн хэмжээ/);
  assert.match(panel, /<input[^>]*name="textSize"/);
  const toggle = await ssr(html`<ger-theme-toggle></ger-theme-toggle>`);
  assert.match(toggle, /aria-pressed="false"/);
  assert.match(toggle, /Шөнийн горим/);
});

// --- Forms (issue 5) ---

test('form controls render their label, hint, marker and control on the server', async () => {
  const text = await ssr(html`<ger-text-field name="surname" label="Овог" hint="Иргэний үнэмлэхэд бичигдсэнээр" required value="Бат"></ger-text-field>`);
  assert.match(text, /<label[^>]*for="control"[^>]*>/);
  assert.match(text, /Овог/);
  assert.match(text, /\(заавал\)/);
  assert.match(text, /Иргэний үнэмлэхэд бичигдсэнээр/);
  assert.match(text, /<input[^>]*id="control"/);
  const area = await ssr(html`<ger-textarea label="Тайлбар" maxlength="100"></ger-textarea>`);
  assert.match(area, /<textarea/);
  // The character count loads in the browser; nothing on the page points at it before.
  assert.doesNotMatch(area, /aria-describedby="count"/);
  const select = await ssr(html`<ger-select label="Аймаг" .options=${[{ value: 'orkhon', label: 'Орхон' }]}></ger-select>`);
  assert.match(select, /<select/);
  assert.match(select, /Сонгоно уу/);
  assert.match(select, /Орхон/);
});

test('choices render on the server: checkbox, checkbox group, radio group', async () => {
  const box = await ssr(html`<ger-checkbox name="agree" required>Зөвшөөрч байна</ger-checkbox>`);
  assert.match(box, /<input[^>]*type="checkbox"/);
  const group = await ssr(html`<ger-checkbox-group label="Бичиг баримт"><ger-checkbox value="id">Иргэний үнэмлэх</ger-checkbox></ger-checkbox-group>`);
  assert.match(group, /<fieldset/);
  assert.match(group, /<legend[^>]*>/);
  const radios = await ssr(html`<ger-radio-group label="Хүргэлт" required><ger-radio value="post">Шуудангаар</ger-radio></ger-radio-group>`);
  assert.match(radios, /role="radiogroup"/);
  assert.match(radios, /aria-required="true"/);
  assert.match(radios, /class="circle/);
});

test('date, registration number and file upload render on the server', async () => {
  const date = await ssr(html`<ger-date-input label="Төрсөн огноо" value="1985-03-07"></ger-date-input>`);
  assert.match(date, /Он[\s\S]*Сар[\s\S]*Өдөр/);
  assert.match(date, /id="year"/);
  const rd = await ssr(html`<ger-registration-number label="Регистрийн дугаар" value="ub99112233"></ger-registration-number>`);
  assert.match(rd, /autocapitalize="characters"/);
  const file = await ssr(html`<ger-file-upload label="Цээж зураг" accept=".jpg"></ger-file-upload>`);
  assert.match(file, /Файл сонгох/);
  assert.match(file, /эсвэл файлаа энд чирж оруулна уу/);
});

test('an error given by the server shows at once, escaped', async () => {
  const out = await ssr(html`<ger-text-field label="Имэйл" error=${'<b>Бүртгэлтэй</b> хаяг'}></ger-text-field>`);
  assert.match(out, /part="error"/);
  assert.match(out, /&lt;b&gt;Бүртгэлтэй&lt;\/b&gt; хаяг/);
  assert.match(out, /aria-invalid="true"/);
});

test('error summary, form steps, form step and check answers render on the server', async () => {
  const summary = await ssr(html`<ger-error-summary .errors=${[{ message: 'Нэр: Энэ талбарыг бөглөнө үү.' }]}></ger-error-summary>`);
  assert.match(summary, /role="alert"/);
  assert.match(summary, /Анхаар, алдаа гарлаа/);
  assert.match(summary, /Нэр: Энэ талбарыг бөглөнө үү\./);
  const steps = await ssr(html`<ger-form-steps form-id="passport">
    <ger-form-step heading="Хувийн мэдээлэл"><ger-text-field name="n" label="Нэр"></ger-text-field></ger-form-step>
    <ger-form-step heading="Хариултаа шалгах"><ger-check-answers></ger-check-answers></ger-form-step>
  </ger-form-steps>`);
  assert.match(steps, /<ger-form-steps/);
  assert.match(steps, /<ger-form-step[^>]*heading="Хувийн мэдээлэл"/);
  assert.match(steps, /<ger-check-answers/);
});

test('ger-live-chat renders its launcher and panel without connecting anywhere', async () => {
  const closed = await ssr(html`<ger-live-chat server="wss://chat.example.mn/chat"></ger-live-chat>`);
  assert.match(closed, /<button[^>]*class="launcher focusable[^"]*"[^>]*aria-expanded="false"/);
  assert.match(closed, /Тусламж/);
  assert.match(closed, /role="dialog"[^>]*hidden/);
  // The panel's code loads in the browser; on the server an open panel says it is loading.
  const open = await ssr(html`<ger-live-chat open></ger-live-chat>`);
  assert.match(open, /aria-expanded="true"/);
  assert.match(open, /<section id="panel"[^>]*role="dialog"[^>]*aria-label="Шууд тусламж"/);
  assert.match(open, /Ачаалж байна/);
});
