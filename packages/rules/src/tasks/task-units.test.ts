import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseParticipants, TASK_UNIT_CODES } from './task-units';

describe('parseParticipants', () => {
  it.each([
    ['市、县物业主管部门', { levels: ['city', 'county'], units: ['housing-authority'], unrecognized: [] }],
    [
      '市、县物业主管（牵头单位）、发改、公安、民政、市场监管部门',
      {
        levels: ['city', 'county'],
        units: [
          'housing-authority',
          'development-reform',
          'public-security',
          'civil-affairs',
          'market-regulation',
        ],
        leadUnit: 'housing-authority',
        unrecognized: [],
      },
    ],
    ['市、县市场监管部门', { levels: ['city', 'county'], units: ['market-regulation'], unrecognized: [] }],
    ['市场监管部门', { levels: [], units: ['market-regulation'], unrecognized: [] }],
    [
      '市住建局、人社局',
      { levels: ['city'], units: ['housing-construction-bureau', 'hrss-bureau'], unrecognized: [] },
    ],
    ['县（市、区）人社局', { levels: ['county'], units: ['hrss-bureau'], unrecognized: [] }],
    [
      '街道办事处（乡镇人民政府）、居（村）民委员会',
      { levels: [], units: ['street-office', 'residents-committee'], unrecognized: [] },
    ],
    ['物业管理行业协会', { levels: [], units: ['property-association'], unrecognized: [] }],
    ['市、县', { levels: ['city', 'county'], units: [], unrecognized: [] }],
    [
      '市、县物业主管、税务部门',
      { levels: ['city', 'county'], units: ['housing-authority'], unrecognized: ['税务部门'] },
    ],
    ['', { levels: [], units: [], unrecognized: [] }],
  ])('%j', (text, expected) => {
    expect(parseParticipants(text)).toEqual(expected);
  });

  it('never throws and only yields known unit codes', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const parsed = parseParticipants(text);
        for (const u of parsed.units) expect(TASK_UNIT_CODES).toContain(u);
      }),
    );
  });
});
