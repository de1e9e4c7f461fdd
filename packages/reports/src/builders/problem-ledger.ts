import { type Finding, PUBLIC_INCOME_RULES, WAGES_RULES } from '@rectify/rules';
import { type Bilingual, type Campaign, PROBLEM_KINDS, type Problem, UNITS } from '@rectify/schemas';
import type { ParagraphsSection, Row, TableSection } from '../document';
import type { ReportLang } from '../format/index';
import { bi, say } from './bilingual';
import { type DivisionNames, withinDivision } from './division';
import {
  codeLabel,
  joinList,
  mapLabel,
  PROBLEM_SOURCE_LABELS,
  REFERRED_TO_LABELS,
  RULE_CHECK_SOURCE,
} from './labels';
import { freeText, personText } from './personal-data';
import { PROBLEM_STATUSES } from './statuses';
import { type SubjectIndex, subjectName } from './subject-names';
import { byText, column, numbered, SEQ_COLUMN } from './table';

/** How a problem (clue) stands on the as-of date. */
export type ProblemStatus = 'closed' | 'rectified' | 'overdue' | 'open';

const known = (date: string | undefined, asOf: string): date is string => date !== undefined && date <= asOf;

/**
 * How a problem stands on `asOf`: `closed` once closed (办结), `rectified` once rectified, `overdue` when its
 * rectification time limit (整改时限) has passed without either, else `open`. A date after `asOf` is not yet known.
 */
export function problemStatus(problem: Problem, asOf: string): ProblemStatus {
  if (known(problem.closedOn, asOf)) return 'closed';
  if (known(problem.rectifiedOn, asOf)) return 'rectified';
  if (problem.deadline !== undefined && problem.deadline < asOf) return 'overdue';
  return 'open';
}

const STEPS: readonly { key: keyof Problem; zh: string; en: string }[] = [
  { key: 'interviewedOn', zh: '约谈', en: 'interviewed' },
  { key: 'punishedOn', zh: '处罚', en: 'punished' },
  { key: 'exposedOn', zh: '通报曝光', en: 'exposed' },
  { key: 'referredOn', zh: '移送', en: 'referred' },
  { key: 'rectifiedOn', zh: '整改到位', en: 'rectified' },
  { key: 'handledOn', zh: '处理到位', en: 'handled' },
  { key: 'accountabilityOn', zh: '问责到位', en: 'accountability in place' },
  { key: 'closedOn', zh: '办结', en: 'closed' },
];

const ESCALATION: Readonly<Record<string, Bilingual>> = {
  street: bi('街道就地化解', 'resolved on the spot by the street'),
  county: bi('县级联合化解', 'county-level coordination'),
  city: bi('市级督办', 'city supervision'),
};

/**
 * The handling steps of a problem known on `asOf`, in date order (`2023-11-23 约谈；2023-11-30 处罚`), with the
 * level it is resolved at (PI.M6); `尚无处理记录` when there is none (PI.C5.b asks for a step and a date).
 */
export function handlingSteps(problem: Problem, asOf: string, lang: ReportLang): string {
  const steps: { date: string; order: number; text: string }[] = [];
  STEPS.forEach((step, order) => {
    const date = problem[step.key];
    if (typeof date !== 'string' || !known(date, asOf)) return;
    let text = say(lang, step.zh, step.en);
    if (step.key === 'referredOn' && problem.referredTo !== undefined)
      text += say(lang, '', ' to ') + mapLabel(REFERRED_TO_LABELS, problem.referredTo, lang);
    steps.push({ date, order, text });
  });
  steps.sort((a, b) => byText(a.date, b.date) || a.order - b.order);
  const parts = steps.map((s) => `${s.date} ${s.text}`);
  if (problem.escalation !== undefined) parts.push(mapLabel(ESCALATION, problem.escalation, lang));
  if (parts.length === 0) return say(lang, '尚无处理记录', 'No step recorded yet');
  return parts.join(say(lang, '；', '; '));
}

const RULE_TITLES: ReadonlyMap<string, Bilingual> = new Map(
  [...PUBLIC_INCOME_RULES, ...WAGES_RULES].map((r) => [r.id, r.title] as const),
);

/** The title of a rule of the kit's packs, or its id. */
export function ruleTitle(ruleId: string, lang: ReportLang): string {
  return RULE_TITLES.get(ruleId)?.[lang] ?? ruleId;
}

/** The problems of a campaign in a division found from `from` (inclusive, optional) to `until`, by date and id. */
export function problemsOf(
  problems: readonly Problem[] | undefined,
  campaign: Campaign,
  divisionCode: string,
  until: string,
  from?: string,
): Problem[] {
  return (problems ?? [])
    .filter(
      (p) =>
        p.campaign === campaign &&
        withinDivision(p.divisionCode, divisionCode) &&
        p.foundOn <= until &&
        (from === undefined || p.foundOn >= from),
    )
    .sort((a, b) => byText(a.foundOn, b.foundOn) || byText(a.id, b.id));
}

/**
 * The failed findings of a campaign in a division (by the pack id, or a rule id starting `PI-` / `WG-` for a
 * host's own pack): clues the rule engine raised. Findings about problem
 * ledger items themselves (subject kind `problem`) are left out: they are shown on the problem's own row.
 */
export function failedFindings(
  findings: readonly Finding[],
  campaign: Campaign,
  divisionCode: string,
): Finding[] {
  const prefix = campaign === 'public-income' ? 'PI-' : 'WG-';
  return findings.filter(
    (f) =>
      f.outcome === 'fail' &&
      (f.pack.id === campaign || f.ruleId.startsWith(prefix)) &&
      f.subject.kind !== 'problem' &&
      withinDivision(f.subject.divisionCode, divisionCode),
  );
}

/** What a ledger needs besides its rows. */
export interface LedgerContext {
  /** The as-of date of the report. */
  readonly asOf: string;
  /** The as-of date of the check the findings come from: the day rule clues were found. */
  readonly checkedOn: string;
  /** The language of cell words. */
  readonly lang: ReportLang;
  /** Print personal data unmasked. */
  readonly reveal: boolean;
  /** Communities, projects and enterprises by id. */
  readonly subjects: SubjectIndex;
  /** Division names in both languages (paragraphs carry both). */
  readonly divisions: Readonly<Record<ReportLang, DivisionNames>>;
  /** Every finding of the check, to attach the rule engine's verdict on a problem to its row. */
  readonly findings: readonly Finding[];
}

function responsibleText(problem: Problem, ctx: LedgerContext): string {
  const unit = problem.responsibleUnit;
  const unitText = unit === undefined ? '' : (unit.name ?? codeLabel(UNITS, unit.unit, ctx.lang));
  const person = personText(problem.responsiblePerson, ctx.reveal);
  if (person === '') return unitText;
  const label = `${say(ctx.lang, '责任人：', 'Responsible: ')}${person}`;
  return unitText === '' ? label : `${unitText}${say(ctx.lang, '；', '; ')}${label}`;
}

/** The ledger row of a problem. */
export function problemRow(problem: Problem, ctx: LedgerContext): Row {
  const { lang, reveal, asOf } = ctx;
  let handling = handlingSteps(problem, asOf, lang);
  const verdicts = ctx.findings.filter(
    (f) => f.outcome === 'fail' && f.subject.kind === 'problem' && f.subject.id === problem.id,
  );
  for (const f of verdicts)
    handling += `${say(lang, '（核查：', ' (check: ')}${freeText(f.message[lang], reveal)}${say(lang, '）', ')')}`;
  return {
    id: problem.id,
    source: mapLabel(PROBLEM_SOURCE_LABELS, problem.source, lang),
    foundOn: problem.foundOn,
    subject: subjectName(ctx.subjects, problem),
    division: ctx.divisions[lang].label(problem.divisionCode),
    kind: codeLabel(PROBLEM_KINDS, problem.kind, lang),
    description: freeText(problem.description, reveal),
    responsible: responsibleText(problem, ctx),
    deadline: problem.deadline ?? null,
    handling,
    status: problemStatus(problem, asOf),
  };
}

/** The ledger row of a failed finding: a clue raised by the rule engine, to be verified. */
export function findingRow(finding: Finding, ctx: LedgerContext): Row {
  const { lang, reveal } = ctx;
  const clauses =
    finding.clauseIds.length === 0
      ? ''
      : lang === 'en'
        ? ` (${finding.clauseIds.join(', ')})`
        : `（${finding.clauseIds.join('、')}）`;
  return {
    id: finding.id,
    source: RULE_CHECK_SOURCE[lang],
    foundOn: ctx.checkedOn,
    subject: finding.subject.name ?? finding.subject.id,
    division: ctx.divisions[lang].label(finding.subject.divisionCode),
    kind: `${ruleTitle(finding.ruleId, lang)}${clauses}`,
    description: freeText(finding.message[lang], reveal),
    responsible: finding.responsible.regulated?.name ?? '',
    deadline: finding.deadline ?? null,
    handling: freeText(finding.remediation[lang], reveal),
    status: 'to-verify',
  };
}

/** The columns of a problem (clue) ledger. */
export function ledgerColumns() {
  return [
    SEQ_COLUMN,
    column('id', '编号', 'Id', 'code', 18),
    column('source', '来源', 'Source', 'text', 10),
    column('foundOn', '发现日期', 'Found on', 'date', 11),
    column('subject', '小区/项目/企业', 'Community / project / enterprise', 'text', 16),
    column('division', '所在地', 'Division', 'text', 10),
    column('kind', '问题类型', 'Kind', 'text', 16),
    column('description', '问题描述', 'Description', 'text', 32),
    column('responsible', '责任单位及责任人', 'Responsible', 'text', 20),
    column('deadline', '整改时限', 'Time limit', 'date', 11),
    column('handling', '处理情况', 'Handling', 'text', 30),
    column('status', '状态', 'Status', 'status', 10, PROBLEM_STATUSES),
  ];
}

/** A problem (clue) ledger: the problems, then the rule engine's failed findings as clues to verify. */
export function problemLedgerSection(
  id: string,
  title: Bilingual,
  problems: readonly Problem[],
  clues: readonly Finding[],
  ctx: LedgerContext,
  note?: Bilingual,
): TableSection {
  const rows = numbered([
    ...problems.map((p) => problemRow(p, ctx)),
    ...clues.map((f) => findingRow(f, ctx)),
  ]);
  return { kind: 'table', id, title, columns: ledgerColumns(), rows, ...(note ? { note } : {}) };
}

/** Counts of a set of problems on `asOf`. */
export interface ProblemCounts {
  opened: number;
  rectified: number;
  handled: number;
  accountability: number;
  closed: number;
  /** Neither rectified nor closed. */
  open: number;
  /** Open past the time limit. */
  overdue: number;
}

/** Counts problems by what is known of them on `asOf`. */
export function problemCounts(problems: readonly Problem[], asOf: string): ProblemCounts {
  const counts: ProblemCounts = {
    opened: 0,
    rectified: 0,
    handled: 0,
    accountability: 0,
    closed: 0,
    open: 0,
    overdue: 0,
  };
  for (const p of problems) {
    counts.opened++;
    if (known(p.rectifiedOn, asOf)) counts.rectified++;
    if (known(p.handledOn, asOf)) counts.handled++;
    if (known(p.accountabilityOn, asOf)) counts.accountability++;
    if (known(p.closedOn, asOf)) counts.closed++;
    const status = problemStatus(p, asOf);
    if (status === 'open' || status === 'overdue') counts.open++;
    if (status === 'overdue') counts.overdue++;
  }
  return counts;
}

/**
 * The typical cases (典型案例) among `problems` as paragraphs, one per case; a single paragraph saying there is
 * none when none is flagged.
 */
export function typicalCaseParagraphs(problems: readonly Problem[], ctx: LedgerContext): Bilingual[] {
  const cases = problems.filter((p) => p.typicalCase === true);
  if (cases.length === 0) return [bi('本期无典型案例。', 'No typical case this period.')];
  return cases.map((p, i) => {
    const subject = subjectName(ctx.subjects, p);
    const description = freeText(p.description, ctx.reveal);
    const zh = `案例${i + 1}：${subject}（${ctx.divisions['zh-CN'].label(p.divisionCode)}），${codeLabel(PROBLEM_KINDS, p.kind, 'zh-CN')}。${description}。处理情况：${handlingSteps(p, ctx.asOf, 'zh-CN')}。`;
    const en = `Case ${i + 1}: ${subject} (${ctx.divisions.en.label(p.divisionCode)}), ${codeLabel(PROBLEM_KINDS, p.kind, 'en')}. ${description}. Handling: ${handlingSteps(p, ctx.asOf, 'en')}.`;
    return bi(zh.replace(/。。/g, '。'), en.replace(/\.\./g, '.'));
  });
}

/** The typical cases section (典型案例) of a report: {@link typicalCaseParagraphs} under its usual id and title. */
export function typicalCasesSection(problems: readonly Problem[], ctx: LedgerContext): ParagraphsSection {
  return {
    kind: 'paragraphs',
    id: 'typical-cases',
    title: bi('典型案例', 'Typical cases'),
    paragraphs: typicalCaseParagraphs(problems, ctx),
  };
}

/** The kinds of problem found, in codelist order with their counts: `未按时公示 2、公示渠道不全 1`. */
export function kindSummary(problems: readonly Problem[], lang: ReportLang): string {
  const counts = new Map<string, number>();
  for (const p of problems) counts.set(p.kind, (counts.get(p.kind) ?? 0) + 1);
  const parts = PROBLEM_KINDS.entries
    .filter((e) => counts.has(e.code))
    .map((e) => `${lang === 'en' ? e.en : e.zh} ${counts.get(e.code)}`);
  return joinList(parts, lang);
}
