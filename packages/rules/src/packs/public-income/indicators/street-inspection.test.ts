import type { Inspection } from '@rectify/schemas';
import { describe, expect, it } from 'vitest';
import {
  communityRecord,
  indicatorDataset,
  inspectionRecord,
  rowOf,
  runIndicator,
} from '../../../testing/handling-builders';
import { streetInspectionIndicator } from './street-inspection';

const communities = [
  communityRecord('A', '350503001'),
  communityRecord('B', '350503001'),
  communityRecord('C', '350503002'),
];
const full = (communityId: string, divisionCode: string, overrides: Partial<Inspection> = {}) =>
  inspectionRecord({
    communityId,
    divisionCode,
    kind: 'street-full',
    inspectingUnit: { unit: 'street-office', divisionCode },
    ...overrides,
  });

// PI.C5.e 街道办事处应对辖区物业“点题整治”情况进行全面检查 (PI.M2): coverage 100% by street.
describe('PI-C5E-STREET-INSPECTION (PI.C5.e, PI.M2)', () => {
  type Case = [
    name: string,
    inspections: Inspection[],
    rows: Record<string, [number, number, boolean | null]>,
  ];
  const cases: Case[] = [
    [
      'every community inspected: 100% everywhere',
      [full('A', '350503001'), full('B', '350503001'), full('C', '350503002')],
      {
        '350503001': [2, 2, true],
        '350503002': [1, 1, true],
        '350503': [3, 3, true],
        '350500': [3, 3, true],
      },
    ],
    [
      'one community missed: its street, county and the city fall short',
      [full('A', '350503001'), full('C', '350503002')],
      {
        '350503001': [1, 2, false],
        '350503002': [1, 1, true],
        '350503': [2, 3, false],
        '350500': [2, 3, false],
      },
    ],
    [
      'a sampling visit is not a street full inspection',
      [full('A', '350503001'), full('B', '350503001', { kind: 'sampling' }), full('C', '350503002')],
      { '350503001': [1, 2, false] },
    ],
    [
      'last year and after asOf do not count',
      [
        full('A', '350503001', { inspectedOn: '2022-10-01' }),
        full('B', '350503001', { inspectedOn: '2023-12-15' }),
        full('C', '350503002'),
      ],
      { '350503001': [0, 2, false], '350500': [1, 3, false] },
    ],
  ];
  it.each(cases)('%s', (_name, inspections, rows) => {
    const indicator = runIndicator(
      streetInspectionIndicator,
      indicatorDataset({ community: communities, inspection: inspections }),
      '2023-11-30',
    );
    for (const [code, [numerator, denominator, met]] of Object.entries(rows))
      expect(rowOf(indicator, code), code).toMatchObject({ numerator, denominator, met });
  });

  it('has a 100% target', () => {
    expect(streetInspectionIndicator.target).toMatchObject({ op: '>=', numerator: 1, denominator: 1 });
  });
});
