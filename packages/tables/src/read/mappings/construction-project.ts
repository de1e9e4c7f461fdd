import type { RecordMapping } from '../mapping';

/**
 * The list of construction projects (在建工程项目清单, WG.F0), amounts in 万元 as the industry writes
 * them. Project managers, chief supervisors and labour-wage officers are personal data.
 */
export const CONSTRUCTION_PROJECT_MAPPING: RecordMapping<'constructionProject'> = {
  kind: 'constructionProject',
  title: { 'zh-CN': '在建工程项目清单', en: 'Construction projects' },
  columns: [
    { field: 'id', headers: ['项目编号', '项目代码', '工程编号'], type: 'code', required: true },
    { field: 'name', headers: ['项目名称', '工程名称'], type: 'text', required: true },
    {
      field: 'kind',
      headers: ['项目类型', '工程类别'],
      type: 'enum',
      required: true,
      options: [
        { code: 'housing', labels: ['房屋建筑', '房建', '房屋建筑工程', '住宅'] },
        { code: 'municipal', labels: ['市政', '市政工程', '市政基础设施'] },
      ],
    },
    {
      field: 'funding',
      headers: ['投资类型', '投资性质', '资金来源'],
      type: 'enum',
      required: true,
      options: [
        { code: 'government', labels: ['政府投资', '财政投资', '政府'] },
        { code: 'state-owned', labels: ['国有投资', '国企投资', '国有企业投资', '国有'] },
        { code: 'private', labels: ['社会投资', '民营', '民间投资', '私人投资'] },
        { code: 'mixed', labels: ['混合投资', '混合'] },
      ],
    },
    {
      field: 'sizeClass',
      headers: ['项目规模', '规模'],
      type: 'enum',
      required: true,
      options: [
        { code: 'large', labels: ['大型'] },
        { code: 'medium', labels: ['中型'] },
        { code: 'small', labels: ['小型'] },
      ],
    },
    {
      field: 'status',
      headers: ['项目状态', '施工状态'],
      type: 'enum',
      required: true,
      options: [
        { code: 'planned', labels: ['未开工', '拟建', '计划'] },
        { code: 'under-construction', labels: ['在建', '施工中', '在施'] },
        { code: 'suspended', labels: ['停工', '暂停', '停建'] },
        { code: 'completed', labels: ['竣工', '已竣工', '完工'] },
      ],
    },
    {
      field: 'divisionCode',
      headers: ['所在区划代码', '所属区划代码', '区划代码'],
      type: 'code',
      required: true,
    },
    { field: 'builder/name', headers: ['建设单位'], type: 'text', required: true },
    {
      field: 'builder/uscc',
      headers: ['建设单位统一社会信用代码', '建设单位信用代码'],
      type: 'code',
      required: true,
    },
    {
      field: 'generalContractor/name',
      headers: ['施工总承包单位', '总承包单位', '施工单位'],
      type: 'text',
      required: true,
    },
    {
      field: 'generalContractor/uscc',
      headers: ['施工总承包单位统一社会信用代码', '总承包单位信用代码', '施工单位统一社会信用代码'],
      type: 'code',
      required: true,
    },
    { field: 'supervisor/name', headers: ['监理单位'], type: 'text' },
    { field: 'supervisor/uscc', headers: ['监理单位统一社会信用代码', '监理单位信用代码'], type: 'code' },
    {
      field: 'contractValue',
      headers: ['合同金额（万元）', '合同价款（万元）', '中标价（万元）'],
      type: 'money',
      unit: 'wan',
      required: true,
    },
    { field: 'permitOn', headers: ['施工许可日期', '施工许可证发证日期'], type: 'date' },
    { field: 'startedOn', headers: ['开工日期', '实际开工日期'], type: 'date' },
    { field: 'plannedCompletionOn', headers: ['计划竣工日期'], type: 'date' },
    { field: 'completedOn', headers: ['竣工日期', '实际竣工日期'], type: 'date' },
    { field: 'projectManager/name', headers: ['项目经理'], type: 'text', personal: true },
    { field: 'chiefSupervisor/name', headers: ['总监理工程师', '总监'], type: 'text', personal: true },
    { field: 'labourWageOfficer/name', headers: ['劳资专管员'], type: 'text', personal: true },
    {
      field: 'labourWageOfficer/phone',
      headers: ['劳资专管员电话', '劳资专管员联系电话'],
      type: 'code',
      personal: true,
    },
    { field: 'onIntegratedPlatform', headers: ['是否接入一体化平台', '是否接入监管平台'], type: 'boolean' },
    { field: 'processSettlement', headers: ['是否实行过程结算', '过程结算'], type: 'boolean' },
  ],
};
