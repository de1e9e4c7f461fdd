import { describe, expect, it } from 'vitest';
import { type DivisionScope, divisionScope } from './division-scope';
import { assessScope, placeRecords } from './territory';

function scopeOf(code: string): DivisionScope {
  const scope = divisionScope(code);
  if (!scope) throw new Error(`no scope for ${code}`);
  return scope;
}

const street = scopeOf('350503001');
const city = scopeOf('350500');

const records = {
  division: [{ code: '350500' }, { code: '350503' }, { code: '350503001' }, { code: '350503002' }],
  community: [
    { id: 'C1', divisionCode: '350503001001' },
    { id: 'C2', divisionCode: '350503002' },
  ],
  constructionProject: [{ id: 'P1', divisionCode: '350503001' }],
  quarterlyDisclosure: [{ communityId: 'C1' }, { communityId: 'C2' }, { communityId: 'C9' }],
  worker: [{ projectId: 'P1' }, { projectId: 'P9' }],
  enterprise: [{ uscc: 'U1', divisionCode: '350503001' }, { uscc: 'U2' }],
  creditAction: [{ uscc: 'U1' }, { uscc: 'U2' }],
  inspector: [{ unit: { divisionCode: '350503001' } }, { unit: {} }],
  audit: [{ communityIds: ['C1'] }, { communityIds: ['C1', 'C2'] }, { communityIds: [] }],
  complaint: ['not an object', { divisionCode: 'x' }],
};

describe('placeRecords', () => {
  it('places records by their own code, by what they refer to, or not at all', () => {
    expect(Object.fromEntries(placeRecords(records, street))).toEqual({
      division: ['in', 'in', 'in', 'out'],
      community: ['in', 'out'],
      constructionProject: ['in'],
      quarterlyDisclosure: ['in', 'out', 'unattributed'],
      worker: ['in', 'unattributed'],
      enterprise: ['in', 'out'],
      creditAction: ['in', 'out'],
      inspector: ['in', 'unattributed'],
      audit: ['in', 'out', 'unattributed'],
      complaint: ['unattributed', 'unattributed'],
    });
  });

  it('never throws on junk', () => {
    for (const junk of [null, 1, 'x', [], { community: 'x' }, { community: [null, 1, []] }])
      expect(() => placeRecords(junk, street)).not.toThrow();
  });
});

describe('assessScope', () => {
  it('counts the records outside and the ones it cannot place, by kind, and refuses', () => {
    expect(assessScope(records, street)).toEqual({
      scope: '350503001',
      total: 23,
      records: 6,
      unattributed: 6,
      byKind: {
        division: 1,
        community: 1,
        quarterlyDisclosure: 2,
        worker: 1,
        enterprise: 1,
        creditAction: 1,
        inspector: 1,
        audit: 2,
        complaint: 2,
      },
      refused: true,
    });
  });

  it('lets a city key send records it cannot place, never records of another city', () => {
    const unplaced = { quarterlyDisclosure: [{ communityId: 'C9' }] };
    expect(assessScope(unplaced, city).refused).toBe(false);
    expect(assessScope(unplaced, street).refused).toBe(true);
    expect(assessScope({ community: [{ divisionCode: '350203001' }] }, city).refused).toBe(true);
  });
});
