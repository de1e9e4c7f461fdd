import type { CheckResult, Indicator } from '@rectify/rules';
import type { Bilingual, Dataset } from '@rectify/schemas';
import type { ReportDocument, Row, Section, TableSection } from '../document';
import { formatDateEn, formatDateZh, formatPeriodEn, formatPeriodZh } from '../format/index';
import { bi } from './bilingual';
import { type BuildContext, buildContext } from './build-context';
import { isCityCode, withinDivision } from './division';
import { exactDecimal, indicatorValueText, targetStatus, targetText } from './indicator-figures';
import { BULLETIN_INDICATORS } from './indicator-sets';
import { rankDivisions } from './ranking';
import { ReportBuildError } from './report-build-error';
import { type MonthlyReportOptions, monthRange } from './report-options';
import { LAGGING_STATUSES, TARGET_STATUSES } from './statuses';
import { byText, column } from './table';

/** Report id of {@link buildCityBulletin}. */
export const CITY_BULLETIN_ID = 'city-bulletin';

/** Options of {@link buildCityBulletin}. */
export interface CityBulletinOptions extends MonthlyReportOptions {
  /** Which campaign's indicators to rank. Defaults to `'both'`. */
  campaign?: 'public-income' | 'wages' | 'both';
  /** How many places from the bottom mark a county as lagging. Defaults to 3. */
  bottomCount?: number;
}

/**
 * Clauses the bulletin serves: PI.S3 and PI.X25 (monthly bulletin, interviews) and WG.XC14 (通报, 约谈) for the
 * campaigns ranked, and the targets ranked. A bulletin of one campaign cites that campaign's part.
 */
export const CITY_BULLETIN_CLAUSES: readonly string[] = [
  'PI.S3',
  'PI.X25',
  'WG.XC14',
  ...BULLETIN_INDICATORS.map((b) => b.clauseId),
];

const WHERE = 'buildCityBulletin';

interface Lag {
  readonly code: string;
  readonly reasons: Bilingual[];
}

function rankingTable(
  indicator: Indicator,
  clauseId: string,
  counties: readonly string[],
  ctx: BuildContext,
  bottomCount: number,
  lags: Map<string, Lag>,
): TableSection {
  const rowsOf = new Map(
    indicator.breakdown.filter((r) => r.level === 'county').map((r) => [r.divisionCode, r] as const),
  );
  const places = rankDivisions(
    counties.map((code) => {
      const r = rowsOf.get(code);
      return { code, numerator: r?.numerator ?? 0, denominator: r?.denominator ?? 0 };
    }),
    bottomCount,
  );
  const ratio = indicator.unit === 'ratio';
  const rows = counties
    .map((code) => {
      const r = rowsOf.get(code);
      const place = places.get(code) ?? { rank: null, bottom: false };
      const met = targetStatus(r, indicator.target);
      const lagging = met === 'not-met' || place.bottom;
      if (lagging) {
        const lag = lags.get(code) ?? { code, reasons: [] };
        const why = [
          ...(met === 'not-met' ? [bi('未达标', 'target not met')] : []),
          ...(place.bottom ? [bi(`排名后${bottomCount}位`, `bottom ${bottomCount}`)] : []),
        ];
        lag.reasons.push(
          bi(
            `${indicator.title['zh-CN']}（${why.map((w) => w['zh-CN']).join('、')}）`,
            `${indicator.title.en} (${why.map((w) => w.en).join(', ')})`,
          ),
        );
        lags.set(code, lag);
      }
      const numerator = r?.numerator ?? 0;
      const denominator = r?.denominator ?? 0;
      const row: Row = {
        rank: place.rank,
        county: ctx.divisions[ctx.lang].label(code),
        numerator: ratio && denominator > 0 ? numerator : null,
        denominator: ratio && denominator > 0 ? denominator : null,
        value: ratio
          ? denominator > 0
            ? numerator / denominator
            : null
          : indicatorValueText(numerator, denominator, indicator.unit, ctx.lang),
        target: targetText(indicator.target, indicator.unit, ctx.lang),
        met,
        lagging: lagging ? 'lagging' : 'ok',
      };
      return { code, rank: place.rank, row };
    })
    .sort(
      (a, b) =>
        (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER) || byText(a.code, b.code),
    )
    .map((r) => r.row);
  let numerator = 0;
  let denominator = 0;
  for (const code of counties) {
    numerator += rowsOf.get(code)?.numerator ?? 0;
    denominator += rowsOf.get(code)?.denominator ?? 0;
  }
  const totals: Row = {
    county: ctx.lang === 'en' ? 'City total' : '全市合计',
    numerator: ratio ? numerator : null,
    denominator: ratio ? denominator : null,
    value: ratio
      ? denominator > 0
        ? numerator / denominator
        : null
      : denominator > 0
        ? `${exactDecimal(numerator, denominator, 2)}${ctx.lang === 'en' ? ' people' : '人'}`
        : '',
  };
  return {
    kind: 'table',
    id: `rank-${indicator.id}`,
    title: bi(`${clauseId} ${indicator.title['zh-CN']}`, `${clauseId} ${indicator.title.en}`),
    columns: [
      column('rank', '排名', 'Rank', 'integer', 6),
      column('county', '县（市、区）', 'County', 'text', 16),
      column('numerator', '分子', 'Numerator', 'integer', 9),
      column('denominator', '分母', 'Denominator', 'integer', 9),
      column('value', '数值', 'Value', ratio ? 'ratio' : 'text', 10),
      column('target', '目标', 'Target', 'text', 10),
      column('met', '达标情况', 'Target met', 'status', 10, TARGET_STATUSES),
      column('lagging', '约谈候选', 'Interview', 'status', 10, LAGGING_STATUSES),
    ],
    rows,
    totals,
    note: indicator.definition,
  };
}

/**
 * The city's monthly bulletin on the counties (PI.S3 市住建局每月…通报，并约谈整治工作推进较慢、不见实效的地区;
 * WG 五（二） 定期晾晒通报): one ranking table per indicator — PI.T1 disclosure rate, PI.T2 sampling rate, WG.T1–T5 —
 * with each county's value, rank (equal values share a place), target and whether it is met; then the counties
 * that lag on any indicator, as interview (约谈) candidates. A county lags on an indicator when it misses the
 * target, or is among the bottom `bottomCount` (a county equal to the best is never at the bottom, and a county
 * without data is neither ranked nor judged).
 *
 * The figures are the check's indicators, as of the check's own as-of date; `month` names the bulletin. The
 * division must be a city (`XXXX00`).
 *
 * @throws ReportBuildError `INVALID_OPTION` for malformed options or a division that is not a city.
 */
export function buildCityBulletin(
  dataset: Dataset,
  result: CheckResult,
  options: CityBulletinOptions,
): ReportDocument {
  const ctx = buildContext(dataset, result, options, WHERE);
  const range = monthRange(options.month, WHERE);
  if (!isCityCode(ctx.divisionCode))
    throw new ReportBuildError(
      'INVALID_OPTION',
      `${WHERE}: divisionCode must be a city (XXXX00), got ${ctx.divisionCode}`,
    );
  const campaign = options.campaign ?? 'both';
  if (!['public-income', 'wages', 'both'].includes(campaign))
    throw new ReportBuildError('INVALID_OPTION', `${WHERE}: campaign must be public-income, wages or both`);
  const bottomCount = options.bottomCount ?? 3;
  if (!Number.isInteger(bottomCount) || bottomCount < 0)
    throw new ReportBuildError('INVALID_OPTION', `${WHERE}: bottomCount must be a whole number ≥ 0`);

  const chosen = BULLETIN_INDICATORS.filter(
    (b) => campaign === 'both' || (campaign === 'public-income') === b.clauseId.startsWith('PI.'),
  )
    .map((b) => ({ ...b, indicator: result.indicators.find((i) => i.id === b.id) }))
    .filter((b): b is typeof b & { indicator: Indicator } => b.indicator !== undefined);
  const counties = [
    ...new Set(
      chosen.flatMap((b) =>
        b.indicator.breakdown
          .filter((r) => r.level === 'county' && withinDivision(r.divisionCode, ctx.divisionCode))
          .map((r) => r.divisionCode),
      ),
    ),
  ].sort(byText);

  const lags = new Map<string, Lag>();
  const tables = chosen.map((b) => rankingTable(b.indicator, b.clauseId, counties, ctx, bottomCount, lags));
  const lagging = [...lags.values()].sort(
    (a, b) => b.reasons.length - a.reasons.length || byText(a.code, b.code),
  );
  const names = (lang: 'zh-CN' | 'en') =>
    lagging
      .map((l) =>
        lang === 'en'
          ? `${ctx.divisions.en.label(l.code)} (${l.reasons.length})`
          : `${ctx.divisions['zh-CN'].label(l.code)}（${l.reasons.length}项）`,
      )
      .join(lang === 'en' ? ', ' : '、');
  const monthZh = formatPeriodZh(range.period);
  const monthEn = formatPeriodEn(range.period);

  const sections: Section[] = [
    {
      kind: 'paragraphs',
      id: 'overview',
      title: bi('通报情况', 'Overview'),
      paragraphs: [
        bi(
          `本期晾晒 ${chosen.length} 项指标、${counties.length} 个县（市、区），数据截至${formatDateZh(result.asOf)}。`,
          `This bulletin ranks ${counties.length} counties on ${chosen.length} indicators, with data as of ${formatDateEn(result.asOf)}.`,
        ),
        lagging.length === 0
          ? bi('本期无约谈候选地区。', 'No county is an interview candidate this month.')
          : bi(`约谈候选地区：${names('zh-CN')}。`, `Interview candidates: ${names('en')}.`),
        bi(
          `约谈候选：任一指标未达标，或排名后${bottomCount}位（与第一名并列者除外；无数据者不排名）的县（市、区），对推进较慢、不见实效的地区及时督促提醒、约谈。`,
          `Interview candidates: counties that miss any target or rank in the bottom ${bottomCount} on it (a county equal to the best is not at the bottom; a county without data is not ranked); slow counties are reminded and interviewed.`,
        ),
      ],
    },
    ...tables,
    {
      kind: 'table',
      id: 'interview-candidates',
      title: bi('约谈候选地区', 'Interview candidates'),
      columns: [
        column('county', '县（市、区）', 'County', 'text', 16),
        column('count', '落后指标数', 'Indicators lagging', 'integer', 10),
        column('indicators', '落后指标及原因', 'Indicators and reasons', 'text', 60),
      ],
      rows: lagging.map((l) => ({
        county: ctx.divisions[ctx.lang].label(l.code),
        count: l.reasons.length,
        indicators: l.reasons.map((r) => r[ctx.lang]).join(ctx.lang === 'en' ? '; ' : '；'),
      })),
    },
  ];

  const clauseIds = [
    ...(campaign !== 'wages' ? ['PI.S3', 'PI.X25'] : []),
    ...(campaign !== 'public-income' ? ['WG.XC14'] : []),
    ...chosen.map((b) => b.clauseId),
  ];
  return {
    id: CITY_BULLETIN_ID,
    title: bi(
      `${ctx.divisionName.zh}“点题整治”工作晾晒通报（${monthZh}）`,
      `${ctx.divisionName.en} campaign bulletin, ${monthEn}`,
    ),
    meta: {
      campaign,
      clauseIds,
      period: range.period,
      divisionCode: ctx.divisionCode,
      divisionName: ctx.divisionName.zh,
      asOf: ctx.asOf,
    },
    sections,
  };
}
