import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { captureWarnings } from '../../test/helpers.js';
import '../check-answers/check-answers.js';
import '../error-summary/error-summary.js';
import '../form-step/form-step.js';
import '../form-steps/form-steps.js';
import '../notice-list/notice-list.js';
import '../notification-banner/notification-banner.js';
import '../service-card/service-card.js';
import '../text-field/text-field.js';
import { headingLevel, subheadingLevel } from './heading.js';

/** Every element with a heading-level, and what it renders; `level` is the attribute. */
const ELEMENTS: Record<string, { fallback: number; render: (level: string) => TemplateResult }> = {
  'ger-error-summary': {
    fallback: 2,
    render: (level) => html`<ger-error-summary heading-level=${level} .errors=${[{ message: 'Нэр оруулна уу' }]}></ger-error-summary>`,
  },
  'ger-notification-banner': { fallback: 2, render: (level) => html`<ger-notification-banner heading-level=${level}>x</ger-notification-banner>` },
  'ger-service-card': { fallback: 2, render: (level) => html`<ger-service-card heading="Паспорт" heading-level=${level}></ger-service-card>` },
  'ger-notice-list': {
    fallback: 3,
    render: (level) => html`<ger-notice-list heading-level=${level} .notices=${[{ title: 'Шинэ журам', date: '2026-03-01' }]}></ger-notice-list>`,
  },
  'ger-form-steps': {
    fallback: 2,
    render: (level) => html`<ger-form-steps heading-level=${level}>
      <ger-form-step heading="Нэр"><ger-text-field name="name" label="Нэр" value="Болд"></ger-text-field></ger-form-step>
    </ger-form-steps>`,
  },
};

/** The levels of the headings an element renders, in its shadow root. */
function levels(el: Element): number[] {
  return [...el.shadowRoot!.querySelectorAll('[role="heading"]')].map((heading) => Number(heading.getAttribute('aria-level')));
}

describe('heading levels', () => {
  it('takes a whole number from 1 to 6, anything else as the fallback with one warning', async () => {
    const host = document.createElement('ger-example');
    const warnings = await captureWarnings(() => {
      for (const level of [1, 2, 6, '4']) expect(headingLevel(host, level, 2)).to.equal(Number(level));
      expect(headingLevel(host, undefined, 3)).to.equal(3);
      expect(headingLevel(host, '', 3)).to.equal(3);
    });
    expect(warnings).to.deep.equal([]);
    for (const bad of [0, 7, 9, 2.5, -1, NaN, 'x', '3rd', {}]) {
      const warned = await captureWarnings(() => expect(headingLevel(host, bad, 2)).to.equal(2));
      expect(warned.length, String(bad)).to.be.at.most(1);
    }
    const once = await captureWarnings(() => headingLevel(host, 'nine', 2));
    expect(once).to.have.length(1);
    expect(once[0]).to.include('<ger-example> heading-level="nine"').and.include('using 2');
  });

  it('puts headings inside a section one level below it, never below 6', () => {
    expect(subheadingLevel(2)).to.equal(3);
    expect(subheadingLevel(6)).to.equal(6);
  });

  for (const [tag, { fallback, render }] of Object.entries(ELEMENTS)) {
    it(`<${tag}> follows the rule: 1 to 6 as given; 9 and "x" as ${fallback}, with a warning, never throwing`, async () => {
      for (const level of ['1', '6']) expect(levels(await fixture(render(level)))[0]).to.equal(Number(level));
      for (const bad of ['9', 'x']) {
        let el!: Element;
        const warnings = await captureWarnings(async () => (el = await fixture(render(bad))));
        expect(levels(el)[0], bad).to.equal(fallback);
        expect(warnings.some((w) => w.includes(`<${tag}> heading-level="${bad}"`))).to.be.true;
      }
    });
  }

  it('<ger-check-answers> heads each section one below its form, from the same rule', async () => {
    const form = (level: string) => html`<ger-form-steps heading-level=${level}>
      <ger-form-step heading="Нэр"><ger-text-field name="name" label="Нэр" value="Болд"></ger-text-field></ger-form-step>
      <ger-form-step heading="Шалгах"><ger-check-answers></ger-check-answers></ger-form-step>
    </ger-form-steps>`;
    for (const [level, expected] of [
      ['1', 2],
      ['6', 6],
      ['9', 3],
      ['x', 3],
    ] as const) {
      await captureWarnings(async () => {
        const el = await fixture(form(level));
        const answers = el.querySelector('ger-check-answers') as HTMLElement & { updateComplete: Promise<boolean> };
        await answers.updateComplete;
        expect(levels(answers)[0], level).to.equal(expected);
      });
    }
  });
});
