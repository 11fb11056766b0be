import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { describeAccessibility } from '../../test/accessibility.js';
import { itNeeds } from '../../test/engine.js';
import { captureWarnings, computedAccessibility, deepActiveElement, findAccessibilityNode, settle, until } from '../../test/helpers.js';
import '../checkbox/checkbox.js';
import { GerTextField } from '../text-field/text-field.js';
import type { GerErrorSummary } from './error-summary.js';
import './error-summary.js';

const links = (el: GerErrorSummary) => [...el.shadowRoot!.querySelectorAll('a')];

describe('ger-error-summary', () => {
  it('renders nothing while there are no errors', async () => {
    const el = await fixture<GerErrorSummary>(html`<ger-error-summary></ger-error-summary>`);
    expect(el.shadowRoot!.querySelector('.summary')).to.be.null;
  });

  it('lists only the errors it can read from what a script sets: a list of objects; a link whose target is no element goes nowhere', async () => {
    const el = await fixture<GerErrorSummary>(html`<ger-error-summary></ger-error-summary>`);
    const warnings = await captureWarnings(async () => {
      el.errors = null as unknown as [];
      await el.updateComplete;
      el.errors = 'Алдаа' as unknown as [];
      await el.updateComplete;
    });
    expect(el.shadowRoot!.querySelector('a')).to.be.null;
    expect(warnings.join()).to.contain('<ger-error-summary> errors is not a list');
    const more = await captureWarnings(async () => {
      el.errors = [1, null, { message: 'Нэрээ бичнэ үү', target: 'name' }, { target: document.body }, { message: 'Огноо' }] as unknown as [];
      await el.updateComplete;
    });
    expect(more.join()).to.contain('<ger-error-summary> errors: an entry has no message; it is left out');
    const links = [...el.shadowRoot!.querySelectorAll('a')];
    expect(links.map((link) => [link.textContent!.trim(), link.getAttribute('href')])).to.deep.equal([
      ['Нэрээ бичнэ үү', '#'],
      ['Огноо', '#'],
    ]);
  });

  it('lists every field that failed when the form is sent, in order, and takes focus', async () => {
    const form = await fixture<HTMLFormElement>(html`<form @submit=${(e: Event) => e.preventDefault()}>
      <ger-error-summary></ger-error-summary>
      <ger-text-field id="surname" name="surname" label="Овог" required></ger-text-field>
      <ger-text-field name="phone" label="Утас" type="tel" value="123"></ger-text-field>
      <label for="city">Хот</label><input id="city" name="city" required />
    </form>`);
    const summary = form.querySelector('ger-error-summary')!;
    // The phone's format check loads with the field.
    await Promise.all([...form.querySelectorAll('ger-text-field')].map((field) => field.updateComplete));
    form.requestSubmit();
    await settle();
    await summary.updateComplete;
    expect(links(summary).map((a) => a.textContent!.trim())).to.deep.equal([
      'Овог: Энэ талбарыг бөглөнө үү.',
      'Утас: Утасны дугаарыг зөв оруулна уу, жишээ нь: 9911 2233',
      `Хот: ${form.querySelector<HTMLInputElement>('#city')!.validationMessage}`,
    ]);
    expect(deepActiveElement()).to.equal(summary.shadowRoot!.querySelector('.summary'));
    expect(links(summary)[0].getAttribute('href')).to.equal('#surname');
  });

  it('lists every field when the user sends the form, not only the last', async () => {
    // The browser fires `invalid` at each field from its own task, and runs promise callbacks
    // between them (unlike requestSubmit() called from script): the list must wait for all of them.
    const form = await fixture<HTMLFormElement>(html`<form @submit=${(e: Event) => e.preventDefault()}>
      <ger-error-summary></ger-error-summary>
      <ger-text-field name="surname" label="Овог" required></ger-text-field>
      <ger-text-field name="given" label="Нэр" required></ger-text-field>
      <label for="city">Хот</label><input id="city" name="city" required />
      <button>Илгээх</button>
    </form>`);
    const summary = form.querySelector('ger-error-summary')!;
    form.querySelector('button')!.focus();
    await sendKeys({ press: 'Enter' });
    await settle();
    await summary.updateComplete;
    expect(links(summary).map((a) => a.textContent!.split(':')[0])).to.deep.equal(['Овог', 'Нэр', 'Хот']);
    expect(deepActiveElement()).to.equal(summary.shadowRoot!.querySelector('.summary'));
  });

  it('lists a required group of native radios once, linking to its first radio', async () => {
    // The browser fires `invalid` at every radio of the group.
    const form = await fixture<HTMLFormElement>(html`<form @submit=${(e: Event) => e.preventDefault()}>
      <ger-error-summary></ger-error-summary>
      <fieldset>
        <legend>Хүйс</legend>
        <input type="radio" id="sex-f" name="sex" value="f" required /><label for="sex-f">Эмэгтэй</label>
        <input type="radio" id="sex-m" name="sex" value="m" /><label for="sex-m">Эрэгтэй</label>
        <input type="radio" id="sex-o" name="sex" value="o" /><label for="sex-o">Бусад</label>
      </fieldset>
      <label for="city">Хот</label><input id="city" name="city" required />
    </form>`);
    const summary = form.querySelector('ger-error-summary')!;
    form.requestSubmit();
    await settle();
    await summary.updateComplete;
    expect(links(summary).map((a) => [a.textContent!.split(':')[0].trim(), a.getAttribute('href')])).to.deep.equal([
      ['Хүйс', '#sex-f'],
      ['Хот', '#city'],
    ]);
  });

  it('follows the page to another language, as the fields do', async () => {
    const custom = { message: 'Өргөдөл: Серверт хадгалагдсангүй.' };
    const form = await fixture<HTMLFormElement>(html`<form @submit=${(e: Event) => e.preventDefault()}>
      <ger-error-summary></ger-error-summary>
      <ger-text-field name="surname" label="Овог" required></ger-text-field>
    </form>`);
    const summary = form.querySelector('ger-error-summary')!;
    const field = form.querySelector('ger-text-field')!;
    form.requestSubmit();
    await settle();
    await summary.updateComplete;
    expect(links(summary)[0].textContent!.trim()).to.equal('Овог: Энэ талбарыг бөглөнө үү.');
    // A message of the page's own is the page's to translate.
    await summary.show([...summary.errors, custom]);
    const lang = document.documentElement.lang;
    try {
      // The header's language switch does this.
      document.documentElement.lang = 'en';
      await settle();
      await summary.updateComplete;
      expect(field.validationMessage).to.equal('Fill in this field.');
      expect(summary.shadowRoot!.getElementById('heading')!.textContent!.trim()).to.equal('There is a problem');
      expect(links(summary).map((a) => a.textContent!.trim())).to.deep.equal(['Овог: Fill in this field.', custom.message]);
    } finally {
      document.documentElement.lang = lang;
    }
  });

  it('leaves out a field put right since when the page changes language: no entry stays in the old one', async () => {
    const form = await fixture<HTMLFormElement>(html`<form @submit=${(e: Event) => e.preventDefault()}>
      <ger-error-summary></ger-error-summary>
      <ger-text-field name="surname" label="Овог" required></ger-text-field>
      <ger-text-field name="given" label="Нэр" required></ger-text-field>
    </form>`);
    const summary = form.querySelector('ger-error-summary')!;
    form.requestSubmit();
    await settle();
    await summary.updateComplete;
    // The user fills in the surname, then switches the page to English.
    form.querySelector('ger-text-field')!.value = 'Бат';
    const lang = document.documentElement.lang;
    try {
      document.documentElement.lang = 'en';
      await settle();
      await summary.updateComplete;
      expect(links(summary).map((a) => a.textContent!.trim())).to.deep.equal(['Нэр: Fill in this field.']);
    } finally {
      document.documentElement.lang = lang;
    }
  });

  it('names a box labelled by its content, as a native box by its label', async () => {
    const form = await fixture<HTMLFormElement>(html`<form @submit=${(e: Event) => e.preventDefault()}>
      <ger-error-summary></ger-error-summary>
      <ger-checkbox name="agree" required>Би <a href="#terms">нөхцөлийг</a> зөвшөөрч байна</ger-checkbox>
    </form>`);
    const summary = form.querySelector('ger-error-summary')!;
    form.requestSubmit();
    await settle();
    await summary.updateComplete;
    expect(links(summary).map((a) => a.textContent!.trim())).to.deep.equal(['Би нөхцөлийг зөвшөөрч байна: Энэ нүдийг тэмдэглэнэ үү.']);
  });

  it('puts no colon after a label that is a sentence, and none before the message of a field without a label', async () => {
    const form = await fixture<HTMLFormElement>(html`<form @submit=${(e: Event) => e.preventDefault()}>
      <ger-error-summary></ger-error-summary>
      <ger-checkbox name="declare" required>Миний өгсөн мэдээлэл үнэн зөв болохыг баталж байна.</ger-checkbox>
      <ger-text-field name="code" required></ger-text-field>
    </form>`);
    const summary = form.querySelector('ger-error-summary')!;
    form.requestSubmit();
    await settle();
    await summary.updateComplete;
    expect(links(summary).map((a) => a.textContent!.trim())).to.deep.equal([
      'Миний өгсөн мэдээлэл үнэн зөв болохыг баталж байна. Энэ нүдийг тэмдэглэнэ үү.',
      'Энэ талбарыг бөглөнө үү.',
    ]);
  });

  it('moves focus to the field when a link is followed', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <ger-error-summary></ger-error-summary>
      <ger-text-field name="surname" label="Овог" required></ger-text-field>
    </form>`);
    const summary = form.querySelector('ger-error-summary')!;
    form.requestSubmit();
    await settle();
    links(summary)[0].click();
    expect(deepActiveElement()).to.equal(form.querySelector('ger-text-field')!.shadowRoot!.querySelector('input'));
  });

  it('links a field without an id to the field, not to "#"', async () => {
    // A link to "#" goes nowhere when middle-clicked, copied, or chosen from a screen reader's list of links.
    const form = await fixture<HTMLFormElement>(html`<form @submit=${(e: Event) => e.preventDefault()}>
      <ger-error-summary></ger-error-summary>
      <ger-text-field name="surname" label="Овог" required></ger-text-field>
      <label>Хот <input name="city" required /></label>
    </form>`);
    const summary = form.querySelector('ger-error-summary')!;
    form.requestSubmit();
    await settle();
    await summary.updateComplete;
    const targets = links(summary).map((a) => document.getElementById(decodeURIComponent(a.getAttribute('href')!.slice(1))));
    expect(targets).to.deep.equal([form.querySelector('ger-text-field'), form.querySelector('input')]);
  });

  it('watches the form named by `for`', async () => {
    const page = await fixture(html`<div>
      <ger-error-summary for="apply"></ger-error-summary>
      <form id="apply"><ger-text-field name="n" label="Нэр" required></ger-text-field></form>
    </div>`);
    page.querySelector('form')!.requestSubmit();
    await settle();
    expect(links(page.querySelector('ger-error-summary')!)).to.have.length(1);
  });

  it('watches the form named by `for` when `for` is set as a property after it is in the page (the React wrapper does so)', async () => {
    const page = await fixture(html`<div>
      <ger-error-summary></ger-error-summary>
      <form id="apply-later" @submit=${(e: Event) => e.preventDefault()}><ger-text-field name="n" label="Нэр" required></ger-text-field></form>
    </div>`);
    const summary = page.querySelector('ger-error-summary')!;
    await summary.updateComplete;
    summary.for = 'apply-later';
    await summary.updateComplete;
    const field = page.querySelector('ger-text-field')!;
    // Seen after the summary's listener: the browser's own bubble shows unless it was cancelled.
    let bubble = true;
    field.addEventListener('invalid', (event) => (bubble = !event.defaultPrevented));
    page.querySelector('form')!.requestSubmit();
    await settle();
    await summary.updateComplete;
    expect(bubble, "the browser's bubble").to.be.false;
    expect(links(summary).map((a) => a.textContent!.trim())).to.deep.equal(['Нэр: Энэ талбарыг бөглөнө үү.']);
    expect(deepActiveElement()).to.equal(summary.shadowRoot!.querySelector('.summary'));
  });

  it('watches the form `for` names once it comes into the page, and the next one when `for` changes', async () => {
    const page = await fixture(html`<div><ger-error-summary for="later"></ger-error-summary></div>`);
    const summary = page.querySelector('ger-error-summary')!;
    await summary.updateComplete;
    // The framework renders the form afterwards.
    const form = (id: string, label: string) => {
      const element = document.createElement('form');
      element.id = id;
      element.addEventListener('submit', (e) => e.preventDefault());
      element.innerHTML = `<ger-text-field name="n" label="${label}" required></ger-text-field>`;
      return page.appendChild(element);
    };
    const first = form('later', 'Нэр');
    const second = form('other', 'Овог');
    // The fields check their values once they have rendered.
    await settle();
    first.requestSubmit();
    await settle();
    expect(links(summary).map((a) => a.textContent!.split(':')[0])).to.deep.equal(['Нэр']);
    summary.for = 'other';
    await summary.updateComplete;
    // The form it no longer names is not its concern.
    first.requestSubmit();
    await settle();
    expect(links(summary).map((a) => a.textContent!.split(':')[0])).to.deep.equal(['Нэр']);
    second.requestSubmit();
    await settle();
    expect(links(summary).map((a) => a.textContent!.split(':')[0])).to.deep.equal(['Овог']);
  });

  it('clears once the form is sent with every field put right (a page that stays, as a single-page app)', async () => {
    let sent = 0;
    const form = await fixture<HTMLFormElement>(html`<form
      @submit=${(e: Event) => {
        e.preventDefault();
        sent += 1;
      }}
    >
      <ger-error-summary></ger-error-summary>
      <ger-text-field name="surname" label="Овог" required></ger-text-field>
      <label for="city">Хот</label><input id="city" name="city" required />
    </form>`);
    const summary = form.querySelector('ger-error-summary')!;
    form.requestSubmit();
    await settle();
    expect(links(summary)).to.have.length(2);
    // Set from code: no `change` on the way, only the sending can tell.
    form.querySelector('ger-text-field')!.value = 'Бат';
    form.querySelector('input')!.value = 'Улаанбаатар';
    form.requestSubmit();
    await settle();
    expect(sent).to.equal(1);
    expect(summary.errors).to.deep.equal([]);
    expect(summary.shadowRoot!.querySelector('[role="alert"]'), 'the alert still lists the old errors').to.be.null;
  });

  it('stays as it is while the user puts fields right, so nothing moves under their pointer; sending again lists what is left', async () => {
    const form = await fixture<HTMLFormElement>(html`<form @submit=${(e: Event) => e.preventDefault()}>
      <ger-error-summary></ger-error-summary>
      <ger-text-field name="surname" label="Surname" required></ger-text-field>
      <fieldset>
        <legend>Хүргэлт</legend>
        <input type="radio" id="office" name="delivery" value="office" required /><label for="office">Төвөөс</label>
        <input type="radio" id="post" name="delivery" value="post" /><label for="post">Шуудангаар</label>
      </fieldset>
      <label for="city">Хот</label><input id="city" name="city" required />
    </form>`);
    const summary = form.querySelector('ger-error-summary')!;
    form.requestSubmit();
    await settle();
    const box = summary.shadowRoot!.querySelector('.summary')!;
    const height = box.getBoundingClientRect().height;
    form.querySelector('ger-text-field')!.focus();
    await sendKeys({ type: 'Bat' });
    // The user clicks the next question: pressing the button leaves the text field, which fires
    // `change` before the button is let go. A list that shrank then would move the radio away.
    const post = form.querySelector<HTMLInputElement>('#post')!;
    const { x, y, width, height: radioHeight } = post.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(x + width / 2), Math.round(y + radioHeight / 2)] });
    await settle();
    expect(post.checked, 'the click landed on the radio').to.be.true;
    expect(links(summary).map((a) => a.textContent!.split(':')[0])).to.deep.equal(['Surname', 'Хүргэлт', 'Хот']);
    expect(box.getBoundingClientRect().height).to.equal(height);
    form.requestSubmit();
    await settle();
    expect(links(summary).map((a) => a.textContent!.split(':')[0])).to.deep.equal(['Хот']);
    expect(deepActiveElement()).to.equal(summary.shadowRoot!.querySelector('.summary'));
  });

  it('clears when the form is reset', async () => {
    const form = await fixture<HTMLFormElement>(html`<form @submit=${(e: Event) => e.preventDefault()}>
      <ger-error-summary></ger-error-summary>
      <ger-text-field name="surname" label="Овог" required></ger-text-field>
    </form>`);
    const summary = form.querySelector('ger-error-summary')!;
    form.requestSubmit();
    await settle();
    expect(links(summary)).to.have.length(1);
    // The fields no longer show their errors: neither does the summary.
    form.reset();
    await settle();
    expect(summary.shadowRoot!.querySelector('.summary')).to.be.null;
  });

  describe('errors the server found (fields rendered with `error`)', () => {
    const REG = 'Энэ регистрийн дугаар бүртгэлгүй байна.';

    it('lists them when the page loads, each linked to its field, and takes focus', async () => {
      const form = await fixture<HTMLFormElement>(html`<form action="/apply" method="post">
        <ger-error-summary></ger-error-summary>
        <ger-text-field id="reg" label="Регистр" name="reg" value="УБ00000000" error=${REG}></ger-text-field>
        <ger-text-field label="Нэр" name="given" value="Бат" error=""></ger-text-field>
        <ger-checkbox name="agree" error="Нөхцөлийг зөвшөөрнө үү.">Би зөвшөөрч байна</ger-checkbox>
      </form>`);
      const summary = form.querySelector('ger-error-summary')!;
      await settle();
      await summary.updateComplete;
      expect(links(summary).map((a) => [a.textContent!.trim(), a.getAttribute('href')])).to.deep.equal([
        [`Регистр: ${REG}`, '#reg'],
        ['Би зөвшөөрч байна: Нөхцөлийг зөвшөөрнө үү.', `#${form.querySelector('ger-checkbox')!.id}`],
      ]);
      const box = summary.shadowRoot!.querySelector('.summary')!;
      expect(deepActiveElement()).to.equal(box);
      // What a screen reader is given: an alert named by its heading, holding the errors.
      expect(box.getAttribute('role')).to.equal('alert');
      expect(box.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`Анхаар, алдаа гарлаа Регистр: ${REG} Би зөвшөөрч байна: Нөхцөлийг зөвшөөрнө үү.`);
    });

    itNeeds(['accessibility snapshot'], 'is read as a focused alert holding the errors', async () => {
      await fixture<HTMLFormElement>(html`<form action="/apply" method="post">
        <ger-error-summary></ger-error-summary>
        <ger-text-field id="reg" label="Регистр" name="reg" value="УБ00000000" error=${REG}></ger-text-field>
      </form>`);
      await settle();
      const alert = await findAccessibilityNode((node) => node.role === 'alert');
      expect(alert, 'an alert in the accessibility tree').to.exist;
      expect(alert!.name).to.equal('Анхаар, алдаа гарлаа');
      expect((alert as { focused?: boolean }).focused, 'focused').to.be.true;
      const names: string[] = [];
      const visit = (node: { role: string; name: string; children?: unknown[] }) => {
        if (node.role === 'link') names.push(node.name);
        node.children?.forEach((child) => visit(child as typeof node));
      };
      visit(alert!);
      expect(names).to.deep.equal([`Регистр: ${REG}`]);
    });

    it('lists them once the fields are defined, when the summary is defined first (the autoloader)', async () => {
      const tag = `es-late-field-${Math.random().toString(36).slice(2)}`;
      const form = await fixture<HTMLFormElement>(`<form>
        <ger-error-summary></ger-error-summary>
        <${tag} label="Регистр" name="reg" error="${REG}"></${tag}>
      </form>`);
      const summary = form.querySelector('ger-error-summary')!;
      await settle();
      customElements.define(tag, class extends GerTextField {});
      await until(() => links(summary).length, 1000, 'the entry');
      expect(links(summary)[0].textContent!.trim()).to.equal(`Регистр: ${REG}`);
      expect(deepActiveElement()).to.equal(summary.shadowRoot!.querySelector('.summary'));
    });

    it('lists those of the form `for` names once it is set, taking focus only the first time', async () => {
      const page = await fixture(html`<div>
        <ger-error-summary></ger-error-summary>
        <form id="server-a"><ger-text-field label="Регистр" name="reg" error=${REG}></ger-text-field></form>
        <form id="server-b"><ger-text-field label="Утас" name="phone" error="Энэ дугаар бүртгэлгүй."></ger-text-field></form>
      </div>`);
      const summary = page.querySelector('ger-error-summary')!;
      await summary.updateComplete;
      expect(links(summary)).to.have.length(0);
      summary.for = 'server-a';
      await settle();
      expect(links(summary).map((a) => a.textContent!.trim())).to.deep.equal([`Регистр: ${REG}`]);
      expect(deepActiveElement()).to.equal(summary.shadowRoot!.querySelector('.summary'));
      // The user has moved on: a later change of `for` does not take focus from them.
      const field = page.querySelector<HTMLElement>('#server-a ger-text-field')!;
      field.focus();
      summary.for = 'server-b';
      await settle();
      expect(links(summary).map((a) => a.textContent!.trim())).to.deep.equal(['Утас: Энэ дугаар бүртгэлгүй.']);
      expect(document.activeElement).to.equal(field);
    });
  });

  it('says "There is a problem" in English, or its own heading', async () => {
    const el = await fixture<GerErrorSummary>(
      html`<div lang="en"><ger-error-summary .errors=${[{ message: 'Name: Fill in this field.' }]}></ger-error-summary></div>`,
    );
    const summary = el.querySelector('ger-error-summary')!;
    await summary.updateComplete;
    expect(summary.shadowRoot!.getElementById('heading')!.textContent!.trim()).to.equal('There is a problem');
    summary.heading = 'Check these answers';
    await summary.updateComplete;
    expect(summary.shadowRoot!.getElementById('heading')!.textContent!.trim()).to.equal('Check these answers');
  });

  itNeeds(['computed accessibility'], 'is an alert named by its heading', async () => {
    const el = await fixture<GerErrorSummary>(html`<ger-error-summary .errors=${[{ message: 'Нэр: Энэ талбарыг бөглөнө үү.' }]}></ger-error-summary>`);
    await el.updateComplete;
    expect(computedAccessibility(el.shadowRoot!.querySelector('.summary')!)).to.deep.equal({ role: 'alert', name: 'Анхаар, алдаа гарлаа' });
  });
});

describeAccessibility(
  'ger-error-summary',
  () => html`<ger-error-summary
    .errors=${[
      { message: 'Регистрийн дугаар: Үсгийн дараах 6 цифр нь төрсөн он, сар, өдөр (ООССӨӨ) байх ёстой.' },
      { message: 'Утас: Утасны дугаарыг зөв оруулна уу, жишээ нь: 9911 2233' },
    ]}
  ></ger-error-summary>`,
);
