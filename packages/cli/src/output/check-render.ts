import type { CheckResult, Finding, Indicator, Outcome, Severity } from '@rectify/rules';
import type { Lang } from '../lang';
import { markdownTable } from './markdown';
import { textTable } from './text-table';

/** Formats of check results. */
export const CHECK_FORMATS = ['table', 'json', 'ndjson', 'markdown'] as const;

/** One of the {@link CHECK_FORMATS}. */
export type CheckFormat = (typeof CHECK_FORMATS)[number];

// Status is never shown by colour alone: an icon and a word (STYLE: widgets; the same habit here).
const OUTCOME_TEXT: Record<Outcome, Record<Lang, string>> = {
  fail: { 'zh-CN': '✗ 不通过', en: '✗ fail' },
  pending: { 'zh-CN': '◷ 待到期', en: '◷ pending' },
  unknown: { 'zh-CN': '? 无法判定', en: '? unknown' },
  pass: { 'zh-CN': '✓ 通过', en: '✓ pass' },
  not_applicable: { 'zh-CN': '– 不适用', en: '– n/a' },
};

const SEVERITY_TEXT: Record<Severity, Record<Lang, string>> = {
  critical: { 'zh-CN': '严重', en: 'critical' },
  major: { 'zh-CN': '重要', en: 'major' },
  minor: { 'zh-CN': '一般', en: 'minor' },
};

const n = (x: number) => x.toLocaleString('en-US');

/** A ratio as a percentage with two decimals, computed from the integers (no float drift in the display). */
export function percent(numerator: number, denominator: number): string {
  if (denominator === 0) return '—';
  const hundredths = Math.round((numerator * 10000) / denominator);
  return `${(hundredths / 100).toFixed(2)}%`;
}

function indicatorValue(i: Indicator): string {
  if (i.unit === 'ratio') return percent(i.numerator, i.denominator);
  return i.value === null ? '—' : String(i.value);
}

function indicatorTarget(i: Indicator): string {
  if (!i.target) return '—';
  const op = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '=': '=' }[i.target.op];
  const value =
    i.unit === 'ratio'
      ? percent(i.target.numerator, i.target.denominator)
      : String(i.target.numerator / i.target.denominator);
  return `${op} ${value}`;
}

function metText(i: Indicator, lang: Lang): string {
  const { met } = i;
  if (!i.target) return '—';
  if (met === null) return lang === 'en' ? '– no data' : '– 无数据';
  if (met) return lang === 'en' ? '✓ met' : '✓ 达标';
  return lang === 'en' ? '✗ not met' : '✗ 未达标';
}

function findingRow(f: Finding, lang: Lang): string[] {
  const subject = f.subject.name ? `${f.subject.name} (${f.subject.id})` : f.subject.id;
  return [
    OUTCOME_TEXT[f.outcome][lang],
    SEVERITY_TEXT[f.severity][lang],
    f.ruleId,
    subject,
    f.subject.divisionCode,
    f.period ?? '',
    f.deadline ?? '',
    f.message[lang],
  ];
}

function findingHeader(lang: Lang): string[] {
  return lang === 'en'
    ? ['Outcome', 'Severity', 'Rule', 'Subject', 'Division', 'Period', 'Deadline', 'Message']
    : ['结果', '严重程度', '规则', '对象', '区划', '期间', '截止日期', '说明'];
}

function indicatorRow(i: Indicator, lang: Lang): string[] {
  return [
    i.id,
    i.title[lang],
    indicatorValue(i),
    `${n(i.numerator)}/${n(i.denominator)}`,
    indicatorTarget(i),
    metText(i, lang),
  ];
}

function indicatorHeader(lang: Lang): string[] {
  return lang === 'en'
    ? ['Indicator', 'Title', 'Value', 'Num./Den.', 'Target', 'Met']
    : ['指标', '名称', '值', '分子/分母', '目标', '达标'];
}

function headLines(r: CheckResult, lang: Lang): string[] {
  const packs = r.packs.map((p) => `${p.id} ${p.version} (sha256 ${p.hash.slice(0, 12)}…)`).join(', ');
  const o = r.summary.byOutcome;
  return lang === 'en'
    ? [
        `Check as of ${r.asOf} · campaign year ${r.campaignYear}`,
        `Rule packs: ${packs}`,
        `${n(r.summary.subjects)} judgements: ${n(o.fail)} fail, ${n(o.pending)} pending, ${n(o.unknown)} unknown, ${n(o.pass)} pass, ${n(o.not_applicable)} n/a`,
      ]
    : [
        `检查结果 · 判定日期 ${r.asOf} · 整治年度 ${r.campaignYear}`,
        `规则包：${packs}`,
        `共判定 ${n(r.summary.subjects)} 次：不通过 ${n(o.fail)}，待到期 ${n(o.pending)}，无法判定 ${n(o.unknown)}，通过 ${n(o.pass)}，不适用 ${n(o.not_applicable)}`,
      ];
}

/** Renders a (masked) check result as a terminal table, JSON, NDJSON or Markdown. */
export function renderCheck(r: CheckResult, format: CheckFormat, lang: Lang): string {
  switch (format) {
    case 'json':
      return JSON.stringify(r, null, 2);
    case 'ndjson': {
      const { findings, indicators, summary, ...run } = r;
      return [
        JSON.stringify({ type: 'run', ...run }),
        ...findings.map((f) => JSON.stringify({ type: 'finding', ...f })),
        ...indicators.map((i) => JSON.stringify({ type: 'indicator', ...i })),
        JSON.stringify({ type: 'summary', ...summary }),
      ].join('\n');
    }
    case 'markdown': {
      const out = [
        lang === 'en' ? '# Check results' : '# 检查结果',
        '',
        ...headLines(r, lang).map((l) => `- ${l}`),
      ];
      out.push(
        '',
        lang === 'en' ? `## Findings (${n(r.findings.length)})` : `## 发现（${n(r.findings.length)}）`,
        '',
      );
      out.push(
        r.findings.length === 0
          ? lang === 'en'
            ? 'None.'
            : '无。'
          : markdownTable(
              findingHeader(lang),
              r.findings.map((f) => findingRow(f, lang)),
            ),
      );
      if (r.indicators.length > 0)
        out.push(
          '',
          lang === 'en' ? '## Indicators' : '## 指标',
          '',
          markdownTable(
            indicatorHeader(lang),
            r.indicators.map((i) => indicatorRow(i, lang)),
          ),
        );
      return out.join('\n');
    }
    default: {
      const out = [...headLines(r, lang), ''];
      out.push(lang === 'en' ? `Findings (${n(r.findings.length)})` : `发现（${n(r.findings.length)}）`);
      out.push(
        r.findings.length === 0
          ? lang === 'en'
            ? 'None.'
            : '无。'
          : textTable(
              findingHeader(lang),
              r.findings.map((f) => findingRow(f, lang)),
            ),
      );
      if (r.indicators.length > 0)
        out.push(
          '',
          lang === 'en' ? 'Indicators' : '指标',
          textTable(
            indicatorHeader(lang),
            r.indicators.map((i) => indicatorRow(i, lang)),
          ),
        );
      return out.join('\n');
    }
  }
}
