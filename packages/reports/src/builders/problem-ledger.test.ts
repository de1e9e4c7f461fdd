import type { Problem } from '@rectify/schemas';
import { describe, expect, it } from 'vitest';
import { handlingSteps, kindSummary, problemCounts, problemStatus } from './problem-ledger';

const problem = (patch: Partial<Problem>): Problem =>
  ({
    id: 'P1',
    campaign: 'public-income',
    kind: 'disclosure-late',
    divisionCode: '350582005',
    source: 'inspection',
    foundOn: '2023-10-01',
    description: '未按时公示',
    evidence: [],
    ...patch,
  }) as Problem;

const AS_OF = '2023-11-30';

describe('problem ledger', () => {
  it.each([
    ['closed', { closedOn: '2023-11-01', deadline: '2023-10-15' }, 'closed'],
    ['rectified', { rectifiedOn: '2023-11-01' }, 'rectified'],
    ['past its time limit', { deadline: '2023-11-29' }, 'overdue'],
    ['due on asOf', { deadline: '2023-11-30' }, 'open'],
    ['rectified after asOf: not known yet', { rectifiedOn: '2023-12-01', deadline: '2023-11-01' }, 'overdue'],
    ['no time limit', {}, 'open'],
  ])('status: %s', (_, patch, expected) => {
    expect(problemStatus(problem(patch), AS_OF)).toBe(expected);
  });

  it('lists handling steps by date, with the level of resolution (PI.C5.b, PI.M6)', () => {
    const p = problem({
      punishedOn: '2023-11-20',
      interviewedOn: '2023-11-05',
      referredOn: '2023-11-20',
      referredTo: 'public-security',
      closedOn: '2023-12-10',
      escalation: 'county',
    });
    expect(handlingSteps(p, AS_OF, 'zh-CN')).toBe(
      '2023-11-05 约谈；2023-11-20 处罚；2023-11-20 移送公安机关；县级联合化解',
    );
    expect(handlingSteps(p, AS_OF, 'en')).toBe(
      '2023-11-05 interviewed; 2023-11-20 punished; 2023-11-20 referred to public security; county-level coordination',
    );
    expect(handlingSteps(problem({}), AS_OF, 'zh-CN')).toBe('尚无处理记录');
  });

  it('counts problems as known on asOf', () => {
    const counts = problemCounts(
      [
        problem({ rectifiedOn: '2023-11-01', handledOn: '2023-11-02', closedOn: '2023-11-03' }),
        problem({ id: 'P2', deadline: '2023-11-01' }),
        problem({ id: 'P3', rectifiedOn: '2023-12-01' }),
      ],
      AS_OF,
    );
    expect(counts).toEqual({
      opened: 3,
      rectified: 1,
      handled: 1,
      accountability: 0,
      closed: 1,
      open: 2,
      overdue: 1,
    });
  });

  it('summarises kinds in codelist order', () => {
    const list = [problem({ kind: 'disclosure-short' }), problem({}), problem({})];
    expect(kindSummary(list, 'zh-CN')).toBe('未按时公示 2、公示时间少于30日 1');
    expect(kindSummary([], 'en')).toBe('');
  });
});
