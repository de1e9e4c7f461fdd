import { INSPECTION_KINDS, type Inspection, UNITS } from '@rectify/schemas';
import type { Column, Row } from '../document';
import type { ReportLang } from '../format/index';
import { say } from './bilingual';
import { type DivisionNames, withinDivision } from './division';
import { codeLabel, joinList } from './labels';
import { freeText, personName } from './personal-data';
import { inRange, type PeriodRange } from './report-options';
import { type SubjectIndex, subjectName } from './subject-names';
import { byText, column, SEQ_COLUMN } from './table';

/** Units of the street level: their inspections go in the street offices' ledger (PI.M2, PI.C5.e). */
export const STREET_LEVEL_UNITS: readonly string[] = ['street-office', 'residents-committee'];

/** Whether an inspection was made by a street office or a residents' committee. */
export function isStreetLevel(inspection: Inspection): boolean {
  return STREET_LEVEL_UNITS.includes(inspection.inspectingUnit.unit);
}

/** A yes/no observation field of an inspection (all but the free-text notes). */
type ObservationField = Exclude<keyof NonNullable<Inspection['observations']>, 'notes'>;

/** How one yes/no observation reads: its field, its label, then the value when true and when false. */
type ObservationWords = readonly [
  field: ObservationField,
  zh: string,
  en: string,
  zhYes: string,
  zhNo: string,
  enYes: string,
  enNo: string,
];

/** The yes/no observations in the order the ledger writes them. */
const OBSERVATION_WORDS: readonly ObservationWords[] = [
  ['boardPresent', '公示牌：', 'Board: ', '有', '无', 'present', 'missing'],
  ['boardAtMainEntrance', '位于主要人行出入口：', 'At main pedestrian entrance: ', '是', '否', 'yes', 'no'],
  ['currentNoticePosted', '当期公示：', 'Current notice: ', '已张贴', '未张贴', 'posted', 'not posted'],
  ['noticeMatchesSystems', '与两系统一致：', 'Matches both systems: ', '是', '否', 'yes', 'no'],
  ['accountsVerified', '账目核实：', 'Accounts: ', '已核实', '未核实', 'verified', 'not verified'],
];

/** What the inspectors saw, in words: `公示牌：有；位于主要人行出入口：是；…`; `未记录` when nothing was recorded. */
export function observationText(inspection: Inspection, lang: ReportLang): string {
  const o = inspection.observations ?? {};
  const parts: string[] = [];
  for (const [field, zh, en, zhYes, zhNo, enYes, enNo] of OBSERVATION_WORDS) {
    const seen = o[field];
    if (seen !== undefined)
      parts.push(`${say(lang, zh, en)}${seen ? say(lang, zhYes, enYes) : say(lang, zhNo, enNo)}`);
  }
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

/**
 * The inspections of communities (not of projects) in `divisionCode` made in `range` and known on `asOf`, by date
 * then id: what an inspection ledger lists (PI.M2, PI.C5.e).
 */
export function communityInspections(
  inspections: readonly Inspection[] | undefined,
  divisionCode: string,
  range: PeriodRange,
  asOf: string,
): Inspection[] {
  return (inspections ?? [])
    .filter(
      (i) =>
        i.communityId !== undefined &&
        withinDivision(i.divisionCode, divisionCode) &&
        inRange(i.inspectedOn, range, asOf),
    )
    .sort(byInspectionDate);
}

/** Sorts inspections by date, then id. */
export function byInspectionDate(a: Inspection, b: Inspection): number {
  return byText(a.inspectedOn, b.inspectedOn) || byText(a.id, b.id);
}
