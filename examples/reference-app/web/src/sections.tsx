// Page sections more than one page shows: the drill-down tables, the indicators with the rules failing most, and a
// titled findings list.
import type { Finding } from '@rectify/rules';
import { FindingsList, IndicatorDashboard } from '@rectify/widgets';
import type { ReactNode } from 'react';
import type {
  DashboardResponse,
  DivisionSummary,
  FindingCounts,
  RuleCount,
  RuleInfo,
} from '../../shared/api';
import { type Lang, pick, type Words } from './i18n';
import { href, type Page } from './router';
import { CountCells, CountHeads } from './ui';

/** A column of a {@link DrillDownTable}, between the linked name and the finding counts. */
export interface DrillDownColumn<R> {
  head: string;
  /** Right-aligned (`ra-num`), for numbers. */
  numeric?: boolean;
  cell: (row: R) => ReactNode;
}

/**
 * A titled table of what lies below a page (counties, streets, communities or projects): each row's name links to
 * its own `page`, then come the given columns, then its fail / pending / unknown counts.
 */
export function DrillDownTable<R extends { name: string; findings: FindingCounts }>(props: {
  /** The heading's id, which labels the section. */
  id: string;
  heading: string;
  testId: string;
  rows: readonly R[];
  /** The page a row's name links to, and the row's id (its key and the link's id). */
  page: Page;
  rowId: (row: R) => string;
  columns: readonly DrillDownColumn<R>[];
  w: Words;
}) {
  const { id, heading, testId, rows, page, rowId, columns, w } = props;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      <table className="ra-table" data-testid={testId}>
        <thead>
          <tr>
            <th scope="col">{w.name}</th>
            {columns.map((c) => (
              <th key={c.head} scope="col" className={c.numeric ? 'ra-num' : undefined}>
                {c.head}
              </th>
            ))}
            <CountHeads w={w} />
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowId(row)}>
              <th scope="row">
                <a href={href(page, rowId(row))}>{row.name}</a>
              </th>
              {columns.map((c) => (
                <td key={c.head} className={c.numeric ? 'ra-num' : undefined}>
                  {c.cell(row)}
                </td>
              ))}
              <CountCells counts={row.findings} w={w} />
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

const DIVISION_TABLES = {
  county: { id: 'counties', heading: 'counties', testId: 'county-table' },
  street: { id: 'streets', heading: 'streets', testId: 'street-table' },
} as const;

/** The counties of the city (dashboard) or the streets of a county: their communities, projects and findings. */
export function DivisionTable({
  level,
  rows,
  w,
}: {
  level: keyof typeof DIVISION_TABLES;
  rows: readonly DivisionSummary[];
  w: Words;
}) {
  const { id, heading, testId } = DIVISION_TABLES[level];
  return (
    <DrillDownTable
      id={id}
      heading={w[heading]}
      testId={testId}
      rows={rows}
      page={level}
      rowId={(d) => d.code}
      columns={[
        { head: w.communities, numeric: true, cell: (d) => d.communities },
        { head: w.projects, numeric: true, cell: (d) => d.projects },
      ]}
      w={w}
    />
  );
}

/** Failures by rule, most first. */
export function TopRules({ rules, w, lang }: { rules: readonly RuleCount[]; w: Words; lang: Lang }) {
  if (rules.length === 0) return null;
  return (
    <section aria-labelledby="top-rules">
      <h2 id="top-rules">{w.topRules}</h2>
      <table className="ra-table">
        <thead>
          <tr>
            <th scope="col">{w.rule}</th>
            <th scope="col" className="ra-num">
              {w.fail}
            </th>
          </tr>
        </thead>
        <tbody>
          {rules.map((r) => (
            <tr key={r.ruleId}>
              <td>
                {pick(r.title, lang)} <code>{r.ruleId}</code>
              </td>
              <td className="ra-num">{r.fail}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** The campaign indicators of the city, a county or a street, then the rules failing most there. */
export function IndicatorsAndTopRules({
  data,
  w,
  lang,
}: {
  data: Pick<DashboardResponse, 'indicators' | 'asOf' | 'topRules'>;
  w: Words;
  lang: Lang;
}) {
  return (
    <>
      <IndicatorDashboard indicators={data.indicators} asOf={data.asOf} lang={lang} headingLevel={2} />
      <TopRules rules={data.topRules} w={w} lang={lang} />
    </>
  );
}

/** A community's or a project's findings under their own heading, each explained by its rule. */
export function FindingsSection(props: {
  /** The heading's id, which labels the section. */
  id: string;
  heading: string;
  findings: readonly Finding[];
  rules: readonly RuleInfo[];
  divisionNames: Readonly<Record<string, string>>;
  lang: Lang;
}) {
  return (
    <section aria-labelledby={props.id}>
      <h2 id={props.id}>{props.heading}</h2>
      <FindingsList
        findings={props.findings}
        rules={props.rules}
        divisionNames={props.divisionNames}
        lang={props.lang}
        headingLevel={3}
      />
    </section>
  );
}
