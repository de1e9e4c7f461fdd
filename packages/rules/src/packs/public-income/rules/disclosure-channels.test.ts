import type { Dataset } from '@rectify/schemas';
import { describe, expect, it } from 'vitest';
import { cleanPublicIncome, clone, outcomeOf, runRule } from '../../../testing/builders';
import { disclosureIn } from '../../../testing/c1-builders';
import { disclosureChannelsRule } from './disclosure-channels';

const dropChannel = (d: Dataset, quarter: string, ...channels: string[]) => {
  const disclosure = disclosureIn(d, quarter);
  disclosure.postings = disclosure.postings.filter((p) => !channels.includes(p.channel));
};

// PI.C1.c — 在小区公示牌等醒目位置，以及省住宅小区公共收益信息管理系统和泉州市物业项目管理系统公示.
describe('PI-DISCLOSURE-CHANNELS (PI.C1.c)', () => {
  type Case = [name: string, mutate: (d: Dataset) => void, asOf: string, quarter: string, expected: string];
  const cases: Case[] = [
    ['posted on all three channels passes', () => {}, '2023-11-30', '2023Q2', 'pass'],
    [
      'a posting whose time cannot be read is unknown: the channel is neither counted nor called missing',
      (d) => {
        const p = disclosureIn(d, '2023Q2').postings.find((x) => x.channel === 'quanzhou-system');
        if (p) p.postedAt = '2023-07-20T09:00:00';
      },
      '2023-11-30',
      '2023Q2',
      'unknown',
    ],
    [
      'no board posting fails',
      (d) => dropChannel(d, '2023Q2', 'notice-board'),
      '2023-11-30',
      '2023Q2',
      'fail',
    ],
    [
      'no provincial posting fails even though the provincial filing is kept',
      (d) => dropChannel(d, '2023Q2', 'provincial-system'),
      '2023-11-30',
      '2023Q2',
      'fail',
    ],
    [
      'no Quanzhou posting fails',
      (d) => dropChannel(d, '2023Q1', 'quanzhou-system'),
      '2023-11-30',
      '2023Q1',
      'fail',
    ],
    [
      'no posting at all on any channel fails',
      (d) => dropChannel(d, '2023Q2', 'notice-board', 'provincial-system', 'quanzhou-system'),
      '2023-11-30',
      '2023Q2',
      'fail',
    ],
    [
      'a channel missing on the deadline day itself (2023-10-31) is still pending',
      (d) => dropChannel(d, '2023Q3', 'quanzhou-system'),
      '2023-10-31',
      '2023Q3',
      'pending',
    ],
    [
      'a channel missing the day after the deadline fails',
      (d) => dropChannel(d, '2023Q3', 'quanzhou-system'),
      '2023-11-01',
      '2023Q3',
      'fail',
    ],
    ['before any posting and before the deadline: pending', () => {}, '2023-10-05', '2023Q3', 'pending'],
    [
      'a posting dated after asOf had not happened on asOf: fail',
      (d) => {
        const p = disclosureIn(d, '2023Q2').postings[2];
        if (p) p.postedAt = '2023-12-05';
      },
      '2023-11-30',
      '2023Q2',
      'fail',
    ],
    [
      'a late posting still counts as posted (lateness is PI-DISCLOSURE-DEADLINE)',
      (d) => {
        const p = disclosureIn(d, '2023Q2').postings[1];
        if (p) p.postedAt = '2023-08-15';
      },
      '2023-11-30',
      '2023Q2',
      'pass',
    ],
    [
      'the board posting may be recorded twice without harm',
      (d) => {
        const disclosure = disclosureIn(d, '2023Q2');
        disclosure.postings.push({ channel: 'notice-board', postedAt: '2023-07-12', evidence: [] });
      },
      '2023-11-30',
      '2023Q2',
      'pass',
    ],
    [
      'a quarter without a disclosure record is not judged here (Q4)',
      () => {},
      '2024-03-01',
      '2023Q4',
      'not_applicable',
    ],
    [
      'a past quarter whose disclosure was deleted is not judged here',
      (d) => {
        d.records.quarterlyDisclosure = d.records.quarterlyDisclosure?.filter((x) => x.quarter !== '2023Q3');
      },
      '2023-11-30',
      '2023Q3',
      'not_applicable',
    ],
  ];
  it.each(cases)('%s', (_name, mutate, asOf, quarter, expected) => {
    const d = clone(cleanPublicIncome());
    mutate(d);
    expect(outcomeOf(runRule(disclosureChannelsRule, d, asOf), 'C1', quarter)).toBe(expected);
  });

  it('a failure lists each missing channel as its own condition, with deadline and pointer', () => {
    const d = clone(cleanPublicIncome());
    dropChannel(d, '2023Q2', 'notice-board', 'quanzhou-system');
    const f = runRule(disclosureChannelsRule, d, '2023-11-30').find((x) => x.period === '2023Q2');
    expect(f?.clauseIds).toEqual(['PI.C1.c']);
    expect(f?.deadline).toBe('2023-07-31');
    expect(f?.why.map((w) => w.expected)).toEqual(['notice-board', 'quanzhou-system']);
    expect(f?.why.every((w) => w.clauseId === 'PI.C1.c')).toBe(true);
    expect(f?.evidence).toEqual([
      {
        pointer: '/records/quarterlyDisclosure/1/postings',
        observed: ['provincial-system'],
        expected: 'notice-board',
      },
      {
        pointer: '/records/quarterlyDisclosure/1/postings',
        observed: ['provincial-system'],
        expected: 'quanzhou-system',
      },
    ]);
    expect(f?.message['zh-CN']).toContain('小区公示牌等醒目位置、泉州市物业项目管理系统');
  });
});
