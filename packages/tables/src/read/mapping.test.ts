import { describe, expect, it } from 'vitest';
import { compileMapping } from './compile-mapping';
import { headerKey, titleUnit } from './header-key';
import { type ColumnMapping, extendMapping, type RecordMapping } from './mapping';
import { MAPPINGS } from './mappings/index';
import { TableReadError } from './read-error';

const base: RecordMapping<'worker'> = {
  kind: 'worker',
  title: { 'zh-CN': '花名册', en: 'Roster' },
  columns: [
    { field: 'id', headers: ['人员编号'], type: 'code', required: true },
    { field: 'person/name', headers: ['姓名'], type: 'text', personal: true },
  ],
};

describe('extendMapping', () => {
  it('adds aliases and columns and merges constants, leaving the base alone', () => {
    const extra: ColumnMapping = { field: 'team', headers: ['班组'], type: 'text' };
    const extended = extendMapping(base, {
      aliases: { 'person/name': ['工人姓名'] },
      columns: [extra],
      constants: { projectId: 'P1' },
    });
    expect(extended.columns.map((c) => c.field)).toEqual(['id', 'person/name', 'team']);
    expect(extended.columns[1]?.headers).toEqual(['姓名', '工人姓名']);
    expect(extended.constants).toEqual({ projectId: 'P1' });
    expect(base.columns[1]?.headers).toEqual(['姓名']);
    expect(base.constants).toBeUndefined();
  });

  it('replaces a column of the same field in place', () => {
    const extended = extendMapping(base, { columns: [{ field: 'id', headers: ['工号'], type: 'code' }] });
    expect(extended.columns.map((c) => c.headers[0])).toEqual(['工号', '姓名']);
  });

  it('throws for aliases of a field the mapping lacks', () => {
    expect(() => extendMapping(base, { aliases: { nope: ['x'] } })).toThrow(TableReadError);
  });
});

describe('compileMapping', () => {
  it.each([
    ['an unknown kind', { ...base, kind: 'nope' as 'worker' }],
    ['an unknown type', { ...base, columns: [{ field: 'id', headers: ['a'], type: 'uuid' as 'text' }] }],
    ['two columns on one field', { ...base, columns: [base.columns[0], base.columns[0]] }],
    [
      'one header for two columns',
      {
        ...base,
        columns: [
          { field: 'id', headers: ['编号'], type: 'code' },
          { field: 'team', headers: ['编 号'], type: 'text' },
        ],
      },
    ],
    ['an enum without options', { ...base, columns: [{ field: 'trade', headers: ['工种'], type: 'enum' }] }],
    [
      'enum labels that clash',
      {
        ...base,
        columns: [
          {
            field: 'trade',
            headers: ['工种'],
            type: 'enum',
            options: [
              { code: 'a', labels: ['木工'] },
              { code: 'b', labels: ['木 工'] },
            ],
          },
        ],
      },
    ],
    ['a malformed path', { ...base, columns: [{ field: 'person//name', headers: ['姓名'], type: 'text' }] }],
    ['no headers', { ...base, columns: [{ field: 'id', headers: [], type: 'code' }] }],
  ] as Array<[string, RecordMapping]>)('throws INVALID_MAPPING for %s', (_name, mapping) => {
    expect(() => compileMapping(mapping)).toThrow(expect.objectContaining({ code: 'INVALID_MAPPING' }));
  });

  it('accepts every declared mapping', () => {
    for (const mapping of Object.values(MAPPINGS))
      expect(() => compileMapping(mapping as RecordMapping)).not.toThrow();
  });
});

describe('headerKey', () => {
  it.each([
    ['金额（万元）', { key: '金额(万元)', base: '金额', unit: 'wan' }],
    ['金额 (元)', { key: '金额(元)', base: '金额', unit: 'yuan' }],
    ['金额【人民币元】', { key: '金额[人民币元]', base: '金额', unit: 'yuan' }],
    ['应发工资/元', { key: '应发工资/元', base: '应发工资', unit: 'yuan' }],
    ['合同金额(单位：万元)', { key: '合同金额(单位:万元)', base: '合同金额', unit: 'wan' }],
    ['建筑面积（㎡）', { key: '建筑面积(㎡)', base: '建筑面积' }],
    ['*小区名称', { key: '小区名称', base: '小区名称' }],
    ['小区名称（必填）', { key: '小区名称', base: '小区名称' }],
    ['小区\n名称', { key: '小区名称', base: '小区名称' }],
    ['（万元）', { key: '(万元)', base: '(万元)', unit: 'wan' }],
  ])('%s', (text, expected) => {
    expect(headerKey(text)).toEqual(expected);
  });

  it('reads a table unit from a title line', () => {
    expect(titleUnit('单位：万元')).toBe('wan');
    expect(titleUnit('（金额单位：元）')).toBe('yuan');
    expect(titleUnit('填报单位：某街道')).toBeUndefined();
    expect(titleUnit('单位：元/月')).toBe('yuan');
  });
});
