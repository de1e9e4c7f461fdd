// Report downloads: every report of @rectify/reports for the city or a county, as XLSX or a print-ready page.
import { useState } from 'react';
import type { ReportListing } from '../../../shared/api';
import { withQuery } from '../api';
import type { PageProps } from '../app';
import { type Lang, pick, type Words, words } from '../i18n';
import { DivisionSelect } from '../ui';

function ReportRow({
  report,
  divisionCode,
  asOf,
  lang,
  w,
}: {
  report: ReportListing;
  divisionCode: string;
  asOf: string;
  lang: Lang;
  w: Words;
}) {
  const [period, setPeriod] = useState(report.defaultPeriod);
  const [params, setParams] = useState<Record<string, string>>(() =>
    Object.fromEntries(
      report.params
        .filter((p) => p.defaultValue !== undefined)
        .map((p) => [p.name, p.defaultValue as string]),
    ),
  );
  const link = (format: string) =>
    withQuery(`/app/reports/${encodeURIComponent(report.id)}`, {
      format,
      period,
      divisionCode,
      lang,
      asOf,
      ...params,
    });
  return (
    <tr data-report={report.id}>
      <th scope="row">
        {pick(report.title, lang)}
        <br />
        <small>
          {w[`campaign.${report.campaign}`]} · {report.clauseIds.join('、')}
        </small>
      </th>
      <td>
        <input
          aria-label={`${w.period} ${pick(report.title, lang)}`}
          value={period}
          size={8}
          onChange={(e) => setPeriod(e.target.value)}
        />
      </td>
      <td>
        {report.params
          .filter((p) => p.required)
          .map((p) => (
            <label key={p.name} className="ra-param">
              {p.name}{' '}
              <input
                value={params[p.name] ?? ''}
                size={12}
                title={pick(p.description, lang)}
                onChange={(e) => setParams({ ...params, [p.name]: e.target.value })}
              />
            </label>
          ))}
      </td>
      <td className="ra-links">
        <a href={link('xlsx')} download data-format="xlsx">
          {w.downloadXlsx}
        </a>{' '}
        <a href={link('html')} target="_blank" rel="noopener" data-format="html">
          {w.print}
        </a>
        {report.defaultFormat === 'csv' ? (
          <>
            {' '}
            <a href={link('csv')} download data-format="csv">
              {w.downloadCsv}
            </a>
          </>
        ) : null}
      </td>
    </tr>
  );
}

/** The reports page. */
export function ReportsPage({ lang, asOf, meta }: PageProps) {
  const w = words(lang);
  const [divisionCode, setDivisionCode] = useState(meta.city.code);
  return (
    <>
      <h1>{w.navReports}</h1>
      <DivisionSelect
        label={w.division}
        cityLabel={meta.city.name}
        meta={meta}
        value={divisionCode}
        onChange={setDivisionCode}
      />
      <table className="ra-table" data-testid="report-table">
        <thead>
          <tr>
            <th scope="col">{w.name}</th>
            <th scope="col">{w.period}</th>
            <th scope="col">{w.params}</th>
            <th scope="col">{w.download}</th>
          </tr>
        </thead>
        <tbody>
          {meta.reports.map((r) => (
            <ReportRow key={r.id} report={r} divisionCode={divisionCode} asOf={asOf} lang={lang} w={w} />
          ))}
        </tbody>
      </table>
    </>
  );
}
