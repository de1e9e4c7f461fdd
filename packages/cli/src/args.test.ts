import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  asOfOption,
  formatOption,
  kindOption,
  packsOption,
  paramsOption,
  parseCommandArgs,
  sniffLang,
  yearOption,
} from './args';
import { CliError } from './cli-error';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return error instanceof CliError ? error.code : 'not-a-cli-error';
  }
  return undefined;
}

describe('parseCommandArgs', () => {
  it('reads the common options and positionals', () => {
    const { values, positionals } = parseCommandArgs(
      'check',
      ['a.json', '--lang', 'en', '-q', '--out=x.md'],
      {},
    );
    expect(positionals).toEqual(['a.json']);
    expect(values).toMatchObject({ lang: 'en', quiet: true, out: 'x.md' });
  });

  it.each([
    ['an unknown option', ['--bogus'], /--bogus/],
    ['a missing value', ['--lang'], /--lang/],
  ])('refuses %s with a usage error naming it', (_name, argv, pattern) => {
    try {
      parseCommandArgs('validate', argv, {});
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CliError);
      expect((error as CliError).code).toBe('USAGE');
      expect((error as CliError).helpFor).toBe('validate');
      expect((error as CliError).bilingual.en).toMatch(pattern);
    }
  });
});

describe('sniffLang', () => {
  it.each([
    [['check', '--lang', 'en'], 'en'],
    [['--lang=zh-CN', 'check'], 'zh-CN'],
    [['check', '--', '--lang', 'en'], undefined],
    [['check'], undefined],
  ])('%j → %s', (argv, lang) => {
    expect(sniffLang(argv)).toBe(lang);
  });
});

describe('option values', () => {
  it.each([
    ['2023-11-30', undefined],
    ['2024-02-29', undefined],
    ['2023-02-29', 'INVALID_OPTION'],
    ['2023-2-1', 'INVALID_OPTION'],
    ['２０２３-11-30', 'INVALID_OPTION'],
  ])('--as-of %s', (value, code) => {
    expect(codeOf(() => asOfOption({ 'as-of': value }, 'check'))).toBe(code);
  });

  it('--as-of is required', () => {
    expect(codeOf(() => asOfOption({}, 'check'))).toBe('MISSING_ARGUMENT');
  });

  it.each([
    [undefined, 2023, undefined],
    ['2024', 2024, undefined],
    ['24', undefined, 'INVALID_OPTION'],
    ['２０２４', undefined, 'INVALID_OPTION'],
  ])('--year %s', (value, year, code) => {
    const values = value === undefined ? {} : { year: value };
    if (code) expect(codeOf(() => yearOption(values, 'plan'))).toBe(code);
    else expect(yearOption(values, 'plan', 2023)).toBe(year);
  });

  it('--format defaults and refuses unknown formats', () => {
    expect(formatOption({}, ['table', 'json'], 'table', 'check')).toBe('table');
    expect(formatOption({ format: 'json' }, ['table', 'json'], 'table', 'check')).toBe('json');
    expect(codeOf(() => formatOption({ format: 'yaml' }, ['table', 'json'], 'table', 'check'))).toBe(
      'INVALID_OPTION',
    );
  });

  it('--kind accepts record kinds only', () => {
    expect(kindOption({ kind: 'community' }, 'validate')).toBe('community');
    expect(kindOption({}, 'validate')).toBeUndefined();
    expect(codeOf(() => kindOption({ kind: 'communities' }, 'validate'))).toBe('INVALID_OPTION');
  });

  it('--pack defaults to both, keeps catalog order, refuses unknown packs', () => {
    expect(packsOption({}, 'check')).toEqual(['public-income', 'wages']);
    expect(packsOption({ pack: ['wages', 'public-income', 'wages'] }, 'check')).toEqual([
      'public-income',
      'wages',
    ]);
    expect(packsOption({ pack: ['wages'] }, 'check')).toEqual(['wages']);
    expect(codeOf(() => packsOption({ pack: ['income'] }, 'check'))).toBe('INVALID_OPTION');
  });
});

describe('paramsOption', () => {
  const both = ['public-income', 'wages'];
  it.each([
    ['PI-COMPLAINT-HANDLING.acceptDays=10', both, { 'PI-COMPLAINT-HANDLING': { acceptDays: 10 } }],
    ['PI-COMMON-PART-DECISION.threshold=any', both, { 'PI-COMMON-PART-DECISION': { threshold: 'any' } }],
    ['WG-GUARANTEE-COVERAGE.x=1', both, 'INVALID_OPTION'],
    ['PI-T4-SUPPORT.minimumRiseBp=300', both, { 'PI-T4-SUPPORT': { minimumRiseBp: 300 } }],
    ['PI-COMPLAINT-HANDLING.acceptDays=ten', both, 'INVALID_OPTION'],
    ['PI-COMPLAINT-HANDLING.nope=1', both, 'INVALID_OPTION'],
    ['WG-PAYROLL-ACCOUNT.payDay=20', ['public-income'], 'INVALID_OPTION'],
    ['acceptDays=10', both, 'INVALID_OPTION'],
  ] as const)('%s', (text, packs, expected) => {
    if (typeof expected === 'string')
      expect(codeOf(() => paramsOption({ param: [text] }, packs, 'check'))).toBe(expected);
    else expect(paramsOption({ param: [text] }, packs, 'check')).toEqual(expected);
  });

  it('reads any integer back as the number it is', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000, max: 1_000_000 }), (n) => {
        const got = paramsOption(
          { param: [`PI-COMPLAINT-HANDLING.acceptDays=${n}`] },
          ['public-income'],
          'check',
        );
        expect(got['PI-COMPLAINT-HANDLING']?.acceptDays).toBe(n);
      }),
    );
  });
});
