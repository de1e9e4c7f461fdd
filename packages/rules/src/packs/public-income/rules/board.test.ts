import type { Dataset } from '@rectify/schemas';
import { describe, expect, it } from 'vitest';
import { cleanPublicIncome, clone, outcomeOf, runRule } from '../../../testing/builders';
import { addBoardInspection, communityIn } from '../../../testing/c1-builders';
import { boardRule } from './board';

// PI.C1.a — 未设置公示牌或公示牌未设置在小区主要人行出入口位置.
describe('PI-BOARD (PI.C1.a)', () => {
  type Case = [name: string, mutate: (d: Dataset) => void, asOf: string, expected: string];
  const cases: Case[] = [
    ['a registered board at the main pedestrian entrance passes', () => {}, '2023-11-30', 'pass'],
    [
      'no board registered fails',
      (d) => {
        communityIn(d).board.exists = false;
      },
      '2023-11-30',
      'fail',
    ],
    [
      'a board away from the main pedestrian entrance fails',
      (d) => {
        communityIn(d).board.atMainPedestrianEntrance = false;
      },
      '2023-11-30',
      'fail',
    ],
    [
      'a board whose position is not recorded is unknown',
      (d) => {
        communityIn(d).board.atMainPedestrianEntrance = undefined;
      },
      '2023-11-30',
      'unknown',
    ],
    [
      'no board fails even when its position is not recorded',
      (d) => {
        communityIn(d).board = { exists: false };
      },
      '2023-11-30',
      'fail',
    ],
    [
      'an inspection that found no board overrides the registry: fail',
      (d) => void addBoardInspection(d, 'I1', '2023-09-01', { boardPresent: false }),
      '2023-11-30',
      'fail',
    ],
    [
      'an inspection that saw the board at the entrance overrides a registry saying none: pass',
      (d) => {
        communityIn(d).board = { exists: false };
        addBoardInspection(d, 'I1', '2023-09-01', { boardPresent: true, boardAtMainEntrance: true });
      },
      '2023-11-30',
      'pass',
    ],
    [
      'an observed position settles an unrecorded one: pass',
      (d) => {
        communityIn(d).board.atMainPedestrianEntrance = undefined;
        addBoardInspection(d, 'I1', '2023-09-01', { boardAtMainEntrance: true });
      },
      '2023-11-30',
      'pass',
    ],
    [
      'an inspection dated after asOf is not yet known: the registry stands',
      (d) => void addBoardInspection(d, 'I1', '2023-12-01', { boardPresent: false }),
      '2023-11-30',
      'pass',
    ],
    [
      'an inspection dated on asOf itself counts',
      (d) => void addBoardInspection(d, 'I1', '2023-11-30', { boardPresent: false }),
      '2023-11-30',
      'fail',
    ],
    [
      'the latest inspection wins: a board moved to the entrance after an earlier finding passes',
      (d) => {
        addBoardInspection(d, 'I2', '2023-10-15', { boardPresent: true, boardAtMainEntrance: true });
        addBoardInspection(d, 'I1', '2023-08-01', { boardPresent: true, boardAtMainEntrance: false });
      },
      '2023-11-30',
      'pass',
    ],
    [
      'the latest inspection wins: a board seen away from the entrance later fails',
      (d) => {
        addBoardInspection(d, 'I1', '2023-08-01', { boardAtMainEntrance: true });
        addBoardInspection(d, 'I2', '2023-10-15', { boardAtMainEntrance: false });
      },
      '2023-11-30',
      'fail',
    ],
    [
      'inspectors disagreeing on the same day: the negative observation wins',
      (d) => {
        addBoardInspection(d, 'I1', '2023-10-15', { boardAtMainEntrance: false });
        addBoardInspection(d, 'I2', '2023-10-15', { boardAtMainEntrance: true });
      },
      '2023-11-30',
      'fail',
    ],
    [
      'an inspection that did not look at the board leaves the registry standing',
      (d) => void addBoardInspection(d, 'I1', '2023-10-15', {}),
      '2023-11-30',
      'pass',
    ],
  ];
  it.each(cases)('%s', (_name, mutate, asOf, expected) => {
    const d = clone(cleanPublicIncome());
    mutate(d);
    expect(outcomeOf(runRule(boardRule, d, asOf), 'C1')).toBe(expected);
  });

  it('a registry failure cites PI.C1.a and points at the registry field', () => {
    const d = clone(cleanPublicIncome());
    communityIn(d).board.atMainPedestrianEntrance = false;
    const f = runRule(boardRule, d, '2023-11-30')[0];
    expect(f?.clauseIds).toEqual(['PI.C1.a']);
    expect(f?.why).toEqual([
      expect.objectContaining({ clauseId: 'PI.C1.a', observed: false, expected: true }),
    ]);
    expect(f?.evidence).toEqual([
      { pointer: '/records/community/0/board/atMainPedestrianEntrance', observed: false, expected: true },
    ]);
    expect(f?.message['zh-CN']).toContain('主要人行出入口');
  });

  it('an inspection failure points at the observation that decided it', () => {
    const d = clone(cleanPublicIncome());
    addBoardInspection(d, 'I1', '2023-09-01', { boardPresent: false });
    const f = runRule(boardRule, d, '2023-11-30')[0];
    expect(f?.evidence[0]?.pointer).toBe('/records/inspection/0/observations/boardPresent');
    expect(f?.evidence[0]?.note?.en).toContain('2023-09-01');
    expect(f?.why).toHaveLength(1);
    expect(f?.why[0]?.text['zh-CN']).toBe('未设置公示牌');
  });
});
