import { INSPECTION_KINDS, type Inspection, UNITS } from '@rectify/schemas';
import type { Column, Row } from '../document';
import type { ReportLang } from '../format/index';
import { say } from './bilingual';
import type { DivisionNames } from './division';
import { codeLabel, joinList } from './labels';
import { freeText, personName } from './personal-data';
import { type SubjectIndex, subjectName } from './subject-names';
import { byText, column, SEQ_COLUMN } from './table';

/** Units of the street level: their inspections go in the street offices' ledger (PI.M2, PI.C5.e). */
export const STREET_LEVEL_UNITS: readonly string[] = ['street-office', 'residents-committee'];

/** Whether an inspection was made by a street office or a residents' committee. */
export function isStreetLevel(inspection: Inspection): boolean {
  return STREET_LEVEL_UNITS.includes(inspection.inspectingUnit.unit);
}

const yes = (lang: ReportLang, value: boolean, zhYes: string, zhNo: string, enYes: string, enNo: string) =>
  value ? say(lang, zhYes, enYes) : say(lang, zhNo, enNo);

/** What the inspectors saw, in words: `公示牌：有；位于主要人行出入口：是；…`; `未记录` when nothing was recorded. */
export function observationText(inspection: Inspection, lang: ReportLang): string {
  const o = inspection.observations ?? {};
  const parts: string[] = [];
  const add = (zh: string, en: string, text: string) => parts.push(`${say(lang, zh, en)}${text}`);
  if (o.boardPresent !== undefined)
    add('公示牌：', 'Board: ', yes(lang, o.boardPresent, '有', '无', 'present', 'missing'));
  if (o.boardAtMainEntrance !== undefined)
    add(
      '位于主要人行出入口：',
      'At main pedestrian entrance: ',
      yes(lang, o.boardAtMainEntrance, '是', '否', 'yes', 'no'),
    );
  if (o.currentNoticePosted !== undefined)
    add(
      '当期公示：',
      'Current notice: ',
      yes(lang, o.currentNoticePosted, '已张贴', '未张贴', 'posted', 'not posted'),
    );
  if (o.noticeMatchesSystems !== undefined)
    add(
      '与两系统一致：',
      'Matches both systems: ',
      yes(lang, o.noticeMatchesSystems, '是', '否', 'yes', 'no'),
    );
  if (o.accountsVerified !== undefined)
    add(
      '账目核实：',
      'Accounts: ',
      yes(lang, o.accountsVerified, '已核实', '未核实', 'verified', 'not verified'),
    );
  if (parts.length === 0) return say(lang, '未记录', 'Not recorded');
  return parts.join(say(lang, '；', '; '));
}

/** What an inspection ledger row needs besides the inspection. */
export interface InspectionRowContext {
  /** The language of cell words. */
  readonly lang: ReportLang;
  /** Print inspectors' names and the notes' numbers unmasked. */
  readonly reveal: boolean;
  /** Communities and projects by id. */
  readonly subjects: SubjectIndex;
  /** Division names in `lang`. */
  readonly divisions: DivisionNames;
}

/** The columns of an inspection ledger (检查工作台账). */
export function inspectionColumns(): Column[] {
  return [
    SEQ_COLUMN,
    column('inspectedOn', '检查日期', 'Date', 'date', 11),
    column('kind', '检查类型', 'Kind', 'text', 12),
    column('subject', '检查对象', 'Subject', 'text', 16),
    column('division', '所在地', 'Division', 'text', 10),
    column('unit', '检查单位', 'Inspecting unit', 'text', 18),
    column('inspectors', '检查人员', 'Inspectors', 'text', 14),
    column('onSiteVerified', '实地核实', 'On site', 'text', 8),
    column('observations', '检查情况', 'Observations', 'text', 36),
    column('problems', '发现问题数', 'Problems', 'integer', 8),
    column('notes', '备注', 'Notes', 'text', 20),
  ];
}

/** An inspection as a ledger row: inspectors' names masked unless `reveal`, notes' numbers masked. */
export function inspectionRow(inspection: Inspection, ctx: InspectionRowContext): Row {
  const { lang, reveal } = ctx;
  const unit = inspection.inspectingUnit;
  return {
    inspectedOn: inspection.inspectedOn,
    kind: codeLabel(INSPECTION_KINDS, inspection.kind, lang),
    subject: subjectName(ctx.subjects, inspection),
    division: ctx.divisions.label(inspection.divisionCode),
    unit: unit.name ?? `${ctx.divisions.label(unit.divisionCode)}${codeLabel(UNITS, unit.unit, lang)}`,
    inspectors: joinList(
      inspection.inspectors.map((p) => personName(p, reveal)),
      lang,
    ),
    onSiteVerified: inspection.onSiteVerified,
    observations: observationText(inspection, lang),
    problems: inspection.problemIds.length,
    notes:
      inspection.observations?.notes === undefined ? '' : freeText(inspection.observations.notes, reveal),
  };
}

/** Sorts inspections by date, then id. */
export function byInspectionDate(a: Inspection, b: Inspection): number {
  return byText(a.inspectedOn, b.inspectedOn) || byText(a.id, b.id);
}
