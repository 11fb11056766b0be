import { expect, fixture, html } from '@open-wc/testing';
import { describeAccessibility } from '../../test/accessibility.js';
import { itNeeds, press } from '../../test/engine.js';
import { captureWarnings, computedAccessibility, deepActiveElement } from '../../test/helpers.js';
import { expectNoInjection, LONG_WORD, MARKUP, overflowing, SCRIPT_URL } from '../../test/hostile.js';
import { textLines } from '../../test/vertical-script.js';
import type { GerTaskList, TaskGroup, TaskItem } from './task-list.js';
import './task-list.js';

const TASKS: TaskItem[] = [
  { label: 'Хувийн мэдээлэл', href: '#personal', status: 'completed' },
  { label: 'Холбоо барих', href: '#contact', status: 'completed' },
  { label: 'Хаяг', href: '#address', status: 'in-progress' },
  { label: 'Зураг', href: '#photo', hint: 'Сүүлийн 6 сард авсан', status: 'not-started' },
  { label: 'Төлбөр', href: '#pay', status: 'cannot-start', hint: 'Эхлээд бусад хэсгийг бөглөнө үү' },
];

const GROUPS: TaskGroup[] = [
  { heading: 'Өргөдөл гаргагч', tasks: TASKS.slice(0, 2) },
  { heading: 'Паспорт', tasks: TASKS.slice(2) },
];

const rows = (el: GerTaskList) =>
  [...el.shadowRoot!.querySelectorAll('.task')].map((task) => [
    task.querySelector('a, .text')!.textContent!.trim(),
    task.querySelector('ger-tag')!.textContent!.trim(),
    task.querySelector('ger-tag')!.getAttribute('variant'),
  ]);

describe('ger-task-list set vertically (lang="mn-Mong")', () => {
  it('in a horizontal page: tasks left to right, each name and status unsqueezed, 44 px links across the column', async () => {
    const page = await fixture<HTMLDivElement>(html`<div lang="mn-Mong"><ger-task-list .tasks=${TASKS}></ger-task-list></div>`);
    const el = page.querySelector<GerTaskList>('ger-task-list')!;
    await el.updateComplete;
    const links = [...el.shadowRoot!.querySelectorAll('a')];
    expect(links[1].getBoundingClientRect().left).to.be.greaterThan(links[0].getBoundingClientRect().left);
    for (const link of links) {
      expect(textLines(link), link.textContent!).to.equal(1);
      expect(link.getBoundingClientRect().width, 'target size across the column').to.be.at.least(24);
    }
  });
});

describe('ger-task-list', () => {
  it('lists each task with its status as a tag, and counts the completed ones', async () => {
    const el = await fixture<GerTaskList>(html`<ger-task-list .tasks=${TASKS}></ger-task-list>`);
    expect(rows(el)).to.deep.equal([
      ['Хувийн мэдээлэл', 'Бөглөсөн', 'success'],
      ['Холбоо барих', 'Бөглөсөн', 'success'],
      ['Хаяг', 'Бөглөж байна', 'info'],
      ['Зураг', 'Эхлээгүй', 'neutral'],
      ['Төлбөр', 'Одоогоор эхлэх боломжгүй', 'neutral'],
    ]);
    const count = el.shadowRoot!.querySelector('[part="count"]')!;
    expect(count.textContent).to.equal('Нийт 5 хэсгээс 2 нь бөглөгдсөн');
    expect(count.getAttribute('role')).to.equal('status');
  });

  it('makes each task a link, except one that cannot start yet', async () => {
    const el = await fixture<GerTaskList>(html`<ger-task-list .tasks=${TASKS}></ger-task-list>`);
    expect([...el.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['#personal', '#contact', '#address', '#photo']);
    expect(el.shadowRoot!.querySelectorAll('.task')[4].querySelector('a')).to.be.null;
  });

  it('makes the whole row the link target', async () => {
    const el = await fixture<GerTaskList>(html`<ger-task-list .tasks=${TASKS}></ger-task-list>`);
    const task = el.shadowRoot!.querySelectorAll('.task')[3].getBoundingClientRect();
    const hit = el.shadowRoot!.elementFromPoint(task.right - 4, task.top + task.height / 2);
    expect(hit?.localName).to.equal('a');
    expect(hit!.getAttribute('href')).to.equal('#photo');
  });

  it('counts again, and says so, when the tasks change; in English with plurals', async () => {
    const el = await fixture<GerTaskList>(html`<ger-task-list lang="en" .tasks=${TASKS}></ger-task-list>`);
    const count = () => el.shadowRoot!.querySelector('[part="count"]')!.textContent;
    expect(count()).to.equal('2 of 5 sections completed');
    el.tasks = [{ label: 'Personal details', href: '#p', status: 'completed' }];
    await el.updateComplete;
    expect(count()).to.equal('1 of 1 section completed');
    expect(rows(el)[0].slice(0, 2)).to.deep.equal(['Personal details', 'Completed']);
  });

  it('puts groups of tasks under headings at heading-level, counting them all', async () => {
    const el = await fixture<GerTaskList>(html`<ger-task-list heading-level="3" .groups=${GROUPS}></ger-task-list>`);
    const headings = [...el.shadowRoot!.querySelectorAll('[part="heading"]')];
    expect(headings.map((heading) => [heading.textContent, heading.getAttribute('aria-level')])).to.deep.equal([
      ['Өргөдөл гаргагч', '3'],
      ['Паспорт', '3'],
    ]);
    expect(el.shadowRoot!.querySelectorAll('ul')).to.have.length(2);
    expect(el.shadowRoot!.querySelector('[part="count"]')!.textContent).to.equal('Нийт 5 хэсгээс 2 нь бөглөгдсөн');
  });

  it('reads tasks from a JSON attribute in plain HTML, and renders nothing for none', async () => {
    const el = await fixture<GerTaskList>(html`<ger-task-list tasks='[{"label":"Хаяг","href":"/address"}]'></ger-task-list>`);
    expect(rows(el)).to.deep.equal([['Хаяг', 'Эхлээгүй', 'neutral']]);
    const empty = await fixture<GerTaskList>(html`<ger-task-list></ger-task-list>`);
    expect(empty.shadowRoot!.querySelector('ul')).to.be.null;
  });

  it('takes Tab from link to link', async () => {
    const el = await fixture<GerTaskList>(html`<ger-task-list .tasks=${TASKS}></ger-task-list>`);
    await press('Tab');
    expect(deepActiveElement()!.textContent).to.equal('Хувийн мэдээлэл');
    await press('Tab');
    expect(deepActiveElement()).to.equal(el.shadowRoot!.querySelectorAll('a')[1]);
  });

  itNeeds(['computed accessibility'], 'describes each link with its hint and status', async () => {
    const el = await fixture<GerTaskList>(html`<ger-task-list .tasks=${TASKS}></ger-task-list>`);
    const link = el.shadowRoot!.querySelectorAll('a')[3];
    expect(computedAccessibility(link)).to.deep.equal({ role: 'link', name: 'Зураг' });
    const described = link
      .getAttribute('aria-describedby')!
      .split(' ')
      .map((id) => el.shadowRoot!.getElementById(id)!.textContent!.trim());
    expect(described).to.deep.equal(['Сүүлийн 6 сард авсан', 'Эхлээгүй']);
  });

  it('keeps hostile data as text; an unknown status is "not started", with warnings', async () => {
    let box!: HTMLElement;
    const warnings = await captureWarnings(async () => {
      box = await fixture<HTMLElement>(html`<div style="inline-size: 16rem">
        <ger-task-list
          heading-level="0"
          .groups=${[
            {
              heading: MARKUP,
              tasks: [
                { label: MARKUP, href: SCRIPT_URL, status: 'done' },
                { label: LONG_WORD, hint: LONG_WORD, href: '#long', status: 'completed' },
                { href: '#nolabel' },
              ],
            },
          ]}
        ></ger-task-list>
      </div>`);
    });
    const el = box.querySelector('ger-task-list')!;
    await expectNoInjection(box);
    expect(rows(el)).to.deep.equal([
      [MARKUP, 'Эхлээгүй', 'neutral'],
      [LONG_WORD, 'Бөглөсөн', 'success'],
    ]);
    expect([...el.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['#long']);
    expect(overflowing(box)).to.deep.equal([]);
    for (const words of ['status "done"', 'javascript:', 'no label', 'heading-level="0"'])
      expect(
        warnings.some((warning) => warning.includes(words)),
        `a warning about ${words}: ${warnings.join(' | ')}`,
      ).to.be.true;
  });
});

describeAccessibility('ger-task-list', () => html`<ger-task-list .groups=${GROUPS}></ger-task-list>`);
