// Test helper: a 住宅小区基本信息表 (community registry) as the kit's mapping reads it, with chosen rows broken.
import type { Community } from '@rectify/schemas';

/** The columns written, by their Chinese header (the first header of each column of COMMUNITY_MAPPING). */
export const COMMUNITY_HEADERS = [
  '小区编号',
  '小区名称',
  '所属街道代码',
  '物业服务企业',
  '统一社会信用代码',
  '建筑面积（㎡）',
  '户数',
  '是否成立业委会',
  '是否设置公示牌',
] as const;

/** How a row is broken, to see the reader's row-level issue. */
export type RowBreak = 'households-not-a-number' | 'name-blank' | 'uscc-check-character';

const yes = (value: boolean | undefined) => (value ? '是' : '否');

/** The cells of one community, broken as asked. */
export function communityCells(c: Community, broken?: RowBreak): string[] {
  const uscc =
    broken === 'uscc-check-character'
      ? `${c.companyUscc.slice(0, 17)}${c.companyUscc.endsWith('0') ? '1' : '0'}`
      : c.companyUscc;
  return [
    c.id,
    broken === 'name-blank' ? '' : c.name,
    c.divisionCode,
    c.companyName,
    uscc,
    String(c.buildingArea),
    broken === 'households-not-a-number' ? '很多' : String(c.households),
    yes(c.ownersCommittee?.exists),
    yes(c.board?.exists),
  ];
}

/** A CSV of the communities; `breaks` maps a data-row index (0-based) to how it is broken. */
export function communityCsv(
  communities: readonly Community[],
  breaks: Readonly<Record<number, RowBreak>> = {},
): string {
  const quote = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);
  const lines = [COMMUNITY_HEADERS.join(',')];
  communities.forEach((c, i) => {
    lines.push(communityCells(c, breaks[i]).map(quote).join(','));
  });
  return `${lines.join('\n')}\n`;
}
