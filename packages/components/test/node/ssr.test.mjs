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
  const out = await ssr(html`<ger-service-card heading="Татварын өргүй тодорхойлолт авах" href="/tax" heading-level="3" fee="0" delivery="online"></ger-service-card>`);
  assert.match(out, /role="heading"[^>]*aria-level="3"/);
  assert.match(out, /<a part="link" class="link" href="\/tax">(<!--[^>]*-->)*Татварын өргүй тодорхойлолт авах/);
  assert.match(out, /Үнэгүй/);
  assert.match(out, /Бүрэн цахимаар/);
  assert.match(out, /class="card full no-status no-agency no-description no-action no-fact-0 no-fact-3"/);
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
  const out = await ssr(html`<ger-service-card heading=${'<script>alert(1)</script>'} href="javascript:alert(1)" action-href="javascript:alert(2)"></ger-service-card>`);
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
  assert.match(out, /<ul part="results" role="list"><\/ul>/);
});
