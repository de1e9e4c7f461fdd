import type { ConstructionProject, Dataset } from '@rectify/schemas';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rowOf, runIndicator } from '../../../testing/handling-builders';
import { CLEAN_WAGES_AS_OF, cleanWages, projectIn } from '../../../testing/wages-builders';
import { guaranteeCoverageIndicator } from './guarantee-coverage';

/** Copies of P1 with a new id, division and anything else. */
const addProject = (
  d: Dataset,
  id: string,
  divisionCode: string,
  overrides: Partial<ConstructionProject> = {},
) => {
  d.records.constructionProject?.push({ ...structuredClone(projectIn(d)), id, divisionCode, ...overrides });
};

const guarantee = (d: Dataset, projectId: string) => {
  const g = d.records.paymentGuarantee?.find((x) => x.projectId === projectId);
  if (!g) throw new Error(`no guarantee of ${projectId}`);
  return g;
};

// WG.T1 努力实现在建项目工程款支付担保全覆盖 — target 100% ('>=' 1/1).
describe('WG-GUARANTEE-COVERAGE (WG.T1)', () => {
  type Case = [
    name: string,
    mutate: (d: Dataset) => void,
    numerator: number,
    denominator: number,
    met: boolean | null,
  ];
  const cases: Case[] = [
    ['both projects covered: 2/2 meets the target', () => {}, 2, 2, true],
    [
      'a guarantee valid until asOf itself still covers',
      (d) => {
        guarantee(d, 'P2').validUntil = CLEAN_WAGES_AS_OF;
      },
      2,
      2,
      true,
    ],
    [
      'a guarantee expired the day before asOf does not: 1/2 misses 100%',
      (d) => {
        guarantee(d, 'P2').validUntil = '2023-11-29';
      },
      1,
      2,
      false,
    ],
    [
      'a guarantee issued after asOf does not cover yet',
      (d) => {
        guarantee(d, 'P1').issuedOn = '2023-12-01';
      },
      1,
      2,
      false,
    ],
    [
      'a project with no guarantee at all counts in the denominator',
      (d) => addProject(d, 'P3', '350503001'),
      2,
      3,
      false,
    ],
    [
      'suspended, completed and planned projects are not under construction',
      (d) => {
        addProject(d, 'P3', '350503001', { status: 'suspended' });
        addProject(d, 'P4', '350503001', { status: 'completed', completedOn: '2023-10-01' });
        addProject(d, 'P5', '350504', { status: 'planned' });
      },
      2,
      2,
      true,
    ],
    [
      'no project under construction: nothing to measure',
      (d) => {
        for (const p of d.records.constructionProject ?? []) p.status = 'completed';
      },
      0,
      0,
      null,
    ],
  ];
  it.each(cases)('%s', (_name, mutate, numerator, denominator, met) => {
    const d = cleanWages();
    mutate(d);
    const ind = runIndicator(guaranteeCoverageIndicator, d, CLEAN_WAGES_AS_OF);
    expect([ind.numerator, ind.denominator, ind.met]).toEqual([numerator, denominator, met]);
  });

  it('breaks down by county and street, each row judged against 100%', () => {
    const d = cleanWages();
    guarantee(d, 'P2').validUntil = '2023-11-01';
    const ind = runIndicator(guaranteeCoverageIndicator, d, CLEAN_WAGES_AS_OF);
    expect(rowOf(ind, '350503')).toMatchObject({ numerator: 1, denominator: 1, met: true, name: '丰泽区' });
    expect(rowOf(ind, '350503001')).toMatchObject({ numerator: 1, denominator: 1, met: true });
    expect(rowOf(ind, '350504')).toMatchObject({ numerator: 0, denominator: 1, met: false });
    expect(ind.clauseIds).toEqual(['WG.T1']);
  });

  it('never counts more covered projects than projects', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.boolean(), fc.integer({ min: -40, max: 40 })), { maxLength: 8 }),
        (specs) => {
          const d = cleanWages();
          specs.forEach(([hasGuarantee, offset], i) => {
            addProject(d, `PX${i}`, '350504');
            if (hasGuarantee) {
              const day = offset < 0 ? '2023-11-01' : '2023-12-31';
              d.records.paymentGuarantee?.push({
                id: `G${i}`,
                projectId: `PX${i}`,
                form: 'cash',
                amount: 1,
                issuedOn: '2023-07-01',
                validUntil: day,
                evidence: [],
              });
            }
          });
          const ind = runIndicator(guaranteeCoverageIndicator, d, CLEAN_WAGES_AS_OF);
          return (
            ind.denominator === 2 + specs.length && ind.numerator <= ind.denominator && ind.numerator >= 2
          );
        },
      ),
      { numRuns: 40 },
    );
  });
});
