import {
  type CheckResult,
  disclosureDeadline,
  isCivilDate,
  parseShanghaiDate,
  periodEnd,
  quarterEnd,
  quarterStart,
} from '@rectify/rules';
import {
  type Bilingual,
  type Dataset,
  EXPENSE_CATEGORIES,
  INCOME_CATEGORIES,
  type QuarterlyDisclosure,
} from '@rectify/schemas';
import type { Column, ReportDocument, Row, TableSection } from '../document';
import {
  formatDateEn,
  formatDateZh,
  formatPeriodEn,
  formatPeriodZh,
  formatYuan,
  type ReportLang,
} from '../format/index';
import { bi, say } from './bilingual';
import { buildContext } from './build-context';
import { noticeClosing, noticeCommunity, noticeHeader, noticeMeta, noticePosting } from './community-notice';
import { exactDecimal } from './indicator-figures';
import { codeLabel, joinList } from './labels';
import { freeText } from './personal-data';
import { ReportBuildError } from './report-build-error';
import { quarterRange, type ReportOptions } from './report-options';
import { column, labelledTotals, numbered, SEQ_COLUMN, sumOf } from './table';

/** Report id of {@link buildDisclosureNotice}. */
export const DISCLOSURE_NOTICE_ID = 'disclosure-notice';

/** Options of {@link buildDisclosureNotice}: one community and one quarter. */
export interface DisclosureNoticeOptions extends Omit<ReportOptions, 'divisionCode'> {
  /** The community whose notice it is. */
  communityId: string;
  /** The quarter whose income and expenditure it discloses, `YYYYQn`. */
  quarter: string;
  /** When given, the community must lie in it. Defaults to the community's own division. */
  divisionCode?: string;
  /**
   * The day the notice goes up. Defaults to the day (Asia/Shanghai) of the disclosure's notice-board posting,
   * else `asOf`.
   */
  postedOn?: string;
  /** Days the notice stays up. Defaults to 30 (PI.C1.d 公示时间少于30日 is a violation). */
  displayDays?: number;
}

/** Clauses the notice serves: timing, channels, duration, items and arithmetic (PI.C1.b–f), distribution and surplus (PI.C2.d–e). */
export const DISCLOSURE_NOTICE_CLAUSES: readonly string[] = [
  'PI.C1.b',
  'PI.C1.c',
  'PI.C1.d',
  'PI.C1.e',
  'PI.C1.f',
  'PI.C2.d',
  'PI.C2.e',
];

const WHERE = 'buildDisclosureNotice';

const CHANNEL_TEXT: Readonly<Record<string, Bilingual>> = {
  'notice-board': bi('小区公示牌', 'the community notice board'),
  'provincial-system': bi('省住宅小区公共收益信息管理系统', 'the provincial public-income system'),
  'quanzhou-system': bi('泉州市物业项目管理系统', 'the Quanzhou property project system'),
};

function moneyColumns() {
  return [
    column('amount', '金额（元）', 'Amount (yuan)', 'money', 14),
    column('amountWan', '金额（万元）', 'Amount (10k yuan)', 'money-wan', 12),
  ];
}

/** A row's amount in both money columns: 元 and 万元 are both integer fen, so the two always agree. */
const amounts = (fen: number) => ({ amount: fen, amountWan: fen });

/** Totals of both money columns: the 万元 subtotal is the rounded sum of fen, never a sum of rounded amounts. */
function moneyTotals(rows: readonly Row[], labelKey: string, lang: ReportLang): Row {
  return labelledTotals(amounts(sumOf(rows, 'amount')), labelKey, lang);
}

function mismatch(disclosed: number, computed: number, what: Bilingual): Bilingual {
  return bi(
    `注：公示的${what['zh-CN']}为${formatYuan(disclosed)}，与明细之和${formatYuan(computed)}不一致，以明细为准列示合计。`,
    `Note: the disclosed ${what.en} is ${formatYuan(disclosed)}, not the sum of the lines ${formatYuan(computed)}; the total shown is the sum of the lines.`,
  );
}

/** A table section of the notice, with a totals row and a note only when given. */
function table(
  id: string,
  title: Bilingual,
  columns: Column[],
  rows: Row[],
  totals: Row | undefined,
  note: Bilingual | undefined,
): TableSection {
  return {
    kind: 'table',
    id,
    title,
    columns,
    rows,
    ...(totals ? { totals } : {}),
    ...(note ? { note } : {}),
  };
}

/**
 * A table of a disclosure's lines by category (its income or its expenses): the sequence number, `lineColumns`
 * (the first keyed `category`), both money columns and the totals of the lines. Where the disclosure's own total
 * `disclosedTotal` is not the sum of the lines (PI.C1.f), a note says so: the totals are always the sum.
 */
function categoryLinesTable(
  id: string,
  title: Bilingual,
  lineColumns: readonly Column[],
  rows: Row[],
  disclosedTotal: number,
  what: Bilingual,
  lang: ReportLang,
): TableSection {
  const sum = sumOf(rows, 'amount');
  return table(
    id,
    title,
    [SEQ_COLUMN, ...lineColumns, ...moneyColumns()],
    rows,
    moneyTotals(rows, 'category', lang),
    sum === disclosedTotal ? undefined : mismatch(disclosedTotal, sum, what),
  );
}

function boardDay(disclosure: QuarterlyDisclosure): string | undefined {
  const board = disclosure.postings.find((p) => p.channel === 'notice-board');
  if (board === undefined) return undefined;
  const parsed = parseShanghaiDate(board.postedAt);
  return parsed.ok ? parsed.value : undefined;
}

/**
 * The quarterly public-income notice of one community (公共收益收支情况公示, PI.C1.b–f), as the company posts it on
 * the board and files it on the two systems: the period, income lines by category, expense lines with the
 * owners' decision behind each, the distribution between company and owners, the transfers into the
 * maintenance-fund account (维修资金专户), the balance from opening to closing, the posting day and the last
 * day on display (posting day + 30 days, Civil Code art. 201: the posting day is not counted), the complaint
 * contacts, and the company's seal and date. A4 portrait.
 *
 * Amounts are integer fen shown in 元, each table with a 万元 column whose subtotal is the rounded total in fen
 * (so the subtotals reconcile with the lines and with each other). Where the disclosure's own totals do not
 * add up (PI.C1.f), the notice shows the sums of the lines and says so in a note: it never hides the mismatch.
 *
 * @throws ReportBuildError `NOT_FOUND` when the dataset holds no such community or no disclosure of it for the
 * quarter; `INVALID_OPTION` for malformed options or a community outside `divisionCode`.
 */
export function buildDisclosureNotice(
  dataset: Dataset,
  result: CheckResult,
  options: DisclosureNoticeOptions,
): ReportDocument {
  const range = quarterRange(options.quarter, WHERE);
  const community = noticeCommunity(dataset, options, WHERE);
  const ctx = buildContext(dataset, result, { ...options, divisionCode: community.divisionCode }, WHERE);
  const disclosure = (dataset.records.quarterlyDisclosure ?? []).find(
    (d) => d.communityId === community.id && d.quarter === range.period,
  );
  if (disclosure === undefined)
    throw new ReportBuildError('NOT_FOUND', `${WHERE}: no disclosure of ${community.id} for ${range.period}`);
  const displayDays = options.displayDays ?? 30;
  if (!Number.isInteger(displayDays) || displayDays < 1)
    throw new ReportBuildError('INVALID_OPTION', `${WHERE}: displayDays must be a whole number ≥ 1`);
  if (options.postedOn !== undefined && !isCivilDate(options.postedOn))
    throw new ReportBuildError('INVALID_OPTION', `${WHERE}: postedOn must be a civil date YYYY-MM-DD`);
  const postedOn = options.postedOn ?? boardDay(disclosure) ?? ctx.asOf;
  const endsOn = periodEnd(postedOn, displayDays);
  const { lang, reveal } = ctx;

  const incomeRows = numbered(
    disclosure.incomeLines.map((l) => ({
      category: codeLabel(INCOME_CATEGORIES, l.category, lang),
      description: freeText(l.description, reveal),
      ...amounts(l.amount),
    })),
  );
  const preAuthorised = new Set<string>(community.preAuthorisedExpenseCategories);
  const expenseRows = numbered(
    disclosure.expenseLines.map((l) => ({
      category: codeLabel(EXPENSE_CATEGORIES, l.category, lang),
      description: freeText(l.description, reveal),
      basis:
        l.decisionId !== undefined
          ? `${say(lang, '业主共同决定', "Owners' decision")} ${l.decisionId}`
          : preAuthorised.has(l.category)
            ? say(lang, '服务合同或管理规约约定', 'Pre-authorised by contract or rules')
            : say(lang, '未列明', 'None given'),
      ...amounts(l.amount),
    })),
  );
  const transferRows = numbered(
    disclosure.maintenanceFundTransfers.map((t) => ({
      forQuarter: lang === 'en' ? formatPeriodEn(t.forQuarter) : formatPeriodZh(t.forQuarter),
      transferredOn: t.transferredOn,
      ...amounts(t.amount),
    })),
  );
  const incomeSum = sumOf(incomeRows, 'amount');
  const expenseSum = sumOf(expenseRows, 'amount');
  const transferSum = sumOf(transferRows, 'amount');
  const companyShare = disclosure.distribution?.companyShare ?? 0;
  const expectedClosing = disclosure.openingBalance + incomeSum - expenseSum - companyShare - transferSum;

  const distribution = disclosure.distribution;
  const distributionRows: Row[] =
    distribution === undefined
      ? []
      : [
          {
            item: say(lang, '可分配收益', 'Distributable amount'),
            ...amounts(distribution.base),
            share: distribution.base === 0 ? null : 1,
          },
          {
            item: say(lang, '物业服务企业分成', "Company's share"),
            ...amounts(distribution.companyShare),
            share: distribution.base === 0 ? null : distribution.companyShare / distribution.base,
          },
          {
            item: say(lang, '全体业主分成', "Owners' share"),
            ...amounts(distribution.ownersShare),
            share: distribution.base === 0 ? null : distribution.ownersShare / distribution.base,
          },
        ];
  const agreedBp = community.distribution?.companyShareBp;
  const distributionNote =
    distribution === undefined
      ? bi('本期未进行收益分配。', 'Nothing was distributed this quarter.')
      : distribution.companyShare + distribution.ownersShare !== distribution.base
        ? bi(
            `注：企业分成与业主分成之和（${formatYuan(distribution.companyShare + distribution.ownersShare)}）与可分配收益（${formatYuan(distribution.base)}）不一致。`,
            `Note: the company's and owners' shares add up to ${formatYuan(distribution.companyShare + distribution.ownersShare)}, not the distributable ${formatYuan(distribution.base)}.`,
          )
        : agreedBp === undefined
          ? undefined
          : bi(
              `约定企业分成比例：${exactDecimal(agreedBp, 100, 2)}%。`,
              `Agreed company share: ${exactDecimal(agreedBp, 100, 2)}%.`,
            );

  const balanceRows: Row[] = [
    { item: say(lang, '期初结余', 'Opening balance'), ...amounts(disclosure.openingBalance) },
    { item: say(lang, '加：本期收入', 'Plus: income'), ...amounts(incomeSum) },
    { item: say(lang, '减：本期支出', 'Less: expenses'), ...amounts(expenseSum) },
    { item: say(lang, '减：物业服务企业分成', "Less: company's share"), ...amounts(companyShare) },
    {
      item: say(lang, '减：转存维修资金专户', 'Less: transfers to the maintenance fund'),
      ...amounts(transferSum),
    },
    { item: say(lang, '期末结余', 'Closing balance'), ...amounts(disclosure.closingBalance) },
  ];
  const balanceNote =
    expectedClosing === disclosure.closingBalance
      ? bi(
          '期末结余 = 期初结余 + 本期收入 − 本期支出 − 物业服务企业分成 − 转存维修资金。',
          'Closing = opening + income − expenses − company share − transfers.',
        )
      : bi(
          `注：按上列各项计算的期末结余为${formatYuan(expectedClosing)}，与公示的期末结余${formatYuan(disclosure.closingBalance)}不一致。`,
          `Note: the items above give a closing balance of ${formatYuan(expectedClosing)}, not the disclosed ${formatYuan(disclosure.closingBalance)}.`,
        );

  const boardLocation = disclosure.postings.find((p) => p.channel === 'notice-board')?.location;
  const channels = (['notice-board', 'provincial-system', 'quanzhou-system'] as const).map((c) => {
    const text = (CHANNEL_TEXT[c] as Bilingual)[lang];
    return c === 'notice-board' && boardLocation !== undefined ? `${text}（${boardLocation}）` : text;
  });
  const contacts = [...disclosure.complaintContacts];
  const periodZh = formatPeriodZh(range.period);
  const periodEn = formatPeriodEn(range.period);

  return {
    id: DISCLOSURE_NOTICE_ID,
    title: bi(
      `${community.name}${periodZh}公共收益收支情况公示`,
      `${community.name}: public income and expenditure, ${periodEn}`,
    ),
    ...(disclosure.isRectification
      ? { subtitle: bi('（审计整改情况公示）', '(Disclosure of the audit rectification)') }
      : {}),
    meta: noticeMeta(
      ctx,
      community,
      DISCLOSURE_NOTICE_CLAUSES,
      range.period,
      disclosureDeadline(range.period),
    ),
    sections: [
      noticeHeader(community, disclosure.companyUscc, [
        { label: bi('公示期间起', 'Period from'), value: quarterStart(range.period), type: 'date' },
        { label: bi('公示期间止', 'Period to'), value: quarterEnd(range.period), type: 'date' },
      ]),
      categoryLinesTable(
        'income',
        bi('一、公共收益收入', 'I. Public income'),
        [
          column('category', '收入类别', 'Category', 'text', 18),
          column('description', '收入说明', 'Description', 'text', 24),
        ],
        incomeRows,
        disclosure.incomeTotal,
        bi('收入合计', 'income total'),
        lang,
      ),
      categoryLinesTable(
        'expenses',
        bi('二、公共收益支出', 'II. Expenses'),
        [
          column('category', '支出类别', 'Category', 'text', 16),
          column('description', '支出说明', 'Description', 'text', 20),
          column('basis', '使用依据', 'Authorised by', 'text', 16),
        ],
        expenseRows,
        disclosure.expenseTotal,
        bi('支出合计', 'expense total'),
        lang,
      ),
      table(
        'distribution',
        bi('三、收益分配', 'III. Distribution'),
        [
          column('item', '项目', 'Item', 'text', 20),
          ...moneyColumns(),
          column('share', '比例', 'Share', 'ratio', 10),
        ],
        distributionRows,
        undefined,
        distributionNote,
      ),
      table(
        'transfers',
        bi('四、转存维修资金专户', 'IV. Transfers to the maintenance-fund account'),
        [
          SEQ_COLUMN,
          column('forQuarter', '结余所属期间', 'Surplus of', 'text', 16),
          column('transferredOn', '转存日期', 'Transferred on', 'date', 12),
          ...moneyColumns(),
        ],
        transferRows,
        moneyTotals(transferRows, 'forQuarter', lang),
        transferRows.length === 0 ? bi('本期无转存。', 'No transfer this quarter.') : undefined,
      ),
      table(
        'balance',
        bi('五、收支结余', 'V. Balance'),
        [column('item', '项目', 'Item', 'text', 24), ...moneyColumns()],
        balanceRows,
        undefined,
        balanceNote,
      ),
      noticePosting(bi('六、公示时间与渠道', 'VI. Display'), postedOn, endsOn, [
        { label: bi('公示天数', 'Days on display'), value: displayDays, type: 'integer' },
        { label: bi('公示渠道', 'Channels'), value: joinList(channels, lang) },
      ]),
      {
        kind: 'paragraphs',
        id: 'complaints',
        title: bi('七、监督投诉', 'VII. Complaints'),
        paragraphs: [
          bi(
            `公示期自${formatDateZh(postedOn)}起不少于${displayDays}日，至${formatDateZh(endsOn)}止。业主对公示内容有异议的，可在公示期内向本企业或物业管理主管部门反映${contacts.length > 0 ? `，监督投诉电话：${contacts.join('、')}` : ''}。`,
            `On display from ${formatDateEn(postedOn)} for at least ${displayDays} days, until ${formatDateEn(endsOn)}. Owners who object may tell the company or the property authority during that time${contacts.length > 0 ? `; complaint lines: ${contacts.join(', ')}` : ''}.`,
          ),
        ],
      },
    ],
    ...noticeClosing(community, postedOn, contacts),
  };
}
