import type { Bilingual, Community, Dataset } from '@rectify/schemas';
import type { KeyValuesSection, ReportDocument } from '../document';
import { bi } from './bilingual';
import type { BuildContext } from './build-context';
import { withinDivision } from './division';
import { ReportBuildError } from './report-build-error';

/** The options that name the community of a notice a property company posts. */
export interface NoticeCommunityOptions {
  /** The community whose notice it is. */
  readonly communityId: string;
  /** When given, the community must lie in it. */
  readonly divisionCode?: string;
}

/**
 * The community a notice is for: the dataset's community `options.communityId`, which must lie in
 * `options.divisionCode` when that is given.
 *
 * @throws ReportBuildError `NOT_FOUND` when the dataset holds no such community; `INVALID_OPTION` for a
 * community outside `divisionCode`.
 */
export function noticeCommunity(dataset: Dataset, options: NoticeCommunityOptions, where: string): Community {
  const community = (dataset.records.community ?? []).find((c) => c.id === options.communityId);
  if (community === undefined)
    throw new ReportBuildError(
      'NOT_FOUND',
      `${where}: no community ${String(options.communityId)} in the dataset`,
    );
  if (options.divisionCode !== undefined && !withinDivision(community.divisionCode, options.divisionCode))
    throw new ReportBuildError(
      'INVALID_OPTION',
      `${where}: community ${community.id} is not in ${options.divisionCode}`,
    );
  return community;
}

/**
 * The `meta` of a community's notice: public income, the clauses it serves, the period, the community's own
 * division (code and Chinese name), `asOf`, and the posting deadline when there is one.
 */
export function noticeMeta(
  ctx: BuildContext,
  community: Community,
  clauseIds: readonly string[],
  period: string,
  dueOn: string | undefined,
): ReportDocument['meta'] {
  return {
    campaign: 'public-income',
    clauseIds: [...clauseIds],
    period,
    divisionCode: community.divisionCode,
    divisionName: ctx.divisions['zh-CN'].label(community.divisionCode),
    asOf: ctx.asOf,
    ...(dueOn ? { dueOn } : {}),
  };
}

/**
 * The header block of a notice (公示信息): the community, the property company and the company's unified social
 * credit code (`companyUscc`: the one the notice's record gives, else the community's), then the notice's own
 * `items`.
 */
export function noticeHeader(
  community: Community,
  companyUscc: string,
  items: KeyValuesSection['items'],
): KeyValuesSection {
  return {
    kind: 'key-values',
    id: 'header',
    title: bi('公示信息', 'Notice'),
    items: [
      { label: bi('小区名称', 'Community'), value: community.name },
      { label: bi('物业服务企业', 'Property company'), value: community.companyName },
      {
        label: bi('统一社会信用代码', 'Unified social credit code'),
        value: companyUscc,
        type: 'code',
      },
      ...items,
    ],
  };
}

/**
 * The posting block of a notice (id `posting`, under `title`): the day it goes up and the last day on display,
 * then the notice's own `items` (how long, where, how owners were told).
 */
export function noticePosting(
  title: Bilingual,
  postedOn: string,
  endsOn: string,
  items: KeyValuesSection['items'],
): KeyValuesSection {
  return {
    kind: 'key-values',
    id: 'posting',
    title,
    items: [
      { label: bi('公示日期', 'Posted on'), value: postedOn, type: 'date' },
      { label: bi('公示截止日期', 'On display until'), value: endsOn, type: 'date' },
      ...items,
    ],
  };
}

/**
 * The close of a notice: the property company's name, seal and the posting day, with the complaint lines when
 * there are any; A4 portrait.
 */
export function noticeClosing(
  community: Community,
  postedOn: string,
  contacts: readonly string[],
): Pick<ReportDocument, 'signature' | 'layout'> {
  return {
    signature: {
      unit: community.companyName,
      seal: community.companyName,
      date: postedOn,
      ...(contacts.length > 0 ? { contacts: [...contacts] } : {}),
    },
    layout: { paper: 'A4', orientation: 'portrait' },
  };
}
