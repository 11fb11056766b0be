import { expect, fixture, html } from '@open-wc/testing';
import { describeAccessibility } from '../../test/accessibility.js';
import { composingEnter, itNeeds, press } from '../../test/engine.js';
import { captureWarnings, deepActiveElement, findAccessibilityNode, nextFrame, settle, tokenPx } from '../../test/helpers.js';
import type { GerButton } from './button.js';
import './button.js';

const base = (el: GerButton) => el.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;

describe('ger-button', () => {
  it('renders a native button with its label and the default variant and size', async () => {
    const el = await fixture<GerButton>(html`<ger-button>Илгээх</ger-button>`);
    const inner = base(el);
    expect(inner.localName).to.equal('button');
    expect(inner.getAttribute('type')).to.equal('button');
    expect(inner.classList.contains('variant-primary')).to.be.true;
    expect(inner.classList.contains('size-medium')).to.be.true;
    expect(el.textContent).to.equal('Илгээх');
  });

  it('meets the minimum target size at medium and the floor at small', async () => {
    const medium = await fixture<GerButton>(html`<ger-button>OK</ger-button>`);
    const small = await fixture<GerButton>(html`<ger-button size="small">OK</ger-button>`);
    expect(base(medium).getBoundingClientRect().height).to.be.at.least(tokenPx('sizeTargetMinimum'));
    expect(base(medium).getBoundingClientRect().width).to.be.at.least(tokenPx('sizeTargetMinimum'));
    expect(base(small).getBoundingClientRect().height).to.be.at.least(tokenPx('sizeTargetFloor'));
  });

  it('applies each variant and reflects it', async () => {
    for (const variant of ['primary', 'secondary', 'danger', 'quiet']) {
      const el = await fixture<GerButton>(html`<ger-button variant=${variant}>X</ger-button>`);
      expect(base(el).classList.contains(`variant-${variant}`)).to.be.true;
      expect(el.getAttribute('variant')).to.equal(variant);
    }
    const danger = await fixture<GerButton>(html`<ger-button variant="danger">X</ger-button>`);
    const primary = await fixture<GerButton>(html`<ger-button>X</ger-button>`);
    expect(getComputedStyle(base(danger)).backgroundColor).not.to.equal(getComputedStyle(base(primary)).backgroundColor);
  });

  it('falls back to the default with one warning for an unknown variant or size', async () => {
    let el!: GerButton;
    const warnings = await captureWarnings(async () => {
      el = await fixture<GerButton>(html`<ger-button variant="shiny" size="huge">X</ger-button>`);
      el.requestUpdate();
      await el.updateComplete;
    });
    expect(base(el).classList.contains('variant-primary')).to.be.true;
    expect(base(el).classList.contains('size-medium')).to.be.true;
    expect(el.getAttribute('variant')).to.equal('shiny');
    expect(warnings.filter((w) => w.includes('variant="shiny"'))).to.have.length(1);
    expect(warnings.filter((w) => w.includes('size="huge"'))).to.have.length(1);
  });

  it('warns about an unknown type when it renders, not at the first click', async () => {
    const warnings = await captureWarnings(async () => {
      await fixture<GerButton>(html`<ger-button type="sumbit">Илгээх</ger-button>`);
    });
    expect(warnings.filter((w) => w.includes('type="sumbit"'))).to.have.length(1);
  });

  it('is reached with Tab and activated with Enter and Space', async () => {
    const el = await fixture<GerButton>(html`<ger-button type="button">Go</ger-button>`);
    let clicks = 0;
    el.addEventListener('click', () => clicks++);
    await press('Tab');
    expect(deepActiveElement()).to.equal(base(el));
    await press('Enter');
    await press('Space');
    expect(clicks).to.equal(2);
  });

  it('shows a visible focus ring when focused from the keyboard', async () => {
    const el = await fixture<GerButton>(html`<ger-button>Go</ger-button>`);
    await press('Tab');
    const style = getComputedStyle(base(el));
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
  });

  it('when disabled, is skipped by Tab and swallows clicks', async () => {
    const el = await fixture<GerButton>(html`<ger-button disabled>Go</ger-button>`);
    let clicks = 0;
    el.addEventListener('click', () => clicks++);
    el.click();
    base(el).click();
    expect(clicks).to.equal(0);
    expect((base(el) as HTMLButtonElement).disabled).to.be.true;
  });

  it('announces loading, keeps focus and ignores clicks while loading', async () => {
    const el = await fixture<GerButton>(html`<ger-button type="button">Илгээх</ger-button>`);
    let clicks = 0;
    el.addEventListener('click', () => clicks++);
    el.focus();
    el.loading = true;
    await el.updateComplete;
    await nextFrame();
    expect(deepActiveElement()).to.equal(base(el));
    el.click();
    expect(clicks).to.equal(0);
    const announcer = document.querySelector('[data-ger-announcer]')!;
    expect(announcer.getAttribute('role')).to.equal('status');
    expect(announcer.textContent).to.equal('Ачаалж байна');
    expect(base(el).getAttribute('aria-disabled')).to.equal('true');
    expect(base(el).getAttribute('aria-busy')).to.equal('true');
    expect(el.shadowRoot!.querySelector('.spinner')).to.exist;
    el.loading = false;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.spinner')).to.be.null;
    expect(base(el).hasAttribute('aria-disabled')).to.be.false;
  });

  itNeeds(['accessibility snapshot'], 'is exposed to screen readers as a dimmed button while loading', async () => {
    await fixture<GerButton>(html`<ger-button type="button" loading>Илгээх</ger-button>`);
    const node = await findAccessibilityNode((n) => n.role === 'button' && n.name === 'Илгээх');
    expect(node, 'button in the accessibility tree').to.exist;
    expect(node!.disabled).to.be.true;
  });

  it('says "loading" in the language of the page', async () => {
    const el = await fixture<GerButton>(html`<div lang="en"><ger-button>Send</ger-button></div>`);
    const button = el.querySelector('ger-button')!;
    button.loading = true;
    await button.updateComplete;
    await nextFrame();
    const announcer = document.querySelector('[data-ger-announcer]')!;
    expect(announcer.textContent).to.equal('Loading');
    expect(announcer.getAttribute('lang')).to.equal('en');
  });

  it('renders icon slots only when they are filled, and adds them when an icon arrives', async () => {
    const el = await fixture<GerButton>(html`<ger-button>Татах</ger-button>`);
    expect(el.shadowRoot!.querySelector('slot[name="start"]')).to.be.null;
    const icon = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    icon.setAttribute('slot', 'end');
    el.append(icon);
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="end"]')!.assignedElements()).to.deep.equal([icon]);
  });

  it('submits its form with its name and value', async () => {
    const form = await fixture<HTMLFormElement>(html`<form @submit=${(e: Event) => e.preventDefault()}>
      <input name="q" value="паспорт" />
      <ger-button name="action" value="save">Хадгалах</ger-button>
    </form>`);
    const el = form.querySelector('ger-button')!;
    let data: FormData | undefined;
    // Read during the event, as a server would receive it: the stand-in submitter is gone after.
    form.addEventListener('submit', (event) => (data = new FormData(form, event.submitter)));
    base(el).click();
    expect(data, 'the form was submitted').to.exist;
    expect(data!.get('q')).to.equal('паспорт');
    expect(data!.get('action')).to.equal('save');
    expect(form.querySelectorAll('button')).to.have.length(0);
  });

  it('submits its form from the keyboard', async () => {
    const form = await fixture<HTMLFormElement>(html`<form @submit=${(e: Event) => e.preventDefault()}>
      <ger-button>Илгээх</ger-button>
    </form>`);
    let submitted = 0;
    form.addEventListener('submit', () => submitted++);
    await press('Tab');
    await press('Enter');
    expect(submitted).to.equal(1);
  });

  it('is the default button: Enter in a text field submits through it, with its name and value', async () => {
    const form = await fixture<HTMLFormElement>(html`<form @submit=${(e: Event) => e.preventDefault()}>
      <input name="q" /> <textarea name="note"></textarea>
      <ger-button name="action" value="search">Хайх</ger-button>
    </form>`);
    const submitted: (string | null)[] = [];
    form.addEventListener('submit', (event) => submitted.push(new FormData(form, event.submitter).get('action') as string | null));
    form.querySelector('input')!.focus();
    await press('Enter');
    expect(submitted).to.deep.equal(['search']);
    form.querySelector('textarea')!.focus();
    await press('Enter');
    expect(submitted, 'Enter in a textarea is a new line').to.have.length(1);
  });

  it('is clicked by Enter in a field of its form, as a native default button is, and a loading or disabled one sends nothing', async () => {
    const form = await fixture<HTMLFormElement>(html`<form @submit=${(e: Event) => e.preventDefault()}>
      <input name="q" /><ger-button name="action" value="search">Хайх</ger-button>
    </form>`);
    const button = form.querySelector<GerButton>('ger-button')!;
    let clicks = 0;
    let submitted = 0;
    button.addEventListener('click', () => clicks++);
    form.addEventListener('submit', () => submitted++);
    form.querySelector('input')!.focus();
    await press('Enter');
    expect([clicks, submitted], 'the page hears the click, and the form goes').to.deep.equal([1, 1]);
    for (const state of ['loading', 'disabled']) {
      button.toggleAttribute(state, true);
      await button.updateComplete;
      await press('Enter');
      expect(submitted, `${state}: nothing sent`).to.equal(1);
      button.toggleAttribute(state, false);
      await button.updateComplete;
    }
  });

  it("is not clicked by the Enter that confirms an input method's text in a field of its form (Safari's: keyCode 229)", async () => {
    const form = await fixture<HTMLFormElement>(html`<form @submit=${(e: Event) => e.preventDefault()}>
      <input name="q" /><ger-button name="action" value="search">Хайх</ger-button>
    </form>`);
    let clicks = 0;
    form.querySelector('ger-button')!.addEventListener('click', () => clicks++);
    const field = form.querySelector('input')!;
    const left = composingEnter(field);
    expect(clicks).to.equal(0);
    expect(left, 'left to the input method').to.be.true;
    field.focus();
    await press('Enter');
    expect(clicks, 'the next Enter clicks it').to.equal(1);
  });

  it('is the default button of the form it names from outside it', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <form id="apply" @submit=${(e: Event) => e.preventDefault()}><input name="q" /></form>
      <ger-button form="apply" name="action" value="outside">Хайх</ger-button>
    </div>`);
    const submitters: (string | null)[] = [];
    page.querySelector('form')!.addEventListener('submit', (event) => submitters.push((event.submitter as HTMLButtonElement | null)?.value ?? null));
    page.querySelector('input')!.focus();
    await press('Enter');
    expect(submitters).to.deep.equal(['outside']);
  });

  it('becomes the default button of a form that comes after it, and stops being one when taken out', async () => {
    const page = await fixture<HTMLElement>(html`<div><ger-button form="apply" name="action" value="outside">Хайх</ger-button></div>`);
    page.insertAdjacentHTML('beforeend', '<form id="apply"><input name="q" /></form>');
    const form = page.querySelector('form')!;
    const submitters: (string | null)[] = [];
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submitters.push((event.submitter as HTMLButtonElement | null)?.value ?? null);
    });
    form.querySelector('input')!.focus();
    await press('Enter');
    expect(submitters).to.deep.equal(['outside']);
    page.querySelector('ger-button')!.remove();
    await press('Enter');
    expect(submitters, 'without it, the form alone (one field) is submitted by the browser, with no submitter').to.deep.equal(['outside', null]);
  });

  it('leaves implicit submission to a native submit button that comes first', async () => {
    const form = await fixture<HTMLFormElement>(html`<form @submit=${(e: Event) => e.preventDefault()}>
      <input name="q" /><button name="native" value="1">OK</button><ger-button name="action" value="ger">Ger</ger-button>
    </form>`);
    const submitters: (string | null)[] = [];
    form.addEventListener('submit', (event) => submitters.push((event.submitter as HTMLButtonElement | null)?.name ?? null));
    form.querySelector('input')!.focus();
    await press('Enter');
    expect(submitters).to.deep.equal(['native']);
  });

  it('runs native validation before submitting and does not submit an invalid form', async () => {
    const form = await fixture<HTMLFormElement>(html`<form @submit=${(e: Event) => e.preventDefault()}>
      <input name="required" required />
      <ger-button>Илгээх</ger-button>
    </form>`);
    let submitted = 0;
    form.addEventListener('submit', () => submitted++);
    base(form.querySelector('ger-button')!).click();
    expect(submitted).to.equal(0);
    form.querySelector('ger-button')!.setAttribute('formnovalidate', '');
    base(form.querySelector('ger-button')!).click();
    expect(submitted).to.equal(1);
  });

  it('resets its form', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <input name="q" value="анх" />
      <ger-button type="reset">Цэвэрлэх</ger-button>
    </form>`);
    const input = form.querySelector('input')!;
    input.value = 'өөрчилсөн';
    base(form.querySelector('ger-button')!).click();
    expect(input.value).to.equal('анх');
  });

  it('type="button" neither submits nor resets', async () => {
    const form = await fixture<HTMLFormElement>(html`<form @submit=${(e: Event) => e.preventDefault()}>
      <ger-button type="button">Нэмэх</ger-button>
    </form>`);
    let submitted = 0;
    form.addEventListener('submit', () => submitted++);
    base(form.querySelector('ger-button')!).click();
    expect(submitted).to.equal(0);
  });

  it('is disabled by a disabled fieldset', async () => {
    const form = await fixture<HTMLFormElement>(html`<form @submit=${(e: Event) => e.preventDefault()}>
      <fieldset disabled><ger-button>Илгээх</ger-button></fieldset>
    </form>`);
    const el = form.querySelector('ger-button')!;
    await el.updateComplete;
    let submitted = 0;
    form.addEventListener('submit', () => submitted++);
    el.click();
    expect(submitted).to.equal(0);
    expect((base(el) as HTMLButtonElement).disabled).to.be.true;
    form.querySelector('fieldset')!.disabled = false;
    await el.updateComplete;
    expect((base(el) as HTMLButtonElement).disabled).to.be.false;
  });

  it('renders a link when href is set, and says when it opens a new tab', async () => {
    const el = await fixture<GerButton>(html`<ger-button href="/services" target="_blank">Үйлчилгээ</ger-button>`);
    const link = base(el) as HTMLAnchorElement;
    expect(link.localName).to.equal('a');
    expect(link.getAttribute('href')).to.equal('/services');
    expect(link.rel).to.equal('noopener noreferrer');
    expect(link.textContent).to.contain('шинэ цонхонд нээгдэнэ');
  });

  it('uses a link written inside as its own: its href and words, shown once, and follows a new language', async () => {
    const page = await fixture(html`<div lang="mn"><ger-button size="large"><a href="/apply">Одоо эхлэх</a></ger-button></div>`);
    const el = page.querySelector<GerButton>('ger-button')!;
    await el.updateComplete;
    const link = base(el) as HTMLAnchorElement;
    expect(link.localName).to.equal('a');
    expect(link.getAttribute('href')).to.equal('/apply');
    expect(link.textContent!.trim()).to.equal('Одоо эхлэх');
    expect(el.querySelector('a')!.checkVisibility(), 'the written link is not shown').to.be.false;
    expect(link.getBoundingClientRect().height, 'target size').to.be.at.least(44);
    // A page that switches language in place rewrites the link's words and its lang together.
    el.querySelector('a')!.textContent = 'Start now';
    page.setAttribute('lang', 'en');
    await settle(page);
    expect(base(el).textContent!.trim()).to.equal('Start now');
    el.querySelector('a')!.remove();
    await settle(page);
    expect(base(el).localName, 'its link taken out, it is a button again').to.equal('button');
  });

  itNeeds(['accessibility snapshot'], 'with a written link, is one link in the accessibility tree, named by its words, and no button', async () => {
    await fixture(html`<ger-button><a href="/apply">Одоо эхлэх</a></ger-button>`);
    const named: string[] = [];
    await findAccessibilityNode((node) => node.name === 'Одоо эхлэх' && !named.push(node.role));
    expect(named).to.deep.equal(['link']);
  });

  it('never renders a javascript: URL as a link, and warns', async () => {
    let el!: GerButton;
    const warnings = await captureWarnings(async () => {
      el = await fixture<GerButton>(html`<ger-button href="javascript:alert(1)">X</ger-button>`);
    });
    const link = base(el);
    expect(link.hasAttribute('href')).to.be.false;
    expect(link.getAttribute('aria-disabled')).to.equal('true');
    expect(warnings.some((w) => w.includes('javascript:alert(1)'))).to.be.true;
  });

  it('a disabled link has no href and is announced as disabled', async () => {
    const el = await fixture<GerButton>(html`<ger-button href="/x" disabled>X</ger-button>`);
    expect(base(el).hasAttribute('href')).to.be.false;
    expect(base(el).getAttribute('aria-disabled')).to.equal('true');
  });

  it('accepts start and end icons', async () => {
    const el = await fixture<GerButton>(html`<ger-button><svg slot="start" aria-hidden="true"></svg>Татах</ger-button>`);
    const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="start"]')!;
    expect(slot.assignedElements()).to.have.length(1);
  });

  it('shows an icon added later, or given its slot later (a framework setting attributes after it inserts)', async () => {
    const el = await fixture<GerButton>(html`<ger-button>Татах</ger-button>`);
    const slotted = (name: string) => el.shadowRoot!.querySelector<HTMLSlotElement>(`slot[name="${name}"]`)?.assignedElements().length ?? 0;
    const icon = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    el.append(icon);
    await settle(el);
    icon.setAttribute('slot', 'end');
    await settle(el);
    expect(slotted('end'), 'slot set on a child already there').to.equal(1);
    icon.setAttribute('slot', 'start');
    await settle(el);
    expect([slotted('start'), slotted('end')]).to.deep.equal([1, 0]);
    icon.removeAttribute('slot');
    await settle(el);
    expect(el.shadowRoot!.querySelector('slot[name="start"]'), 'an empty slot is not rendered').to.equal(null);
  });
});

describeAccessibility(
  'ger-button',
  () => html`<div>
    <ger-button>Өргөдөл илгээх</ger-button>
    <ger-button variant="secondary">Ноорог хадгалах</ger-button>
    <ger-button variant="danger">Устгах</ger-button>
    <ger-button variant="quiet">Цуцлах</ger-button>
    <ger-button size="small">Жижиг</ger-button>
    <ger-button size="large" loading>Том</ger-button>
    <ger-button disabled>Идэвхгүй</ger-button>
    <ger-button href="/services">Үйлчилгээнүүд</ger-button>
    <ger-button><a href="/apply">Одоо эхлэх</a></ger-button>
    <ger-button full-width>Иргэний үнэмлэх захиалах, хүлээн авах хаягаа сонгох</ger-button>
  </div>`,
);
