import type { RecordMapping } from '../mapping';
import { INSPECTION_KIND_OPTIONS, UNIT_OPTIONS } from './options';

/**
 * An inspection ledger (检查工作台账, PI.C5.e, PI.M2, PI.M3): one row per inspection. The inspecting unit
 * is often implicit in who uploads the sheet; pass `inspectingUnit/unit` and `inspectingUnit/divisionCode`
 * as `constants` when the sheet has no such columns.
 */
export const INSPECTION_MAPPING: RecordMapping<'inspection'> = {
  kind: 'inspection',
  title: { 'zh-CN': '检查工作台账', en: 'Inspection ledger' },
  columns: [
    { field: 'id', headers: ['检查编号', '检查记录编号', '记录编号'], type: 'code', required: true },
    { field: 'inspectedOn', headers: ['检查日期', '检查时间'], type: 'date', required: true },
    {
      field: 'kind',
      headers: ['检查类型', '检查方式'],
      type: 'enum',
      options: INSPECTION_KIND_OPTIONS,
      required: true,
    },
    { field: 'communityId', headers: ['小区编号', '小区代码'], type: 'code' },
    { field: 'projectId', headers: ['项目编号', '工程项目编号'], type: 'code' },
    {
      field: 'divisionCode',
      headers: ['所属区划代码', '所属街道代码', '区划代码', '所属街道（乡镇）代码'],
      type: 'code',
      required: true,
    },
    { field: 'inspectingUnit/name', headers: ['检查单位', '检查单位名称'], type: 'text' },
    { field: 'inspectingUnit/unit', headers: ['检查单位类型'], type: 'enum', options: UNIT_OPTIONS },
    { field: 'inspectingUnit/divisionCode', headers: ['检查单位区划代码'], type: 'code' },
    { field: 'crossGroupId', headers: ['交叉检查组编号', '检查组编号'], type: 'code' },
    { field: 'inspectors', headers: ['检查人员', '检查人'], type: 'list', item: 'name', personal: true },
    { field: 'onSiteVerified', headers: ['是否实地核实', '是否现场核实'], type: 'boolean', required: true },
    { field: 'observations/boardPresent', headers: ['是否设置公示牌', '公示牌是否设置'], type: 'boolean' },
    {
      field: 'observations/boardAtMainEntrance',
      headers: ['公示牌是否位于主要人行出入口', '是否位于主要人行出入口'],
      type: 'boolean',
    },
    {
      field: 'observations/currentNoticePosted',
      headers: ['是否公示当期收支情况', '当期是否公示'],
      type: 'boolean',
    },
    {
      field: 'observations/noticeMatchesSystems',
      headers: ['公示内容与系统填报是否一致', '公示与系统是否一致'],
      type: 'boolean',
    },
    { field: 'observations/accountsVerified', headers: ['是否核实账目', '账目是否核实'], type: 'boolean' },
    { field: 'observations/notes', headers: ['检查情况', '检查情况说明', '检查发现'], type: 'text' },
    { field: 'problemIds', headers: ['问题编号', '发现问题编号'], type: 'list' },
  ],
};
