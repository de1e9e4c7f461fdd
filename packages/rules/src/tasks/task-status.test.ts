import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CalendarError } from '../calendar';
import { findCampaignTask } from './campaign-tasks';
import { type TaskProgressInput, taskStatus } from './task-status';

function task(id: string) {
  const found = findCampaignTask(id);
  if (!found) throw new Error(`no task ${id}`);
  return found;
}

const rec = (
  r: Partial<TaskProgressInput> & Pick<TaskProgressInput, 'status' | 'reportedOn'>,
): TaskProgressInput => ({
  taskId: 'PI.X1',
  ...r,
});

// PI.X1 “加强原有整治工作专班的工作力量”, 7月底前.
describe('taskStatus: a one-off task (PI.X1, 7月底前)', () => {
  it.each([
    ['nothing reported, before the deadline', [], '2023-07-15', 'pending', undefined],
    ['nothing reported, on the deadline', [], '2023-07-31', 'pending', undefined],
    ['nothing reported, after the deadline', [], '2023-08-01', 'overdue', undefined],
    [
      'done in time',
      [rec({ status: 'done', completedOn: '2023-07-28', reportedOn: '2023-07-29' })],
      '2023-08-10',
      'done',
      '2023-07-28',
    ],
    [
      'done late',
      [rec({ status: 'done', completedOn: '2023-08-03', reportedOn: '2023-08-04' })],
      '2023-08-10',
      'done-late',
      '2023-08-03',
    ],
    [
      'done, no completion day: the report day counts',
      [rec({ status: 'done', reportedOn: '2023-07-31' })],
      '2023-08-10',
      'done',
      '2023-07-31',
    ],
    [
      'reported after asOf: not yet known',
      [rec({ status: 'done', completedOn: '2023-07-20', reportedOn: '2023-08-02' })],
      '2023-08-01',
      'overdue',
      undefined,
    ],
    [
      'in progress only',
      [rec({ status: 'in-progress', reportedOn: '2023-07-20' })],
      '2023-08-01',
      'overdue',
      undefined,
    ],
    [
      'a later “in progress” withdraws the same reporter’s “done”',
      [
        rec({ status: 'done', reportedOn: '2023-07-20' }),
        rec({ status: 'in-progress', reportedOn: '2023-07-25' }),
      ],
      '2023-08-01',
      'overdue',
      undefined,
    ],
    [
      'same-day reports: done wins',
      [
        rec({ status: 'done', reportedOn: '2023-07-30' }),
        rec({ status: 'in-progress', reportedOn: '2023-07-30' }),
      ],
      '2023-08-01',
      'done',
      '2023-07-30',
    ],
    [
      'another task’s reports do not count',
      [rec({ taskId: 'PI.X2', status: 'done', reportedOn: '2023-07-20' })],
      '2023-08-01',
      'overdue',
      undefined,
    ],
  ] as const)('%s → %s', (_case, progress, asOf, status, doneOn) => {
    const result = taskStatus(task('PI.X1'), progress, asOf, 2023);
    expect(result.deadline).toEqual({ kind: 'by', date: '2023-07-31', text: '7月底前' });
    expect(result.status).toBe(status);
    expect(result.instances).toHaveLength(1);
    expect(result.instances[0]?.dueOn).toBe('2023-07-31');
    expect(result.instances[0]?.doneOn).toBe(doneOn);
    expect(result.issues).toEqual([]);
  });

  it('judges one county apart from another with divisionCode', () => {
    const progress = [
      rec({ status: 'done', divisionCode: '350502', reportedOn: '2023-07-20' }),
      rec({ status: 'in-progress', divisionCode: '350503', reportedOn: '2023-07-25' }),
    ];
    expect(taskStatus(task('PI.X1'), progress, '2023-08-01', 2023, { divisionCode: '350502' }).status).toBe(
      'done',
    );
    expect(taskStatus(task('PI.X1'), progress, '2023-08-01', 2023, { divisionCode: '350503' }).status).toBe(
      'overdue',
    );
  });
});

// PI.X7 “按月更新报送‘双台账’以及进展情况”, 每月30日前: judged month by month.
describe('taskStatus: a monthly task (PI.X7, 每月30日前)', () => {
  const X7 = (r: Omit<TaskProgressInput, 'taskId'>): TaskProgressInput => ({ taskId: 'PI.X7', ...r });
  const progress = [
    X7({ period: '2023-07', status: 'done', completedOn: '2023-07-28', reportedOn: '2023-07-28' }),
    X7({ period: '2023-08', status: 'done', completedOn: '2023-09-02', reportedOn: '2023-09-02' }),
  ];

  it('lists one instance per month begun, each judged on its own month', () => {
    const result = taskStatus(task('PI.X7'), progress, '2023-09-15', 2023);
    expect(result.deadline).toEqual({ kind: 'monthly', day: 30, text: '每月30日前' });
    expect(result.instances).toEqual([
      {
        period: '2023-07',
        dueOn: '2023-07-30',
        status: 'done',
        doneOn: '2023-07-28',
        reportedStatus: 'done',
        reportedOn: '2023-07-28',
      },
      {
        period: '2023-08',
        dueOn: '2023-08-30',
        status: 'done-late',
        doneOn: '2023-09-02',
        reportedStatus: 'done',
        reportedOn: '2023-09-02',
      },
      { period: '2023-09', dueOn: '2023-09-30', status: 'pending' },
    ]);
    expect(result.status).toBe('pending');
    expect(result.counts).toEqual({ done: 1, 'done-late': 1, pending: 1, overdue: 0 });
  });

  it('places a report without a period by its completion (else report) month', () => {
    const result = taskStatus(
      task('PI.X7'),
      [X7({ status: 'done', completedOn: '2023-07-29', reportedOn: '2023-08-01' })],
      '2023-08-05',
      2023,
    );
    expect(result.instances.map((i) => i.status)).toEqual(['done', 'pending']);
  });

  it('runs to December and no further; an unreported December is overdue in January', () => {
    const result = taskStatus(task('PI.X7'), progress, '2024-01-15', 2023);
    expect(result.instances.map((i) => i.dueOn)).toEqual([
      '2023-07-30',
      '2023-08-30',
      '2023-09-30',
      '2023-10-30',
      '2023-11-30',
      '2023-12-30',
    ]);
    expect(result.status).toBe('overdue');
    expect(result.counts).toEqual({ done: 1, 'done-late': 1, pending: 0, overdue: 4 });
  });

  it('is not due before the campaign starts', () => {
    const result = taskStatus(task('PI.X7'), [], '2023-06-20', 2023);
    expect(result).toMatchObject({ status: 'not-due', instances: [] });
  });

  it('follows a later campaign start', () => {
    const result = taskStatus(task('PI.X7'), [], '2023-09-01', 2023, { campaignStart: '2023-08-31' });
    expect(result.instances.map((i) => [i.dueOn, i.status])).toEqual([['2023-09-30', 'pending']]);
  });

  it('clamps a 30th to the end of February in a leap year campaign that starts in January', () => {
    const result = taskStatus(task('PI.X7'), [], '2024-03-01', 2024, { campaignStart: '2024-01-01' });
    expect(result.instances.map((i) => i.dueOn)).toEqual(['2024-01-30', '2024-02-29', '2024-03-30']);
  });
});

describe('taskStatus: a continuous task (PI.X4, 持续推进至12月底)', () => {
  it.each([
    ['2023-10-01', [], 'pending'],
    ['2024-01-01', [], 'overdue'],
    [
      '2024-01-01',
      [{ taskId: 'PI.X4', status: 'done', completedOn: '2023-12-20', reportedOn: '2023-12-21' }],
      'done',
    ],
  ] as const)('as of %s → %s', (asOf, progress, status) => {
    const result = taskStatus(task('PI.X4'), progress, asOf, 2023);
    expect(result.deadline).toEqual({ kind: 'continuous', until: '2023-12-31', text: '持续推进至12月底' });
    expect(result.status).toBe(status);
  });
});

describe('taskStatus: joint tasks, per unit (PI.C5.c)', () => {
  // PI.X3: 市、县物业主管（牵头单位）、发改、公安、民政、市场监管部门.
  const X3 = (r: Omit<TaskProgressInput, 'taskId'>): TaskProgressInput => ({ taskId: 'PI.X3', ...r });

  it('shows every participating unit, counting a report without a unit for the lead', () => {
    const progress = [
      X3({ status: 'done', completedOn: '2023-07-20', reportedOn: '2023-07-20' }),
      X3({ unitCode: 'development-reform', status: 'in-progress', reportedOn: '2023-07-25' }),
      X3({
        unitCode: 'public-security',
        status: 'done',
        completedOn: '2023-08-05',
        reportedOn: '2023-08-05',
      }),
    ];
    const result = taskStatus(task('PI.X3'), progress, '2023-08-10', 2023);
    expect(result.status).toBe('done');
    expect(result.instances[0]).toMatchObject({
      doneOn: '2023-07-20',
      reportedStatus: 'done',
      reportedOn: '2023-08-05',
    });
    expect(result.byUnit.map((u) => [u.unitCode, u.status])).toEqual([
      ['housing-authority', 'done'],
      ['development-reform', 'overdue'],
      ['public-security', 'done-late'],
      ['civil-affairs', 'overdue'],
      ['market-regulation', 'overdue'],
    ]);
  });

  it('filters by unit when asked', () => {
    const progress = [X3({ unitCode: 'civil-affairs', status: 'done', reportedOn: '2023-07-10' })];
    expect(
      taskStatus(task('PI.X3'), progress, '2023-08-01', 2023, { unitCode: 'civil-affairs' }).status,
    ).toBe('done');
    expect(
      taskStatus(task('PI.X3'), progress, '2023-08-01', 2023, { unitCode: 'public-security' }).status,
    ).toBe('overdue');
  });

  it('attributes a report without a unit to the only unit of a single-unit task', () => {
    const result = taskStatus(
      task('WG.XC9'),
      [{ taskId: 'WG.XC9', status: 'done', reportedOn: '2023-12-01' }],
      '2024-01-01',
      2023,
    );
    expect(result.byUnit).toMatchObject([{ unitCode: 'hrss-bureau', status: 'done' }]);
  });
});

describe('taskStatus: bad data is reported, never thrown', () => {
  it('skips unusable records and lists each with a JSON Pointer', () => {
    const progress = [
      { taskId: 'PI.X7', period: '2023-07', status: 'done', reportedOn: '2023-07-20' },
      { taskId: 'PI.X7', period: '2023-07', status: 'done', reportedOn: '2023-02-30' },
      { taskId: 'PI.X7', period: '2023-07', status: 'finished', reportedOn: '2023-07-20' },
      { taskId: 'PI.X7', period: '2023Q3', status: 'done', reportedOn: '2023-07-20' },
      {
        taskId: 'PI.X7',
        period: '2023-08',
        status: 'done',
        completedOn: '2023/08/01',
        reportedOn: '2023-08-02',
      },
      null,
      { taskId: 'PI.X8', status: 'done', reportedOn: 'garbage' },
    ] as unknown as TaskProgressInput[];
    const result = taskStatus(task('PI.X7'), progress, '2023-08-10', 2023);
    expect(result.issues.map((i) => [i.code, i.path])).toEqual([
      ['invalid-progress-date', '/1/reportedOn'],
      ['invalid-progress-status', '/2/status'],
      ['progress-period-not-month', '/3/period'],
      ['invalid-progress-date', '/4/completedOn'],
      ['invalid-progress-record', '/5'],
    ]);
    for (const i of result.issues) {
      expect(i.message['zh-CN'].length).toBeGreaterThan(0);
      expect(i.message.en.length).toBeGreaterThan(0);
    }
    expect(result.instances.map((i) => i.status)).toEqual(['done', 'pending']);
  });

  it('marks a task whose deadline cannot be read as unresolved', () => {
    const result = taskStatus({ id: 'X', deadlineText: '尽快' }, [], '2023-08-01', 2023);
    expect(result).toMatchObject({
      status: 'unresolved',
      instances: [],
      deadline: { kind: 'unresolved', text: '尽快' },
    });
  });

  it('throws CalendarError on an invalid asOf or campaign start (misuse)', () => {
    expect(() => taskStatus(task('PI.X1'), [], '2023-02-30', 2023)).toThrow(CalendarError);
    expect(() => taskStatus(task('PI.X1'), [], '2023-08-01', 2023, { campaignStart: '2023-7-1' })).toThrow(
      CalendarError,
    );
  });
});

describe('taskStatus: properties', () => {
  const recordArb = fc.record(
    {
      taskId: fc.constantFrom('PI.X7', 'PI.X3'),
      unitCode: fc.constantFrom('housing-authority', 'development-reform'),
      divisionCode: fc.constantFrom('350502', '350503'),
      period: fc.constantFrom('2023-07', '2023-08', '2023-09'),
      status: fc.constantFrom('not-started', 'in-progress', 'done'),
      completedOn: fc
        .integer({ min: 0, max: 120 })
        .map((n) => new Date(Date.UTC(2023, 6, 1 + n)).toISOString().slice(0, 10)),
      reportedOn: fc
        .integer({ min: 0, max: 120 })
        .map((n) => new Date(Date.UTC(2023, 6, 1 + n)).toISOString().slice(0, 10)),
    },
    { requiredKeys: ['taskId', 'status', 'reportedOn'] },
  ) as fc.Arbitrary<TaskProgressInput>;

  it('does not depend on the order of the progress records', () => {
    fc.assert(
      fc.property(
        fc.array(recordArb, { maxLength: 12 }),
        fc.constantFrom('PI.X7', 'PI.X3'),
        fc.integer({ min: 0, max: 200 }),
        (progress, id, n) => {
          const asOf = new Date(Date.UTC(2023, 5, 1 + n)).toISOString().slice(0, 10);
          const forward = taskStatus(task(id), progress, asOf, 2023);
          const backward = taskStatus(task(id), [...progress].reverse(), asOf, 2023);
          expect(backward).toEqual(forward);
        },
      ),
    );
  });

  it('never claims done before a completion that is known on asOf', () => {
    fc.assert(
      fc.property(fc.array(recordArb, { maxLength: 12 }), fc.integer({ min: 0, max: 200 }), (progress, n) => {
        const asOf = new Date(Date.UTC(2023, 5, 1 + n)).toISOString().slice(0, 10);
        const result = taskStatus(task('PI.X7'), progress, asOf, 2023);
        for (const i of result.instances) {
          if (i.doneOn !== undefined) expect(i.doneOn <= asOf).toBe(true);
          if (i.status === 'done') expect(i.doneOn !== undefined && i.doneOn <= i.dueOn).toBe(true);
        }
      }),
    );
  });
});
