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
  assert.match(out, /<button[^>]*class="base focusable action secondary variant-secondary size-medium"/);
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
  // The host is the label box: its variant attribute picks the colours, the shadow root only slots the text.
  assert.match(tag, /<ger-tag\s+variant="success"/);
  assert.match(tag, /<\/style><!--lit-part[^>]*-->(<!--lit-node \d+-->)?<slot\s*><\/slot><!--\/lit-part--><\/template>Шийдвэрлэгдсэн/);
});

test('markup in data renders as text on the server', async () => {
  const out = await ssr(html`<ger-notification-banner heading=${'<script>alert(1)</script>'}></ger-notification-banner>`);
  assert.doesNotMatch(out, /<script>alert/);
  assert.match(out, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
});

test('ger-display-settings and ger-theme-toggle render on the server with the defaults', async () => {
  // The panel's code loads later in the browser (a lazy part never loads on the server): the
  // server renders the button, which says the panel is open; the panel follows on hydration.
  const panel = await ssr(html`<ger-display-settings open></ger-display-settings>`);
  assert.match(panel, /aria-expanded="true"/);
  assert.match(panel, /Дэлгэцийн тохиргоо/);
  assert.doesNotMatch(panel, /<input/);
  const toggle = await ssr(html`<ger-theme-toggle></ger-theme-toggle>`);
  assert.match(toggle, /aria-pressed="false"/);
  assert.match(toggle, /Шөнийн горим/);
});

// --- Forms ---

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

test('an unticked checkbox and an unchosen option render without the attribute (before the script loads, it would tick or choose)', async () => {
  const box = await ssr(html`<ger-checkbox name="agree">Зөвшөөрч байна</ger-checkbox>`);
  assert.doesNotMatch(box, /<input[^>]*\schecked/);
  const ticked = await ssr(html`<ger-checkbox name="agree" checked>Зөвшөөрч байна</ger-checkbox>`);
  assert.match(ticked, /<input[^>]*\schecked/);
  const options = [
    { value: 'orkhon', label: 'Орхон' },
    { value: 'tuv', label: 'Төв' },
    { value: 'uvs', label: 'Увс' },
  ];
  const select = await ssr(html`<ger-select label="Аймаг" value="tuv" .options=${options}></ger-select>`);
  assert.deepEqual(select.match(/<option[^>]*\sselected[^>]*>/g), ['<option value="tuv"  selected>']);
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
  // Until its code loads, the panel is a stand-in: a status that says it is loading (or could not).
  assert.match(closed, /<section id="panel"[^>]*role="status"[^>]*hidden/);
  // The panel's code loads in the browser; on the server an open panel says it is loading.
  const open = await ssr(html`<ger-live-chat open></ger-live-chat>`);
  assert.match(open, /aria-expanded="true"/);
  assert.match(open, /<section id="panel"[^>]*role="status"[^>]*aria-label="Шууд тусламж"/);
  assert.match(open, /Ачаалж байна/);
});

const passport = {
  title: { mn: 'Гадаад паспорт захиалах', en: 'Apply for a passport' },
  href: 'https://e-mongolia.mn/services/svc-0018',
  agency: { mn: 'Улсын бүртгэлийн ерөнхий газар', en: 'General Authority for State Registration' },
  category: { mn: 'Иргэний үнэмлэх, паспорт', en: 'ID cards and passports' },
  categoryId: 'identity',
  delivery: 'hybrid',
  fee: 100000,
  processingDays: 20,
  status: 'new',
};

test('ger-service-card renders from attributes: a heading with the title link, the facts, no empty parts', async () => {
  const out = await ssr(
    html`<ger-service-card heading="Татварын өргүй тодорхойлолт авах" href="/tax" heading-level="3" fee="0" delivery="online"></ger-service-card>`,
  );
  assert.match(out, /role="heading"[^>]*aria-level="3"/);
  assert.match(out, /<a part="link" class="link" href="\/tax">(<!--[^>]*-->)*Татварын өргүй тодорхойлолт авах/);
  assert.match(out, /Үнэгүй/);
  assert.match(out, /Бүрэн цахимаар/);
  // Parts without data are not rendered at all: no status, agency, description or action, and
  // only the two facts given.
  assert.match(out, /class="card full"/);
  for (const part of ['status', 'agency', 'description', 'action']) assert.doesNotMatch(out, new RegExp(`part="${part}"`));
  assert.equal(out.match(/<dt>/g)?.length, 2);
});

test('ger-service-card renders a `service` object in Mongolian, the default language', async () => {
  const out = await ssr(html`<ger-service-card .service=${passport}></ger-service-card>`);
  assert.match(out, /Гадаад паспорт захиалах/);
  assert.match(out, /Улсын бүртгэлийн ерөнхий газар/);
  assert.match(out, /Шинэ/);
  assert.match(out, /₮\s?100,000/);
  assert.match(out, /20 ажлын өдөр/);
  assert.doesNotMatch(out, /Apply for a passport/);
});

test('ger-service-card on the server: markup in data is text, javascript: is not a link', async () => {
  const out = await ssr(
    html`<ger-service-card heading=${'<script>alert(1)</script>'} href="javascript:alert(1)" action-href="javascript:alert(2)"></ger-service-card>`,
  );
  assert.doesNotMatch(out, /<script>alert/);
  assert.match(out, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
  assert.doesNotMatch(out, /<a[^>]*href="javascript/);
  assert.match(out, /<a part="link" class="link" >/);
});

test('ger-service-catalog renders its search form, filters and status region on the server', async () => {
  const out = await ssr(html`<ger-service-catalog sync-url .services=${[passport]} chat-href="/chat"></ger-service-catalog>`);
  assert.match(out, /<form[^>]*role="search"[^>]*aria-label="Үйлчилгээ хайх"/);
  assert.match(out, /<input[^>]*type="search"/);
  assert.match(out, /<select[^>]*name="category"/);
  assert.match(out, /Иргэний үнэмлэх, паспорт/);
  assert.match(out, /role="status"/);
  assert.match(out, /<ul part="results" role="list"\s*><\/ul>/);
});

// Page shell, notices, request tracking and feedback
/** The HTML without Lit's hydration markers, to match what a browser shows. */
const plainHtml = async (template) => (await ssr(template)).replace(/<!--\/?lit-[^>]*-->|<\?>/g, '');
test('ger-header renders its landmarks, home link, menu button, language switch and display settings', async () => {
  const navigation = [
    { label: 'Нүүр', href: '/' },
    { label: 'Үйлчилгээ', href: '/services', current: true },
  ];
  const languages = [
    { code: 'mn', href: '/mn' },
    { code: 'en', href: '/en' },
  ];
  const out = await plainHtml(
    html`<ger-header service-name="e-Mongolia" home-href="javascript:alert(1)" .navigation=${navigation} .languages=${languages}></ger-header>`,
  );
  assert.match(out, /<header part="header"/);
  assert.match(out, /<a part="home"[^>]*href="\/"/);
  assert.match(out, /<nav part="navigation"[^>]*aria-label="Үндсэн цэс"/);
  assert.match(out, /aria-expanded="false"[^>]*aria-controls="menu"/);
  assert.match(out, /aria-current="page"[^>]*><span class="text">Үйлчилгээ</);
  assert.match(out, /<ger-language-switch[\s\S]*hreflang="en"[^>]*lang="en"[\s\S]*English/);
  assert.match(out, /<ger-display-settings[\s\S]*Дэлгэцийн тохиргоо/);
  assert.doesNotMatch(out, /\shref="javascript:/);
});

test('ger-header and ger-footer show the links written in the page through a slot: the server cannot read them', async () => {
  const written = html`<ul>
    <li><a href="/privacy">Нууцлал</a></li>
  </ul>`;
  const header = await plainHtml(html`<ger-header service-name="e-Mongolia">${written}</ger-header>`);
  assert.doesNotMatch(header, /part="navigation"/);
  assert.match(header, /<slot><\/slot>\s*<\/header>/, 'the written links show where the menu will be');
  const footer = await plainHtml(html`<ger-footer>${written}</ger-footer>`);
  assert.match(footer, /<div part="about" class="about\b/);
  assert.doesNotMatch(footer, /class="about read"/, 'not yet read: shown in the small print');
});

test('ger-footer renders help first, the tel: link, the accessibility statement and the agency', async () => {
  const out = await plainHtml(html`<ger-footer email="info@1111.mn" accessibility-href="/accessibility" agency="Засгийн газар"></ger-footer>`);
  assert.match(out, /<footer part="footer"/);
  assert.ok(out.indexOf('part="help"') < out.indexOf('aria-label="Холбоос"'), 'help comes first');
  assert.match(out, /href="tel:1111"/);
  assert.match(out, /href="mailto:info@1111.mn"/);
  assert.match(out, /href="\/accessibility"[^>]*>Хүртээмжийн мэдэгдэл</);
  assert.match(out, /Засгийн газар/);
});

test('ger-breadcrumbs and ger-language-switch render on their own', async () => {
  const crumbs = await plainHtml(html`<ger-breadcrumbs .items=${[{ label: 'Нүүр', href: '/' }, { label: 'Гомдол' }]}></ger-breadcrumbs>`);
  assert.match(crumbs, /<nav aria-label="Хуудасны зам"><ol part="list"/);
  assert.match(crumbs, /<span aria-current="page">Гомдол<\/span>/);
  const languages = await plainHtml(
    html`<ger-language-switch current="en" .languages=${[
      { code: 'mn', href: '/mn' },
      { code: 'en', href: '/en' },
    ]}></ger-language-switch>`,
  );
  assert.match(languages, /<a[^>]*href="\/mn"[^>]*hreflang="mn"[^>]*lang="mn"[\s\S]*Монгол/);
  assert.match(languages, /aria-current="true"/);
});

test('ger-notice-list renders dates in Ulaanbaatar time, the filter and no "new" marker without a stored visit', async () => {
  const notices = [
    { title: 'Журам', date: '2026-02-28T16:00:00Z', category: 'Журам', agency: 'ХЗДХЯ' },
    { title: '<script>alert(1)</script>', date: '2026-03-02', category: 'Шийдвэр' },
  ];
  const out = await plainHtml(html`<ger-notice-list .notices=${notices}></ger-notice-list>`);
  assert.match(out, /<time datetime="2026-02-28T16:00:00.000Z">2026 оны гуравдугаар сарын 1<\/time>/);
  assert.match(out, /<time datetime="2026-03-02">2026 оны гуравдугаар сарын 2<\/time>/);
  assert.match(out, /<legend>Ангиллаар шүүх<\/legend>/);
  assert.match(out, /role="status"[\s\S]*2 мэдэгдэл харагдаж байна/);
  assert.doesNotMatch(out, /class="new"/);
  assert.equal(out.match(/<input[^>]*checked/g)?.length, 1, 'only "all" is checked');
  assert.doesNotMatch(out, /<script>alert/);
});

test('ger-site-alert renders a region named by its heading, with its hide button', async () => {
  const out = await plainHtml(html`<ger-site-alert variant="emergency" heading="Үер" dismissible><p>Голоос хол байна уу.</p></ger-site-alert>`);
  assert.match(out, /<section part="alert" class="alert emergency" aria-labelledby="heading">/);
  assert.match(out, /<h2 part="heading"[^>]*id="heading"/);
  assert.match(out, /Онцгой байдлын мэдээ/);
  assert.match(out, /aria-expanded="true"[^>]*aria-controls="message"[\s\S]*Энэ мэдээг хураах/);
});

test('ger-status-tracker renders the timeline and the days overdue for a given day', async () => {
  const events = [
    { status: 'submitted', date: '2026-02-19T09:12:00+08:00', unit: '1111 төв' },
    { status: 'in-review', date: '2026-02-27', unit: 'НЗДТГ', note: 'Шалгаж байна' },
  ];
  const out = await plainHtml(
    html`<ger-status-tracker reference="EM-2026-004817" deadline="2026-03-20" .now=${'2026-03-25T10:00:00+08:00'} .events=${events}></ger-status-tracker>`,
  );
  assert.match(out, /role="status"[\s\S]*Одоогийн төлөв: Хянаж байна/);
  assert.match(out, /5 хоног хэтэрсэн/);
  assert.match(out, /<time datetime="2026-02-19T01:12:00.000Z">2026 оны хоёрдугаар сарын 19 09:12<\/time>/);
  assert.match(out, /aria-current="step"/);
});

test('ger-request-lookup and ger-feedback render their forms', async () => {
  const lookup = await plainHtml(html`<ger-request-lookup not-found value="EM-2026-999999"></ger-request-lookup>`);
  assert.match(lookup, /<form part="form" role="search" aria-label="Өргөдөл, гомдлын явц шалгах"/);
  assert.match(lookup, /<label class="label" for="reference">/);
  assert.match(lookup, /aria-invalid="true"/);
  assert.match(lookup, /EM-2026-999999 дугаартай өргөдөл, гомдол олдсонгүй/);
  const feedback = await plainHtml(html`<ger-feedback></ger-feedback>`);
  assert.match(feedback, /<form part="form" aria-labelledby="question"\s*>/);
  assert.match(feedback, /aria-pressed="false"[^>]*>\s*Тийм/);
});
