import { expect, fixture, html } from '@open-wc/testing';
import { describeAccessibility } from '../../test/accessibility.js';
import type { GerTaskList } from './task-list.js';
import './task-list.js';

describe('ger-task-list', () => {
  it('shows its content in a box that can be measured', async () => {
    const el = await fixture<GerTaskList>(html`<ger-task-list>Агуулга</ger-task-list>`);
    expect(el.textContent).to.equal('Агуулга');
    expect(el.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('says that it is empty, in the language of the page', async () => {
    const mn = await fixture<GerTaskList>(html`<ger-task-list></ger-task-list>`);
    expect(mn.shadowRoot!.textContent!.trim()).to.equal('Одоогоор хоосон байна');
    const page = await fixture(html`<div lang="en"><ger-task-list></ger-task-list></div>`);
    const en = page.querySelector<GerTaskList>('ger-task-list')!;
    await en.updateComplete;
    expect(en.shadowRoot!.textContent!.trim()).to.equal('Nothing here yet');
  });
});

describeAccessibility('ger-task-list', () => html`<ger-task-list>Агуулга</ger-task-list>`);
