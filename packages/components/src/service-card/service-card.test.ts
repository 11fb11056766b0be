import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import { describeAccessibility } from '../../test/accessibility.js';
import { horizontalOverflow, resetConditions, setLang, setNarrowViewport } from '../../test/viewing-conditions.js';
import { itNeeds, press } from '../../test/engine.js';
import { captureWarnings, computedAccessibility, deepActiveElement, findAccessibilityNode } from '../../test/helpers.js';
import type { GerServiceCard, Service } from './service-card.js';
import './service-card.js';

const part = (el: GerServiceCard, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part="${name}"]`)!;
/** The text a reader gets from a part: nothing when it is not there or not shown. */
const shown = (el: GerServiceCard, name: string) => {
  const element = el.shadowRoot!.querySelector<HTMLElement>(`[part="${name}"]`);
  return !element || getComputedStyle(element).display === 'none' ? null : element.textContent!.replace(/\s+/g, ' ').trim();
};
/** The facts as label → value, only those shown. */
const facts = (el: GerServiceCard) =>
  Object.fromEntries(
    [...el.shadowRoot!.querySelectorAll('dl > div')]
      .filter((div) => getComputedStyle(div).display !== 'none')
      .map((div) => [div.querySelector('dt')!.textContent, div.querySelector('dd')!.textContent]),
  );
const tick = () => new Promise((resolve) => setTimeout(resolve));

const passport: Service = {
  id: 'svc-0018',
  title: { mn: 'Гадаад паспорт захиалах', en: 'Apply for a passport' },
  href: 'https://e-mongolia.mn/services/svc-0018',
  agency: { mn: 'Улсын бүртгэлийн ерөнхий газар', en: 'General Authority for State Registration' },
  description: { mn: 'Гадаад паспорт шинээр авах өргөдлийг цахимаар гаргана.', en: 'Apply online for a new passport.' },
  category: { mn: 'Иргэний үнэмлэх, паспорт', en: 'ID cards and passports' },
  categoryId: 'identity',
  delivery: 'hybrid',
  fee: 100000,
  processingDays: 20,
  status: 'new',
  actionHref: 'https://e-mongolia.mn/services/svc-0018/start',
};

describe('ger-service-card', () => {
  afterEach(resetConditions);

  it('shows every field from attributes, in Mongolian', async () => {
    const el = await fixture<GerServiceCard>(html`<ger-service-card
      heading="Гадаад паспорт захиалах"
      href="/services/passport"
      agency="Улсын бүртгэлийн ерөнхий газар"
      description="Өргөдлийг цахимаар гаргана."
      category="Иргэний үнэмлэх, паспорт"
      delivery="hybrid"
      fee="100000"
      processing-days="20"
      status="new"
      action-href="/services/passport/start"
    ></ger-service-card>`);
    expect(part(el, 'link').getAttribute('href')).to.equal('/services/passport');
    expect(shown(el, 'link')).to.equal('Гадаад паспорт захиалах');
    expect(shown(el, 'agency')).to.equal('Улсын бүртгэлийн ерөнхий газар');
    expect(shown(el, 'description')).to.equal('Өргөдлийг цахимаар гаргана.');
    expect(shown(el, 'status')).to.equal('Шинэ');
    const f = facts(el);
    expect(f['Ангилал']).to.equal('Иргэний үнэмлэх, паспорт');
    expect(f['Үйлчилгээ авах хэлбэр']).to.equal('Цахимаар, нэг удаа биечлэн очно');
    expect(f['Төлбөр']).to.match(/^₮\s?100[\s,.\u00a0\u202f]?000$/);
    expect(f['Шийдвэрлэх хугацаа']).to.equal('20 ажлын өдөр');
    expect(part(el, 'action').getAttribute('href')).to.equal('/services/passport/start');
    expect(shown(el, 'action')).to.equal('Үйлчилгээг эхлүүлэх');
  });

  it('takes a `service` object with texts per language and follows the page language', async () => {
    const el = await fixture<GerServiceCard>(html`<ger-service-card .service=${passport}></ger-service-card>`);
    expect(shown(el, 'link')).to.equal('Гадаад паспорт захиалах');
    setLang('en');
    await tick();
    await el.updateComplete;
    expect(shown(el, 'link')).to.equal('Apply for a passport');
    expect(shown(el, 'agency')).to.equal('General Authority for State Registration');
    expect(shown(el, 'status')).to.equal('New');
    expect(facts(el)).to.deep.include({
      Category: 'ID cards and passports',
      'How to apply': 'Online, plus one visit in person',
      'Processing time': '20 working days',
    });
    expect(facts(el).Fee).to.match(/100,000/);
    expect(shown(el, 'action')).to.equal('Start now');
  });

  it('uses the `service` object instead of the attributes when both are given', async () => {
    const el = await fixture<GerServiceCard>(
      html`<ger-service-card heading="Attribute title" fee="5" .service=${{ title: 'Object title' }}></ger-service-card>`,
    );
    expect(shown(el, 'link')).to.equal('Object title');
    expect(facts(el)).to.deep.equal({});
  });

  it('says free and immediately for 0, and the plural in English', async () => {
    const el = await fixture<GerServiceCard>(html`<ger-service-card heading="Лавлагаа авах" fee="0" processing-days="0" delivery="online"></ger-service-card>`);
    expect(facts(el)).to.deep.equal({ 'Үйлчилгээ авах хэлбэр': 'Бүрэн цахимаар', Төлбөр: 'Үнэгүй', 'Шийдвэрлэх хугацаа': 'Шууд' });
    const one = await fixture<GerServiceCard>(
      html`<div lang="en"><ger-service-card heading="x" processing-days="1" delivery="in-person"></ger-service-card></div>`,
    );
    expect(facts(one.querySelector('ger-service-card')!)).to.deep.equal({ 'How to apply': 'In person only', 'Processing time': '1 working day' });
  });

  it('shows no empty label or box for missing fields', async () => {
    const el = await fixture<GerServiceCard>(html`<ger-service-card heading="Зөвхөн гарчиг"></ger-service-card>`);
    for (const name of ['agency', 'description', 'facts', 'status', 'action']) expect(shown(el, name), name).to.equal(null);
    // Nothing visible is empty.
    const empty = [...el.shadowRoot!.querySelectorAll('*')].filter((node) => (node as HTMLElement).offsetParent !== null && !node.textContent!.trim());
    expect(empty.map((node) => node.outerHTML)).to.deep.equal([]);
  });

  it('renders only what it shows: a title, an agency and a description are five elements', async () => {
    const el = await fixture<GerServiceCard>(
      html`<ger-service-card heading="Гадаад паспорт" href="/passport" agency="УБЕГ" description="Цахимаар гаргана."></ger-service-card>`,
    );
    const elements = [...el.shadowRoot!.querySelectorAll('*')];
    expect(elements.map((element) => element.localName)).to.deep.equal(['div', 'div', 'a', 'p', 'p']);
    expect(elements.filter((element) => getComputedStyle(element).display === 'none')).to.deep.equal([]);
    // A fact, a status and an action come and go with their data.
    el.status = 'new';
    el.fee = 0;
    el.actionHref = '/passport/apply';
    await el.updateComplete;
    expect([shown(el, 'status'), shown(el, 'facts'), shown(el, 'action')]).to.deep.equal(['Шинэ', 'ТөлбөрҮнэгүй', 'Үйлчилгээг эхлүүлэх']);
    el.status = undefined;
    el.fee = undefined;
    await el.updateComplete;
    expect([shown(el, 'status'), shown(el, 'facts'), shown(el, 'action')]).to.deep.equal([null, null, 'Үйлчилгээг эхлүүлэх']);
    expect(el.shadowRoot!.querySelectorAll('*').length).to.equal(6);
  });

  itNeeds(['accessibility snapshot'], 'gives a screen reader no label without a value', async () => {
    await fixture(html`<ger-service-card heading="Татварын өргүй тодорхойлолт" href="/x" fee="0"></ger-service-card>`);
    expect(await findAccessibilityNode((n) => n.name === 'Төлбөр')).to.exist;
    expect(await findAccessibilityNode((n) => n.name === 'Ангилал')).to.equal(undefined);
    expect(await findAccessibilityNode((n) => n.name === 'Шийдвэрлэх хугацаа')).to.equal(undefined);
  });

  it('compact: title, status, agency and the key facts; labels only for screen readers', async () => {
    const el = await fixture<GerServiceCard>(html`<ger-service-card variant="compact" .service=${passport}></ger-service-card>`);
    expect(shown(el, 'description')).to.equal(null);
    expect(shown(el, 'action')).to.equal(null);
    expect(shown(el, 'agency')).to.equal('Улсын бүртгэлийн ерөнхий газар');
    expect(Object.keys(facts(el))).to.deep.equal(['Үйлчилгээ авах хэлбэр', 'Төлбөр', 'Шийдвэрлэх хугацаа']);
    const label = el.shadowRoot!.querySelector('dt')!;
    expect(label.getBoundingClientRect().width).to.be.at.most(1);
    expect(label.textContent).to.equal('Үйлчилгээ авах хэлбэр');
  });

  it('puts the title at the heading level asked for (2 by default), and falls back to 2 with a warning', async () => {
    const el = await fixture<GerServiceCard>(html`<ger-service-card heading="x"></ger-service-card>`);
    expect(part(el, 'heading').getAttribute('role')).to.equal('heading');
    expect(part(el, 'heading').getAttribute('aria-level')).to.equal('2');
    const three = await fixture<GerServiceCard>(html`<ger-service-card heading="x" heading-level="3"></ger-service-card>`);
    expect(part(three, 'heading').getAttribute('aria-level')).to.equal('3');
    let bad!: GerServiceCard;
    const warnings = await captureWarnings(async () => {
      bad = await fixture<GerServiceCard>(html`<ger-service-card heading="x" heading-level="9" variant="huge"></ger-service-card>`);
    });
    expect(part(bad, 'heading').getAttribute('aria-level')).to.equal('2');
    expect(part(bad, 'card').classList.contains('full')).to.be.true;
    expect(warnings.some((w) => w.includes('heading-level="9"'))).to.be.true;
    expect(warnings.some((w) => w.includes('variant="huge"'))).to.be.true;
  });

  itNeeds(['computed accessibility'], 'is read as a heading with a link named by the title only, not the whole card', async () => {
    const el = await fixture<GerServiceCard>(html`<ger-service-card .service=${passport} heading-level="3"></ger-service-card>`);
    expect(computedAccessibility(part(el, 'link'))).to.deep.equal({ role: 'link', name: 'Гадаад паспорт захиалах' });
    expect(computedAccessibility(part(el, 'heading'))).to.deep.equal({ role: 'heading', name: 'Гадаад паспорт захиалах' });
    expect(computedAccessibility(part(el, 'card')).role).to.not.equal('link');
  });

  it('is clickable anywhere under the pointer: the title link covers the card, the call to action stays its own', async () => {
    const el = await fixture<GerServiceCard>(html`<ger-service-card .service=${passport}></ger-service-card>`);
    const centre = (element: HTMLElement) => {
      const box = element.getBoundingClientRect();
      return [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] as [number, number];
    };
    const at = async (element: HTMLElement) => {
      const [x, y] = centre(element);
      await sendMouse({ type: 'move', position: [x, y] });
      return el.shadowRoot!.elementFromPoint(x, y);
    };
    try {
      expect(await at(part(el, 'description'))).to.equal(part(el, 'link'));
      expect(await at(part(el, 'facts'))).to.equal(part(el, 'link'));
      expect(await at(part(el, 'action'))).to.equal(part(el, 'action'));
      // A real click on the description follows the title link.
      const clicks: string[] = [];
      el.shadowRoot!.addEventListener('click', (event) => {
        clicks.push((event.target as HTMLAnchorElement).getAttribute('href') ?? '');
        event.preventDefault();
      });
      await sendMouse({ type: 'click', position: centre(part(el, 'description')) });
      expect(clicks).to.deep.equal([passport.href]);
    } finally {
      await resetMouse();
    }
  });

  it('passes a click that lands on the text before the pointer hovered (right after a scroll) to the title link, with its modifier keys', async () => {
    const el = await fixture<GerServiceCard>(html`<ger-service-card .service=${passport}></ger-service-card>`);
    const followed: MouseEvent[] = [];
    part(el, 'link').addEventListener('click', (event) => {
      followed.push(event);
      event.preventDefault();
    });
    part(el, 'description').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, ctrlKey: true }));
    expect(followed.length).to.equal(1);
    expect(followed[0].ctrlKey, 'a new tab stays a new tab').to.be.true;
    // The call to action is a link of its own; a click that ends a text selection selects.
    part(el, 'action').addEventListener('click', (event) => event.preventDefault());
    part(el, 'action').click();
    const selection = getSelection()!;
    selection.selectAllChildren(part(el, 'description'));
    part(el, 'description').click();
    selection.removeAllRanges();
    expect(followed.length).to.equal(1);
  });

  it('is not clickable as a whole when it has no link', async () => {
    const el = await fixture<GerServiceCard>(html`<ger-service-card heading="Мэдээлэл" description="Тайлбар"></ger-service-card>`);
    expect(part(el, 'link').hasAttribute('href')).to.be.false;
    const box = part(el, 'description').getBoundingClientRect();
    expect(el.shadowRoot!.elementFromPoint(box.left + 2, box.top + 2)).to.equal(part(el, 'description'));
  });

  it('takes Tab on the title, then on the call to action, with a visible focus ring around the card', async () => {
    const wrapper = await fixture(html`<div><button>Өмнөх</button><ger-service-card .service=${passport}></ger-service-card></div>`);
    const el = wrapper.querySelector('ger-service-card')!;
    wrapper.querySelector('button')!.focus();
    await press('Tab');
    expect(deepActiveElement()).to.equal(part(el, 'link'));
    const ring = getComputedStyle(part(el, 'link'), '::after');
    expect(ring.outlineStyle).to.equal('solid');
    expect(parseFloat(ring.outlineWidth)).to.be.at.least(2);
    await press('Tab');
    expect(deepActiveElement()).to.equal(part(el, 'action'));
  });

  it('hides the call to action while the service is temporarily unavailable', async () => {
    const el = await fixture<GerServiceCard>(html`<ger-service-card .service=${{ ...passport, status: 'unavailable' }}></ger-service-card>`);
    expect(shown(el, 'status')).to.equal('Түр ажиллахгүй');
    expect(shown(el, 'action')).to.equal(null);
    expect(el.shadowRoot!.querySelectorAll('a[href]').length, 'only the title is a link').to.equal(1);
  });

  it('colours each status differently, with the text saying what it is', async () => {
    const colours = new Set<string>();
    for (const status of ['new', 'updated', 'unavailable']) {
      const el = await fixture<GerServiceCard>(html`<ger-service-card heading="x" status=${status}></ger-service-card>`);
      colours.add(getComputedStyle(part(el, 'status')).backgroundColor);
      expect(shown(el, 'status')).to.not.be.empty;
    }
    expect(colours.size).to.equal(3);
  });

  describe('with hostile or broken data', () => {
    it('shows markup in any field as text', async () => {
      const markup = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
      const el = await fixture<GerServiceCard>(html`<ger-service-card
        heading=${markup}
        agency=${markup}
        description=${markup}
        category=${markup}
        href="/x"
        action-href="/y"
        action-label=${markup}
      ></ger-service-card>`);
      expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
      expect(shown(el, 'link')).to.equal(markup);
      expect(shown(el, 'agency')).to.equal(markup);
      expect(shown(el, 'action')).to.equal(markup);
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    });

    it('does not make javascript:, data: or other non-http URLs into links, and warns', async () => {
      for (const url of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:x']) {
        let el!: GerServiceCard;
        const warnings = await captureWarnings(async () => {
          el = await fixture<GerServiceCard>(html`<ger-service-card heading="x" href=${url} action-href=${url}></ger-service-card>`);
        });
        expect(el.shadowRoot!.querySelectorAll('[href]').length, `${url}: no link, no action`).to.equal(0);
        expect(shown(el, 'action'), url).to.equal(null);
        expect(warnings.length, url).to.be.at.least(1);
      }
    });

    it('wraps a 500-character word and overflows nothing at 320 px', async () => {
      const word = 'Ү'.repeat(500);
      const wrapper = await fixture<HTMLElement>(html`<div style="inline-size: 320px">
        <ger-service-card heading=${word} agency=${word} description=${word} category=${word} href="/x" fee="1000000000" status="unavailable"></ger-service-card>
      </div>`);
      const el = wrapper.querySelector('ger-service-card')!;
      const card = el.getBoundingClientRect();
      expect(card.width).to.be.at.most(320);
      for (const element of el.shadowRoot!.querySelectorAll<HTMLElement>('*')) {
        expect(element.getBoundingClientRect().right, element.className).to.be.at.most(card.right + 0.5);
      }
      expect(part(el, 'link').getClientRects().length, 'the title wraps onto several lines').to.be.greaterThan(3);
    });

    itNeeds(['viewport'], 'fits a 320 px screen with long data', async () => {
      await setNarrowViewport(320);
      await fixture(html`<ger-service-card heading=${'Урт '.repeat(40)} description=${'x'.repeat(500)} .service=${undefined}></ger-service-card>`);
      expect(horizontalOverflow()).to.equal(0);
    });

    it('renders whatever the service object holds without throwing, leaving out what is broken', async () => {
      const broken = {
        title: 42,
        href: { toString: () => 'javascript:alert(1)' },
        agency: null,
        description: { fr: 'Seulement en français' },
        category: Object.create(null),
        delivery: 'teleport',
        fee: 'abc',
        processingDays: -3,
        status: { evil: true },
        actionHref: 12,
      } as unknown as Service;
      let el!: GerServiceCard;
      const warnings = await captureWarnings(async () => {
        el = await fixture<GerServiceCard>(html`<ger-service-card .service=${broken}></ger-service-card>`);
      });
      expect(shown(el, 'link')).to.equal('42');
      expect(part(el, 'link').hasAttribute('href')).to.be.false;
      expect(shown(el, 'description')).to.equal('Seulement en français');
      expect(shown(el, 'agency')).to.equal(null);
      expect(shown(el, 'status')).to.equal(null);
      expect(facts(el)).to.deep.equal({});
      expect(warnings.length).to.be.at.least(4);
    });

    it('falls back to its attributes when `service` is not an object, and warns when there is no title', async () => {
      let el!: GerServiceCard;
      const warnings = await captureWarnings(async () => {
        el = await fixture<GerServiceCard>(html`<ger-service-card heading="Гарчиг" .service=${'oops' as unknown as Service}></ger-service-card>`);
        await fixture<GerServiceCard>(html`<ger-service-card .service=${{ title: Object.create(null) }}></ger-service-card>`);
      });
      expect(shown(el, 'link')).to.equal('Гарчиг');
      expect(warnings.some((w) => w.includes('no title'))).to.be.true;
    });
  });
});

describeAccessibility(
  'ger-service-card',
  () => html`<section aria-labelledby="cards-heading">
    <h2 id="cards-heading">Үйлчилгээнүүд</h2>
    <ul role="list" style="list-style: none; padding: 0; display: grid; gap: 1rem">
      <li><ger-service-card heading-level="3" .service=${passport}></ger-service-card></li>
      <li>
        <ger-service-card
          heading-level="3"
          variant="compact"
          heading="Татварын өргүй тодорхойлолт авах"
          href="https://e-mongolia.mn/services/svc-0035"
          agency="Татварын ерөнхий газар"
          delivery="online"
          fee="0"
          processing-days="1"
          status="updated"
        ></ger-service-card>
      </li>
      <li>
        <ger-service-card
          heading-level="3"
          heading="Газар өмчлүүлэх хүсэлт гаргах (Дорнод аймаг)"
          href="https://e-mongolia.mn/services/svc-0400"
          agency="Дорнод аймгийн Газар зохион байгуулалтын алба"
          description="Монгол Улсын иргэн Дорнод аймагт гэр бүлийн хэрэгцээний газрыг үнэ төлбөргүй өмчлөх хүсэлт гаргана."
          category="Газар"
          delivery="in-person"
          fee="0"
          processing-days="33"
          status="unavailable"
        ></ger-service-card>
      </li>
    </ul>
  </section>`,
);
