import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { describeAccessibility } from '../../test/accessibility.js';
import { resetConditions } from '../../test/viewing-conditions.js';
import { itNeeds, press } from '../../test/engine.js';
import { captureWarnings, computedAccessibility, deepActiveElement } from '../../test/helpers.js';
import { expectNoInjection, LONG_WORD, MARKUP, overflowing, SCRIPT_URL } from '../../test/hostile.js';
import type { GerFooter } from './footer.js';
import './footer.js';

const part = (el: GerFooter, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part="${name}"]`)!;
const hrefs = (root: Element) => [...root.querySelectorAll('a')].map((a) => a.getAttribute('href'));

/** The help block's entries, in order, by what they are. */
function helpOrder(el: GerFooter): string[] {
  return [...part(el, 'help').querySelectorAll('li')].map((li) => {
    const href = li.querySelector('a')?.getAttribute('href') ?? '';
    return href.startsWith('tel:') ? 'hotline' : href.startsWith('mailto:') ? 'email' : li.textContent!.includes('чат') ? 'chat' : 'contact';
  });
}

describe('ger-footer', () => {
  afterEach(resetConditions);

  it('puts the 1111 hotline first, as a tel: link, then email, live chat and other contacts', async () => {
    const el = await fixture<GerFooter>(html`<ger-footer email="info@1111.mn" chat-href="/chat" contact-href="/contact"></ger-footer>`);
    const hotline = part(el, 'hotline') as HTMLAnchorElement;
    expect(hotline.getAttribute('href')).to.equal('tel:1111');
    expect(hotline.textContent!.trim()).to.equal('1111');
    expect(part(el, 'help').querySelector('h2')!.textContent).to.equal('Тусламж авах');
    expect(helpOrder(el)).to.deep.equal(['hotline', 'email', 'chat', 'contact']);
    expect(hrefs(part(el, 'help'))).to.deep.equal(['tel:1111', 'mailto:info@1111.mn', '/chat', '/contact']);
  });

  it('keeps help in the same place and order on every page, whatever each page gives (WCAG 3.2.6)', async () => {
    const pageA = await fixture<GerFooter>(
      html`<ger-footer contact-href="/contact" chat-href="/chat" email="info@1111.mn" accessibility-href="/a11y" agency="Засгийн газар"></ger-footer>`,
    );
    const pageB = await fixture<GerFooter>(
      html`<ger-footer agency="Засгийн газар" .links=${[{ label: 'Нууцлал', href: '/privacy' }]} chat-href="/chat" hotline="1111" email="info@1111.mn" contact-href="/contact"></ger-footer>`,
    );
    expect(helpOrder(pageA)).to.deep.equal(helpOrder(pageB));
    for (const el of [pageA, pageB]) {
      const sections = [...el.shadowRoot!.querySelector('.inner')!.children].map((child) => child.getAttribute('part'));
      expect(sections[0], 'help comes first').to.equal('help');
    }
  });

  it('lists the accessibility statement first among the links, then the given links, and names the agency', async () => {
    const el = await fixture<GerFooter>(
      html`<ger-footer accessibility-href="/accessibility" agency="Засгийн газрын Хэрэг эрхлэх газар" agency-href="https://cabinet.gov.mn" .links=${[{ label: 'Нууцлалын бодлого', href: '/privacy' }]}
        ><p>© 2026</p></ger-footer
      >`,
    );
    const links = [...part(el, 'links').querySelectorAll('a')].map((a) => [a.textContent!.trim(), a.getAttribute('href')]);
    expect(links).to.deep.equal([
      ['Хүртээмжийн мэдэгдэл', '/accessibility'],
      ['Нууцлалын бодлого', '/privacy'],
    ]);
    expect(part(el, 'about').textContent!.replace(/\s+/g, ' ').trim()).to.equal('Хариуцсан байгууллага Засгийн газрын Хэрэг эрхлэх газар');
    expect(part(el, 'about').querySelector('a')!.getAttribute('href')).to.equal('https://cabinet.gov.mn');
    expect((el.shadowRoot!.querySelector('slot:not([name])') as HTMLSlotElement).assignedElements()[0].textContent).to.equal('© 2026');
  });

  it('takes its links from the footer written inside it, leaves out what it shows from its attributes, and shows the written list no more', async () => {
    // The whole footer as a page writes it to be read before (or without) the script.
    const el = await fixture<GerFooter>(html`<ger-footer
      email="info@1111.mn"
      chat-href="/chat"
      contact-href="/contact"
      accessibility-href="/accessibility"
      agency="Засгийн газар"
      agency-href="/"
    >
      <ul>
        <li><a href="tel:1111">1111</a></li>
        <li><a href="mailto:info@1111.mn">info@1111.mn</a></li>
        <li><a href="/chat">Шууд чат</a></li>
        <li><a href="/contact">Холбоо барих</a></li>
        <li><a href="/accessibility">Хүртээмжийн мэдэгдэл</a></li>
        <li><a href="/privacy">Нууцлалын бодлого</a></li>
        <li><a href="/">Засгийн газар</a></li>
      </ul>
      <p>© 2026</p>
    </ger-footer>`);
    const links = () => [...part(el, 'links').querySelectorAll('a')].map((a) => [a.textContent!.trim(), a.getAttribute('href')]);
    expect(links()).to.deep.equal([
      ['Хүртээмжийн мэдэгдэл', '/accessibility'],
      ['Нууцлалын бодлого', '/privacy'],
    ]);
    expect(hrefs(el.shadowRoot!.querySelector('footer')!), 'each once').to.deep.equal([
      'tel:1111',
      'mailto:info@1111.mn',
      '/chat',
      '/contact',
      '/accessibility',
      '/privacy',
      '/',
    ]);
    expect(el.querySelector('ul')!.getBoundingClientRect().height, 'the written list is not small print').to.equal(0);
    expect(el.querySelector('p')!.getBoundingClientRect().height, 'the small print is').to.be.above(0);
    // A page that switches language in place rewrites the links' text.
    el.querySelector('a[href="/privacy"]')!.textContent = 'Privacy policy';
    await waitUntil(() => links()[1][0] === 'Privacy policy', 'the links follow the written ones');
    // Data wins over the written links.
    el.links = [{ label: 'Нээлттэй мэдээлэл', href: '/open-data' }];
    await el.updateComplete;
    expect(links().map(([, href]) => href)).to.deep.equal(['/accessibility', '/open-data']);
  });

  it('speaks the page language', async () => {
    const el = await fixture<GerFooter>(html`<ger-footer lang="en" accessibility-href="/a11y" agency="Cabinet Secretariat"></ger-footer>`);
    expect(part(el, 'help').querySelector('h2')!.textContent).to.equal('Get help');
    expect(part(el, 'links').textContent!.trim()).to.equal('Accessibility statement');
  });

  itNeeds(['computed accessibility'], 'is the contentinfo landmark, with a named help region and links navigation', async () => {
    const el = await fixture<GerFooter>(html`<ger-footer accessibility-href="/a11y"></ger-footer>`);
    expect(computedAccessibility(part(el, 'footer')).role).to.equal('contentinfo');
    expect(computedAccessibility(part(el, 'help'))).to.deep.equal({ role: 'region', name: 'Тусламж авах' });
    expect(computedAccessibility(part(el, 'links'))).to.deep.equal({ role: 'navigation', name: 'Холбоос' });
  });

  it('is reached with Tab in the order it is read: hotline first', async () => {
    const el = await fixture<GerFooter>(html`<ger-footer email="info@1111.mn" accessibility-href="/a11y"></ger-footer>`);
    await press('Tab');
    expect(deepActiveElement()).to.equal(part(el, 'hotline'));
    await press('Tab');
    expect(deepActiveElement()!.getAttribute('href')).to.equal('mailto:info@1111.mn');
    await press('Tab');
    expect(deepActiveElement()!.getAttribute('href')).to.equal('/a11y');
  });

  it('keeps hostile data as text: markup, javascript: links, a hotline or email that is not one, very long words', async () => {
    let el!: GerFooter;
    const warnings = await captureWarnings(async () => {
      el = await fixture<GerFooter>(html`<div style="inline-size: 18rem">
        <ger-footer
          hotline=${MARKUP}
          hotline-hours=${MARKUP + LONG_WORD}
          email=${'x@y.mn"><img src=x onerror=alert(1)>'}
          chat-href=${SCRIPT_URL}
          contact-href=${' JavaScript:alert(1)'}
          accessibility-href=${'data:text/html,<script>alert(1)</script>'}
          agency=${MARKUP + LONG_WORD}
          agency-href=${SCRIPT_URL}
          .links=${[
            { label: LONG_WORD, href: '/long' },
            { label: MARKUP, href: SCRIPT_URL },
          ]}
        ></ger-footer>
      </div>`);
    });
    const footer = el.querySelector('ger-footer')!;
    await expectNoInjection(el);
    expect(hrefs(footer.shadowRoot!.querySelector('.inner')!)).to.deep.equal(['/long']);
    expect(footer.shadowRoot!.textContent).to.contain(MARKUP);
    expect(overflowing(el)).to.deep.equal([]);
    expect(warnings.some((w) => w.includes('not a phone number'))).to.be.true;
    expect(warnings.some((w) => w.includes('not an email address'))).to.be.true;
    expect(warnings.filter((w) => w.includes('is not an http, https or relative URL')).length).to.be.at.least(4);
  });

  it('says when the hotline answers', async () => {
    const el = await fixture<GerFooter>(html`<ger-footer hotline-hours="Өдөр бүр 24 цаг"></ger-footer>`);
    const hotline = part(el, 'help').querySelector('li')!;
    expect(hotline.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Лавлах утас 1111 Өдөр бүр 24 цаг Өргөдөл, гомдол, санал хүсэлт хүлээн авна.');
  });

  it('accepts a hotline written with spaces or a country code', async () => {
    const el = await fixture<GerFooter>(html`<ger-footer hotline="+976 7000 1111"></ger-footer>`);
    expect(part(el, 'hotline').getAttribute('href')).to.equal('tel:+97670001111');
    expect(part(el, 'hotline').textContent!.trim()).to.equal('+976 7000 1111');
  });

  it('says which element and attribute hold links that are not JSON, and shows the links written inside it instead', async () => {
    let el!: GerFooter;
    const warnings = await captureWarnings(async () => {
      el = await fixture<GerFooter>(html`<ger-footer links='[{label: "Нууцлал", href: "/privacy"}]'>
        <ul>
          <li><a href="/privacy">Нууцлалын бодлого</a></li>
        </ul>
      </ger-footer>`);
    });
    expect(warnings.join()).to.contain('<ger-footer> links="[{label: "Нууцлал", href: "/privacy"}]" is not a JSON list');
    expect(hrefs(el.shadowRoot!.querySelector('.inner')!)).to.include('/privacy');
  });

  it('takes a hotline given as a number from a script (React: hotline={1111}), and an email that is no text with a warning', async () => {
    const el = await fixture<GerFooter>(html`<ger-footer></ger-footer>`);
    const warnings = await captureWarnings(async () => {
      Object.assign(el, { hotline: 70001111, email: {} });
      await el.updateComplete;
    });
    expect(part(el, 'hotline').getAttribute('href')).to.equal('tel:70001111');
    expect(warnings.some((w) => w.includes('email="[object Object]" is not an email address'))).to.be.true;
  });
});

describeAccessibility(
  'ger-footer',
  () => html`<ger-footer
    hotline-hours="Өдөр бүр 24 цаг"
    email="info@1111.mn"
    chat-href="#chat"
    contact-href="#contact"
    accessibility-href="#accessibility"
    agency="Засгийн газрын Хэрэг эрхлэх газар"
    agency-href="#agency"
    .links=${[
      { label: 'Нууцлалын бодлого', href: '#privacy' },
      { label: 'Үйлчилгээний нөхцөл', href: '#terms' },
    ]}
    ><p>© 2026 Засгийн газрын 1111 төв</p></ger-footer
  >`,
);
