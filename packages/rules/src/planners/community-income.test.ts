import { describe, expect, it } from 'vitest';
import { DatasetIndex } from '../engine/dataset-index';
import { type CommunitySpec, plannerDataset } from '../testing/planner-builders';
import { communityYearIncome } from './community-income';

describe('communityYearIncome — 公共收益为零 (PI.M2 priority, PI.M5 exemption)', () => {
  it.each<
    [string, Partial<CommunitySpec>, { zero: boolean; basis: string; totalFen: number; quarters: number }]
  >([
    [
      'every disclosed quarter 0',
      { income: [0, 0, null, 0] },
      { zero: true, basis: 'disclosures', totalFen: 0, quarters: 3 },
    ],
    [
      'one quarter with income',
      { income: [0, 250, null, null] },
      { zero: false, basis: 'disclosures', totalFen: 250, quarters: 2 },
    ],
    [
      'income although no source is registered',
      { income: [10, null, null, null], sources: 0 },
      { zero: false, basis: 'disclosures', totalFen: 10, quarters: 1 },
    ],
    [
      'nothing disclosed, no source registered',
      { income: [], sources: 0 },
      { zero: true, basis: 'registry', totalFen: 0, quarters: 0 },
    ],
    [
      'nothing disclosed, sources registered',
      { income: [] },
      { zero: false, basis: 'registry', totalFen: 0, quarters: 0 },
    ],
  ])('%s', (_, spec, expected) => {
    const dataset = plannerDataset({ communities: [{ id: 'A', divisionCode: '350503001', ...spec }] });
    const community = dataset.records.community?.[0];
    if (!community) throw new Error('fixture');
    const got = communityYearIncome(new DatasetIndex(dataset), community, 2023);
    expect({
      zero: got.zero,
      basis: got.basis,
      totalFen: got.totalFen,
      quarters: got.disclosedQuarters.length,
    }).toEqual(expected);
  });

  it('only reads the quarters of the year asked', () => {
    const dataset = plannerDataset({
      year: 2022,
      communities: [{ id: 'A', divisionCode: '350503001', income: [100, 100, 100, 100] }],
    });
    const community = dataset.records.community?.[0];
    if (!community) throw new Error('fixture');
    expect(communityYearIncome(new DatasetIndex(dataset), community, 2023).basis).toBe('registry');
  });
});
