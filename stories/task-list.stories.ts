import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/components/src/task-list/task-list.js';
import type { TaskGroup, TaskItem, TaskStatus } from '../packages/components/src/task-list/task-list.js';
import { t } from './support/page.js';

interface TaskListArgs {
  /** How far the application has come: the status of the first sections. */
  progress: 'new' | 'half' | 'done';
}

const sections = (progress: TaskListArgs['progress']): TaskItem[] => {
  const first = (index: number): TaskStatus =>
    progress === 'done' || (progress === 'half' && index < 2) ? 'completed' : progress === 'half' && index === 2 ? 'in-progress' : 'not-started';
  return [
    { label: t('Хувийн мэдээлэл', 'Personal details'), href: '#personal', status: first(0) },
    { label: t('Холбоо барих', 'Contact details'), href: '#contact', status: first(1) },
    { label: t('Оршин суугаа хаяг', 'Home address'), href: '#address', status: first(2) },
    {
      label: t('Цээж зураг', 'Photo'),
      href: '#photo',
      status: first(3),
      hint: t('Сүүлийн 6 сард авсан, цагаан дэвсгэртэй', 'Taken in the last 6 months, on a white background'),
    },
    {
      label: t('Төлбөр төлөх', 'Pay the fee'),
      href: '#pay',
      status: progress === 'done' ? 'not-started' : 'cannot-start',
      hint: progress === 'done' ? undefined : t('Бусад хэсгийг бөглөсний дараа', 'Once the other sections are completed'),
    },
  ];
};

const meta: Meta<TaskListArgs> = {
  title: 'Components/Task list',
  component: 'ger-task-list',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: `The overview of a long application that the user completes in several sittings, in any order: each
section is a link with its status (completed, in progress, not started, cannot start yet) as a tag, and "3 of 7
sections completed" above them, read out again when it changes.

**Use it** when a service has many sections that can be done in any order, or over several days: a business
licence, a building permit. A section that depends on others "cannot start yet": its name is not a link, and a
hint says why. Put sections under headings (\`groups\`) when there are many.

**Do not use it** for a short form that is filled in one go, in order: use \`ger-form-steps\`. Do not use it to
track an application after it is sent (use \`ger-status-tracker\`).`,
      },
    },
  },
  argTypes: {
    progress: { control: 'inline-radio', options: ['new', 'half', 'done'], table: { category: 'story' } },
  },
  args: { progress: 'half' },
  render: (args) => html`<ger-task-list .tasks=${sections(args.progress)}></ger-task-list>`,
};
export default meta;

type Story = StoryObj<TaskListArgs>;

/** Part way through: two sections completed, one in progress, one not started, one that cannot start yet. */
export const Default: Story = {};

/** Just begun: nothing completed yet. */
export const NotStarted: Story = { name: 'Not started', args: { progress: 'new' } };

/** Every section but the payment completed; the payment can now start. */
export const AlmostDone: Story = { name: 'Almost done', args: { progress: 'done' } };

const groups = (): TaskGroup[] => [
  {
    heading: t('Аж ахуйн нэгж', 'Your business'),
    tasks: [
      { label: t('Байгууллагын мэдээлэл', 'Business details'), href: '#business', status: 'completed' },
      { label: t('Үйл ажиллагааны чиглэл', 'Line of business'), href: '#activity', status: 'in-progress' },
    ],
  },
  {
    heading: t('Байр', 'Premises'),
    tasks: [
      { label: t('Байрны хаяг', 'Address of the premises'), href: '#premises', status: 'not-started' },
      {
        label: t('Галын аюулгүй байдлын дүгнэлт', 'Fire safety report'),
        href: '#fire',
        status: 'not-started',
        hint: t('PDF, 10 МБ хүртэл', 'PDF, up to 10 MB'),
      },
    ],
  },
  {
    heading: t('Илгээх', 'Send'),
    tasks: [
      {
        label: t('Хариултаа шалгаад илгээх', 'Check your answers and send'),
        href: '#send',
        status: 'cannot-start',
        hint: t('Бүх хэсгийг бөглөсний дараа', 'Once every section is completed'),
      },
    ],
  },
];

/** Many sections under headings: the count covers them all. */
export const Grouped: Story = {
  render: () => html`<ger-task-list .groups=${groups()}></ger-task-list>`,
};
