import { INSPECTION_KINDS, type Inspection, type ScreeningItem, UNITS } from '@rectify/schemas';
import type { Column, Row } from '../document';
import type { ReportLang } from '../format/index';
import { say } from './bilingual';
import type { DivisionNames } from './division';
import { observationText } from './inspection-rows';
import { codeLabel, INSTITUTION_LABELS, joinList, mapLabel, SCREENING_RESULT_LABELS } from './labels';
import { freeText, personName, personText } from './personal-data';
import type { SubjectIndex } from './subject-names';
import { column, SEQ_COLUMN } from './table';

/** What a wages work-ledger row needs besides its record. */
export interface WageRowContext {
  /** The language of cell words. */
  readonly lang: ReportLang;
  /** Print personal data unmasked. */
  readonly reveal: boolean;
  /** Projects by id. */
  readonly subjects: SubjectIndex;
  /** Division names in `lang`. */
  readonly divisions: DivisionNames;
}

/** The division of a record about a project: the project's, or `undefined` when the project is unknown. */
export function projectDivision(subjects: SubjectIndex, projectId: string | undefined): string | undefined {
  return projectId === undefined ? undefined : subjects.projects.get(projectId)?.divisionCode;
}

/** The columns of the wages work ledger (整治工作台账): screenings and site checks. */
export function wageWorkColumns(): Column[] {
  return [
    SEQ_COLUMN,
    column('date', '日期', 'Date', 'date', 11),
    column('work', '工作类型', 'Work', 'text', 12),
    column('project', '项目名称', 'Project', 'text', 22),
    column('division', '所在地', 'Division', 'text', 10),
    column('unit', '工作单位', 'Unit', 'text', 14),
    column('people', '责任人/检查人员', 'Responsible / inspectors', 'text', 16),
    column('content', '工作内容', 'Content', 'text', 34),
    column('result', '结果', 'Result', 'text', 16),
    column('problems', '发现问题数', 'Problems', 'integer', 8),
  ];
}

/** A screening (排查, WG.M1) as a work-ledger row. */
export function screeningWorkRow(item: ScreeningItem, ctx: WageRowContext): Row {
  const { lang } = ctx;
  const project = ctx.subjects.projects.get(item.projectId);
  const institutions = item.institutionsChecked.map((c) => mapLabel(INSTITUTION_LABELS, c, lang));
  return {
    date: item.screenedOn,
    work: say(lang, '欠款欠薪隐患排查', 'Arrears screening'),
    project: project?.name ?? item.projectId,
    division: project === undefined ? '' : ctx.divisions.label(project.divisionCode),
    unit: item.screeningUnit === undefined ? '' : codeLabel(UNITS, item.screeningUnit, lang),
    people: personText(item.responsiblePerson, ctx.reveal),
    content:
      institutions.length === 0
        ? say(lang, '未列明排查制度', 'Institutions not listed')
        : `${say(lang, '排查：', 'Checked: ')}${joinList(institutions, lang)}`,
    result: mapLabel(SCREENING_RESULT_LABELS, item.result, lang),
    problems: item.problemIds.length,
  };
}

/** A site check of a project (在建项目现场核查) as a work-ledger row. */
export function inspectionWorkRow(inspection: Inspection, ctx: WageRowContext): Row {
  const { lang, reveal } = ctx;
  const project =
    inspection.projectId === undefined ? undefined : ctx.subjects.projects.get(inspection.projectId);
  const notes = inspection.observations?.notes;
  return {
    date: inspection.inspectedOn,
    work: codeLabel(INSPECTION_KINDS, inspection.kind, lang),
    project: project?.name ?? inspection.projectId ?? '',
    division: ctx.divisions.label(inspection.divisionCode),
    unit: inspection.inspectingUnit.name ?? codeLabel(UNITS, inspection.inspectingUnit.unit, lang),
    people: joinList(
      inspection.inspectors.map((p) => personName(p, reveal)),
      lang,
    ),
    content: notes === undefined ? observationText(inspection, lang) : freeText(notes, reveal),
    result:
      inspection.problemIds.length > 0
        ? say(lang, '发现问题', 'Problem found')
        : say(lang, '未发现问题', 'No problem found'),
    problems: inspection.problemIds.length,
  };
}
