import type { Dataset, KeyPersonnelPresence } from '@rectify/schemas';
import { describe, expect, it } from 'vitest';
import { rowOf, runIndicator } from '../../../testing/handling-builders';
import { CLEAN_WAGES_AS_OF, cleanWages } from '../../../testing/wages-builders';
import { managerOnSiteIndicator } from './manager-on-site';

const presence = (
  projectId: string,
  role: KeyPersonnelPresence['role'],
  daysRequired: number,
  daysPresent: number,
  month = '2023-10',
): KeyPersonnelPresence => ({
  id: `KP-${projectId}-${role}-${month}-${daysRequired}-${daysPresent}`,
  projectId,
  role,
  person: { id: `${role}-${projectId}`, name: '不应出现' },
  month,
  daysRequired,
  daysPresent,
});

/** The clean dataset with only the given presence records. */
const only = (...records: KeyPersonnelPresence[]) => {
  const d = cleanWages();
  d.records.keyPersonnelPresence = records;
  return d;
};

// WG.T4 项目经理和总监到岗率超60% — target '>' 6/10 (strictly), the month before asOf's by default.
describe('WG-MANAGER-ON-SITE (WG.T4)', () => {
  it('the clean dataset in October: managers 36/44, chief supervisors 32/44, 68/88 > 60%', () => {
    const ind = runIndicator(managerOnSiteIndicator, cleanWages(), CLEAN_WAGES_AS_OF);
    expect([ind.numerator, ind.denominator, ind.met]).toEqual([68, 88, true]);
    expect(ind.parts).toEqual({
      projectManagerDaysPresent: 36,
      projectManagerDaysRequired: 44,
      chiefSupervisorDaysPresent: 32,
      chiefSupervisorDaysRequired: 44,
    });
    expect(rowOf(ind, '350504')).toMatchObject({ numerator: 34, denominator: 44, met: true });
  });

  type Case = [name: string, d: Dataset, numerator: number, denominator: number, met: boolean | null];
  const cases: Case[] = [
    [
      'exactly 60% (12/20 and 18/30) does not exceed 60%',
      only(presence('P1', 'project-manager', 20, 12), presence('P2', 'chief-supervisor', 30, 18)),
      30,
      50,
      false,
    ],
    [
      '61% (61/100 over four records) exceeds 60%',
      only(
        presence('P1', 'project-manager', 25, 16),
        presence('P1', 'chief-supervisor', 25, 15),
        presence('P2', 'project-manager', 25, 15),
        presence('P2', 'chief-supervisor', 25, 15),
      ),
      61,
      100,
      true,
    ],
    [
      'days present beyond those required are capped',
      only(presence('P1', 'project-manager', 20, 25), presence('P2', 'project-manager', 20, 0)),
      20,
      40,
      false,
    ],
    [
      'records with no days required count for nothing',
      only(presence('P1', 'project-manager', 0, 3)),
      0,
      0,
      null,
    ],
    ['another month does not count', only(presence('P1', 'project-manager', 20, 20, '2023-09')), 0, 0, null],
    [
      'records of an unknown project are left out',
      only(presence('P9', 'project-manager', 20, 20)),
      0,
      0,
      null,
    ],
  ];
  it.each(cases)('%s', (_name, d, numerator, denominator, met) => {
    const ind = runIndicator(managerOnSiteIndicator, d, CLEAN_WAGES_AS_OF);
    expect([ind.numerator, ind.denominator, ind.met]).toEqual([numerator, denominator, met]);
  });

  it('keeps each role apart in the parts, and the month is a parameter', () => {
    const d = only(
      presence('P1', 'project-manager', 20, 10, '2023-09'),
      presence('P1', 'chief-supervisor', 20, 15, '2023-09'),
    );
    const ind = runIndicator(managerOnSiteIndicator, d, CLEAN_WAGES_AS_OF, { month: '2023-09' });
    expect(ind.parts).toEqual({
      projectManagerDaysPresent: 10,
      projectManagerDaysRequired: 20,
      chiefSupervisorDaysPresent: 15,
      chiefSupervisorDaysRequired: 20,
    });
    expect(JSON.stringify(ind)).not.toContain('不应出现');
  });
});
