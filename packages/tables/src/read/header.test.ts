import { describe, expect, it } from 'vitest';
import { compileMapping } from './compile-mapping';
import { columnLetter, detectHeader, type RawRow } from './header';
import { MAPPINGS } from './mappings/index';

const community = compileMapping(MAPPINGS.community);
const payroll = compileMapping(MAPPINGS.payrollLine);

function rows(...cells: unknown[][]): RawRow[] {
  return cells.map((c, i) => ({ row: i + 1, cells: c }));
}

function fields(match: ReturnType<typeof detectHeader>): string[] {
  return match?.bound.map((b) => `${b.label}=${b.column.field}`) ?? [];
}

describe('columnLetter', () => {
  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [51, 'AZ'],
    [52, 'BA'],
    [701, 'ZZ'],
    [702, 'AAA'],
  ])('%i → %s', (index, letters) => {
    expect(columnLetter(index)).toBe(letters);
  });
});

describe('detectHeader', () => {
  it('skips a title block and matches headers through spaces, full-width forms and aliases', () => {
    const match = detectHeader(
      rows(
        ['泉州市住宅小区基本信息表'],
        ['填报单位：某街道'],
        ['序号', ' 小区编号 ', '项目名称', '所属街道（乡镇）代码', '物业企业', '户 数'],
      ),
      community,
    );
    expect(match?.firstRow).toBe(3);
    expect(fields(match)).toEqual([
      'B 小区编号=id',
      'C 项目名称=name',
      'D 所属街道（乡镇）代码=divisionCode',
      'E 物业企业=companyName',
      'F 户 数=households',
    ]);
    expect(match?.unbound).toEqual([{ index: 0, label: 'A 序号', reason: 'ignored' }]);
    expect(match?.missing.map((c) => c.field)).toContain('companyUscc');
  });

  it('wants at least two columns and half of the row or of the mapping', () => {
    expect(detectHeader(rows(['小区编号', '备注1', '备注2', '备注3']), community)).toBeUndefined();
    expect(
      detectHeader(rows(['小区编号', '小区名称', '备注', '说明', '其他', '附件']), community),
    ).toBeUndefined();
    expect(detectHeader(rows(['小区编号', '小区名称', '备注']), community)?.firstRow).toBe(1);
  });

  it('looks no further than 20 non-blank rows', () => {
    const title = Array.from({ length: 20 }, (_, i) => [`说明第${i + 1}行`]);
    expect(detectHeader(rows(...title, ['小区编号', '小区名称']), community)).toBeUndefined();
    expect(detectHeader(rows(...title.slice(1), ['小区编号', '小区名称']), community)?.firstRow).toBe(20);
  });

  it('matches a money header whatever its unit and keeps the unit', () => {
    const match = detectHeader(rows(['明细编号', '应发金额（万元）', '实发金额(元)', '实发工资']), payroll);
    expect(match?.bound.map((b) => [b.column.field, b.unit])).toEqual([
      ['id', undefined],
      ['amountDue', 'wan'],
      ['amountPaid', 'yuan'],
    ]);
    expect(match?.unbound).toEqual([{ index: 3, label: 'D 实发工资', reason: 'duplicate' }]);
  });

  it('takes the unit of a title line above the header', () => {
    expect(
      detectHeader(rows(['单位：万元'], ['明细编号', '应发金额', '实发金额']), payroll)?.defaultUnit,
    ).toBe('wan');
  });

  it('reads a two-row header from merged XLSX cells', () => {
    const match = detectHeader(
      rows(
        ['小区编号', '小区名称', '公示牌', null, null],
        [null, null, '是否设置', '位置', '是否位于主要人行出入口'],
      ),
      community,
      [
        { top: 1, left: 0, bottom: 2, right: 0 },
        { top: 1, left: 1, bottom: 2, right: 1 },
        { top: 1, left: 2, bottom: 1, right: 4 },
      ],
    );
    expect(match).toMatchObject({ firstRow: 1, lastRow: 2 });
    expect(fields(match)).toEqual([
      'A 小区编号=id',
      'B 小区名称=name',
      'C 公示牌是否设置=board/exists',
      'D 公示牌位置=board/location',
      'E 公示牌是否位于主要人行出入口=board/atMainPedestrianEntrance',
    ]);
  });

  it('reads the same two-row header from CSV, where a merged group header leaves blanks to its right', () => {
    const match = detectHeader(
      rows(
        ['小区编号', '小区名称', '公示牌', '', '', '户数'],
        ['', '', '是否设置', '位置', '是否位于主要人行出入口', ''],
      ),
      community,
    );
    expect(match?.lastRow).toBe(2);
    expect(fields(match)).toEqual([
      'A 小区编号=id',
      'B 小区名称=name',
      'C 公示牌是否设置=board/exists',
      'D 公示牌位置=board/location',
      'E 公示牌是否位于主要人行出入口=board/atMainPedestrianEntrance',
      'F 户数=households',
    ]);
  });

  it('does not take the first data row for a second header row', () => {
    const match = detectHeader(
      rows(['小区编号', '小区名称', '户数'], ['C001', '丰泽花园', '300']),
      community,
    );
    expect(match).toMatchObject({ firstRow: 1, lastRow: 1 });
  });
});
