import { expect, fixture, html } from '@open-wc/testing';
import { endTag, joinTemplates } from './joined-template.js';

describe('joinTemplates', () => {
  it('closes a wrapper where its end tag stands, so the parts after it are outside', async () => {
    const name = 'Батбаяр';
    const el = await fixture<HTMLElement>(
      html`<section>${joinTemplates([html`<dl class="facts">`, html`<div><dt>Нэр</dt><dd>${name}</dd></div>`, endTag('dl'), html`<a href="#next">Дараах</a>`])}</section>`,
    );
    expect([...el.querySelector('dl')!.children].map((child) => child.localName)).to.deep.equal(['div']);
    expect(el.querySelector('dd')!.textContent).to.equal(name);
    expect(el.querySelector(':scope > a')).to.exist;
  });

  it('leaves out the parts that are not given, end tags too', async () => {
    const wrapped = false as boolean;
    const parts = [wrapped && html`<div>`, html`<p>Тийм</p>`, '' as const, undefined, wrapped && endTag('div')];
    const el = await fixture<HTMLElement>(html`<section>${joinTemplates(parts)}</section>`);
    expect(el.innerHTML.replace(/<!--[^]*?-->/g, '')).to.equal('<p>Тийм</p>');
  });

  it('renders data as text', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const el = await fixture<HTMLElement>(html`<section>${joinTemplates([html`<div class="a">`, html`<p>${hostile}</p>`, endTag('div')])}</section>`);
    expect(el.querySelector('img')).to.equal(null);
    expect(el.querySelector('.a > p')!.textContent).to.equal(hostile);
  });
});
