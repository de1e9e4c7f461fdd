import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { completeOrganisationCode, completeUscc } from './identifiers/index';
import { Community } from './public-income/community';
import { compiledValidator, validate } from './validate';

const USCC = completeUscc(`91350500${completeOrganisationCode('MA2XN0E0')}`);

const community = () => ({
  id: 'C1',
  name: '东湖花园',
  divisionCode: '350503001',
  companyUscc: USCC,
  companyName: '泉州示例物业服务有限公司',
  buildingArea: 50_000,
  households: 400,
  ownersCommittee: { exists: true },
  board: { exists: true, atMainPedestrianEntrance: true },
});

describe('validate(kind, record)', () => {
  it('accepts a clean community', () => {
    const r = validate('community', community());
    expect(r.issues).toEqual([]);
    expect(r.valid).toBe(true);
    expect(r.counts).toEqual({ records: 1, errors: 0, warnings: 0, byKind: { community: 1 } });
  });

  it('counts text length in characters (code points), as zod and JSON Schema do, on the fast and the full path', () => {
    // 𠀀 (U+20000, CJK Extension B) is one character in two UTF-16 code units; a community name holds 100.
    const fits = { ...community(), name: '𠀀'.repeat(100) };
    const tooLong = { ...community(), name: '𠀀'.repeat(101) };
    expect(Community.safeParse(fits).success).toBe(true);
    expect(compiledValidator('community')(fits)).toBe(true);
    expect(validate('community', fits).valid).toBe(true);
    expect(Community.safeParse(tooLong).success).toBe(false);
    expect(compiledValidator('community')(tooLong)).toBe(false);
    const r = validate('community', tooLong);
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([['SCHEMA_LENGTH', '/name']]);
  });

  it('agrees with zod on the length of any string, astral or lone surrogate', () => {
    const chars = fc.constantFrom('a', '泉', '𠀀', '😀', '\ud800', '\udc00', ' ');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 130 }), (parts) => {
        const record = { ...community(), name: parts.join('') };
        const zod = Community.safeParse(record).success;
        expect(compiledValidator('community')(record)).toBe(zod);
        expect(compiledValidator('community', { allErrors: true })(record)).toBe(zod);
      }),
      { numRuns: 500 },
    );
  });

  type Case = [name: string, mutate: (c: Record<string, unknown>) => void, code: string, path: string];
  const cases: Case[] = [
    ['missing field', (c) => delete c.name, 'SCHEMA_REQUIRED', '/name'],
    ['money as float', (c) => (c.households = 1.5), 'SCHEMA_TYPE', '/households'],
    [
      'full-width digits in a division code',
      (c) => (c.divisionCode = '３５０５０３００１'),
      'SCHEMA_PATTERN',
      '/divisionCode',
    ],
    ['unknown field', (c) => (c.nmae = 'x'), 'SCHEMA_UNKNOWN_FIELD', '/nmae'],
    [
      'wrong USCC check character',
      (c) => (c.companyUscc = `${USCC.slice(0, 17)}${USCC[17] === 'A' ? 'B' : 'A'}`),
      'USCC_CHECK_CHARACTER',
      '/companyUscc',
    ],
    ['enum outside the codelist', (c) => (c.account = { mode: 'cash-box' }), 'SCHEMA_ENUM', '/account/mode'],
    ['impossible date', (c) => (c.servedSince = '2023-02-30'), 'SCHEMA_FORMAT', '/servedSince'],
  ];
  it.each(cases)('%s → %s at %s', (_name, mutate, code, path) => {
    const c: Record<string, unknown> = community();
    mutate(c);
    const r = validate('community', c);
    expect(r.valid).toBe(false);
    expect(r.issues.map((i) => [i.code, i.path])).toContainEqual([code, path]);
    for (const i of r.issues) {
      expect(i.message['zh-CN'].length).toBeGreaterThan(0);
      expect(i.message.en.length).toBeGreaterThan(0);
    }
  });

  it('reports one issue, not two, for a bad date (zod emits both pattern and format)', () => {
    const c: Record<string, unknown> = { ...community(), servedSince: '2023/07/31' };
    expect(validate('community', c).issues.filter((i) => i.path === '/servedSince')).toHaveLength(1);
  });

  it('checks date order and parts of wholes', () => {
    const r = validate('ownersDecision', {
      id: 'D1',
      communityId: 'C1',
      decidedOn: '2023-01-01',
      subject: '停车',
      matters: ['common-part-business'],
      totalArea: 100,
      totalOwners: 10,
      participatingArea: 90,
      participatingOwners: 9,
      approvingArea: 95,
      approvingOwners: 9,
    });
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([['COUNT_EXCEEDS_TOTAL', '/approvingArea']]);
  });

  it('never echoes personal data in messages', () => {
    const r = validate('worker', {
      id: 'W1',
      projectId: 'P1',
      person: { name: '张三', idNumber: '11010519491231002Y', phone: '13812345678' },
      employerUscc: USCC,
      joinedOn: '2023-01-01',
    });
    const text = JSON.stringify(r);
    expect(r.valid).toBe(false);
    expect(text).not.toContain('11010519491231002');
    expect(text).not.toContain('13812345678');
    expect(text).not.toContain('张三');
  });

  it('reports an unknown kind as an issue, not a crash', () => {
    const r = validate('nonsense' as never, {});
    expect(r.issues[0]?.code).toBe('KIND_UNKNOWN');
  });

  it('never throws on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const r = validate('quarterlyDisclosure', value);
        expect(typeof r.valid).toBe('boolean');
        const d = validate('dataset', value);
        expect(d.valid).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});

describe('validate(dataset)', () => {
  const dataset = (communities: unknown[], disclosures: unknown[] = []) => ({
    schemaVersion: '0.1.0',
    campaignYear: 2023,
    generatedAt: '2023-11-30T18:00:00+08:00',
    records: { community: communities, quarterlyDisclosure: disclosures },
  });

  it('finds duplicate ids without dropping either record', () => {
    const r = validate('dataset', dataset([community(), community()]));
    expect(r.counts.byKind.community).toBe(2);
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([['DUPLICATE_ID', '/records/community/1/id']]);
  });

  it('warns about references to records the dataset lacks', () => {
    const disclosure = {
      id: 'D1',
      communityId: 'C9',
      quarter: '2023Q2',
      companyUscc: USCC,
      openingBalance: 0,
      incomeLines: [],
      incomeTotal: 0,
      expenseLines: [],
      expenseTotal: 0,
      closingBalance: 0,
    };
    const r = validate('dataset', dataset([community()], [disclosure]));
    expect(r.valid).toBe(true);
    expect(r.issues.map((i) => [i.code, i.severity, i.path])).toEqual([
      ['REFERENCE_UNKNOWN', 'warning', '/records/quarterlyDisclosure/0/communityId'],
    ]);
  });

  it('truncates the list at maxIssues but keeps full counts', () => {
    const many = Array.from({ length: 30 }, (_, i) => ({ ...community(), id: `C${i}`, households: -1 }));
    const r = validate('dataset', dataset(many), { maxIssues: 5 });
    expect(r.counts.errors).toBe(30);
    expect(r.issues).toHaveLength(6);
    expect(r.issues[5]?.code).toBe('TOO_MANY_ISSUES');
  });
});
