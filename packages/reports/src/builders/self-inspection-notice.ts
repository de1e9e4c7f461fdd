import { type CheckResult, isCivilDate, periodEnd } from '@rectify/rules';
import { type Dataset, PROBLEM_KINDS } from '@rectify/schemas';
import type { ReportDocument, Row } from '../document';
import { formatDateEn, formatDateZh } from '../format/index';
import { bi, say } from './bilingual';
import { buildContext } from './build-context';
import { noticeClosing, noticeCommunity, noticeHeader, noticeMeta, noticePosting } from './community-notice';
import { ratioValue } from './indicator-figures';
import { codeLabel, joinList, mapLabel, NOTIFIED_CHANNEL_LABELS, POSTED_AT_LABELS } from './labels';
import { freeText, personText } from './personal-data';
import { handlingSteps, problemStatus } from './problem-ledger';
import { ReportBuildError } from './report-build-error';
import { type ReportOptions, yearRange } from './report-options';
import { textDueOn } from './reporting-dates';
import { PROBLEM_STATUSES } from './statuses';
import { byText, column, numbered, SEQ_COLUMN } from './table';

/** Report id of {@link buildSelfInspectionNotice}. */
export const SELF_INSPECTION_NOTICE_ID = 'self-inspection-notice';

/** Options of {@link buildSelfInspectionNotice}: one community and the year of the self-inspection. */
export interface SelfInspectionNoticeOptions extends Omit<ReportOptions, 'divisionCode'> {
  /** The community whose notice it is. */
  communityId: string;
  /** The campaign year of the self-inspection. */
  year: number;
  /** When given, the community must lie in it. Defaults to the community's own division. */
  divisionCode?: string;
  /** The day the notice goes up. Defaults to the self-inspection record's `postedOn`, else `asOf`. */
  postedOn?: string;
}

/** Clauses the notice serves: PI.S2 and the tasks of self-inspection and its posting (PI.X8, PI.X9, PI.X37). */
export const SELF_INSPECTION_NOTICE_CLAUSES: readonly string[] = ['PI.S2', 'PI.X8', 'PI.X9', 'PI.X37'];

const WHERE = 'buildSelfInspectionNotice';

/** The deadline of PI.S2 as the text writes it: 物业服务企业要于7月30日前将自查结果…公示. */
const POSTING_DEADLINE_TEXT = '7月30日前';
/** PI.S2 公示日期不少于30日. */
const DISPLAY_DAYS = 30;

/**
 * A property company's public notice of its self-inspection results (自查自纠结果公示, PI.S2, 附件1 五（二）): the
 * community and company, whether the self-inspection ledger (自查自纠台账) exists, the problems the company found
 * itself (problems of source `self-inspection` for the community and year) with the measure, time limit and
 * responsible person (name masked unless `reveal`), then where and when it is posted — by 30 July, for at least
 * 30 days (Civil Code art. 201) in prominent places — and how every owner was told (WeChat, SMS, phone). The
 * company's seal and date close it; A4 portrait.
 *
 * @throws ReportBuildError `NOT_FOUND` when the dataset holds no such community; `INVALID_OPTION` for malformed
 * options or a community outside `divisionCode`.
 */
export function buildSelfInspectionNotice(
  dataset: Dataset,
  result: CheckResult,
  options: SelfInspectionNoticeOptions,
): ReportDocument {
  const range = yearRange(options.year, WHERE);
  const community = noticeCommunity(dataset, options, WHERE);
  if (options.postedOn !== undefined && !isCivilDate(options.postedOn))
    throw new ReportBuildError('INVALID_OPTION', `${WHERE}: postedOn must be a civil date YYYY-MM-DD`);
  const ctx = buildContext(dataset, result, { ...options, divisionCode: community.divisionCode }, WHERE);
  const { lang, reveal, asOf } = ctx;
  const record = (dataset.records.selfInspection ?? []).find(
    (s) => s.communityId === community.id && s.year === range.year,
  );
  const postedOn = options.postedOn ?? record?.postedOn ?? asOf;
  const endsOn = periodEnd(postedOn, DISPLAY_DAYS);
  const dueOn = textDueOn(POSTING_DEADLINE_TEXT, range.year);
  const problems = (dataset.records.problem ?? [])
    .filter(
      (p) =>
        p.campaign === 'public-income' &&
        p.source === 'self-inspection' &&
        p.communityId === community.id &&
        p.foundOn >= range.from &&
        p.foundOn <= range.to &&
        p.foundOn <= asOf,
    )
    .sort((a, b) => byText(a.foundOn, b.foundOn) || byText(a.id, b.id));
  const rows: Row[] = problems.map((p) => ({
    kind: codeLabel(PROBLEM_KINDS, p.kind, lang),
    description: freeText(p.description, reveal),
    measures: handlingSteps(p, asOf, lang),
    deadline: p.deadline ?? null,
    responsible: personText(p.responsiblePerson, reveal),
    status: problemStatus(p, asOf),
  }));
  const postedAt = (record?.postedAt ?? []).map((c) => mapLabel(POSTED_AT_LABELS, c, lang));
  const channels = (record?.notifiedChannels ?? []).map((c) => mapLabel(NOTIFIED_CHANNEL_LABELS, c, lang));
  const contacts = [
    ...new Set(
      (dataset.records.quarterlyDisclosure ?? [])
        .filter((d) => d.communityId === community.id)
        .sort((a, b) => byText(b.quarter, a.quarter))
        .slice(0, 1)
        .flatMap((d) => d.complaintContacts),
    ),
  ];
  return {
    id: SELF_INSPECTION_NOTICE_ID,
    title: bi(
      `${community.name}${range.year}年公共收益自查自纠情况公示`,
      `${community.name}: self-inspection of public income, ${range.year}`,
    ),
    meta: noticeMeta(ctx, community, SELF_INSPECTION_NOTICE_CLAUSES, range.period, dueOn),
    sections: [
      noticeHeader(community, community.companyUscc, [
        { label: bi('自查年度', 'Year'), value: range.period, type: 'code' },
        {
          label: bi('自查自纠台账', 'Self-inspection ledger'),
          value:
            record === undefined
              ? say(lang, '未报送', 'Not reported')
              : record.ledgerEstablished
                ? say(lang, '已建立', 'Established')
                : say(lang, '未建立', 'Not established'),
        },
      ]),
      {
        kind: 'table',
        id: 'findings',
        title: bi('一、自查发现的问题及整改措施', 'I. Problems found and measures'),
        columns: [
          SEQ_COLUMN,
          column('kind', '问题类型', 'Kind', 'text', 16),
          column('description', '问题描述', 'Description', 'text', 28),
          column('measures', '整改措施及进展', 'Measures and progress', 'text', 24),
          column('deadline', '整改时限', 'Time limit', 'date', 11),
          column('responsible', '责任人', 'Responsible', 'text', 14),
          column('status', '整改情况', 'Status', 'status', 10, PROBLEM_STATUSES),
        ],
        rows: numbered(rows),
        ...(rows.length === 0
          ? { note: bi('经自查，未发现问题。', 'The self-inspection found no problem.') }
          : {}),
      },
      noticePosting(bi('二、公示与告知', 'II. Posting and notification'), postedOn, endsOn, [
        {
          label: bi('公示位置', 'Posted at'),
          value: postedAt.length === 0 ? '' : joinList(postedAt, lang),
        },
        {
          label: bi('告知方式', 'Owners told by'),
          value: channels.length === 0 ? '' : joinList(channels, lang),
        },
        {
          label: bi('已告知业主户数', 'Owners told'),
          value: record?.ownersNotified ?? null,
          type: 'integer',
        },
        { label: bi('业主总户数', 'Owners in all'), value: record?.ownersTotal ?? null, type: 'integer' },
        {
          label: bi('告知覆盖率', 'Share of owners told'),
          value:
            record?.ownersNotified === undefined || record.ownersTotal === undefined
              ? null
              : ratioValue(record.ownersNotified, record.ownersTotal),
          type: 'ratio',
        },
      ]),
      {
        kind: 'paragraphs',
        id: 'statement',
        title: bi('三、说明', 'III. Statement'),
        paragraphs: [
          bi(
            `本公示自${formatDateZh(postedOn)}起在小区公告栏、楼道、电梯等醒目位置公示不少于${DISPLAY_DAYS}日，至${formatDateZh(endsOn)}止，并通过微信、短信、电话等方式告知全体业主。业主如有异议，可向本企业或物业管理主管部门反映${contacts.length > 0 ? `，监督投诉电话：${contacts.join('、')}` : ''}。`,
            `Posted from ${formatDateEn(postedOn)} in prominent places (notice board, stairwells, lifts) for at least ${DISPLAY_DAYS} days, until ${formatDateEn(endsOn)}, and every owner told by WeChat, SMS or phone. Owners who object may tell the company or the property authority${contacts.length > 0 ? `; complaint lines: ${contacts.join(', ')}` : ''}.`,
          ),
        ],
      },
    ],
    ...noticeClosing(community, postedOn, contacts),
  };
}
