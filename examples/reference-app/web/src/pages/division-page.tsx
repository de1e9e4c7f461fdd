// A county or a street: its indicators, the streets (county) or communities (street) below it, its projects.
import type { DivisionResponse } from '../../../shared/api';
import { useApi, withQuery } from '../api';
import type { PageProps } from '../app';
import { words } from '../i18n';
import { DivisionTable, DrillDownTable, IndicatorsAndTopRules } from '../sections';
import { Pending, Trail } from '../ui';

/** The county or street page. */
export function DivisionPage({ lang, asOf, code }: PageProps & { code: string }) {
  const w = words(lang);
  const state = useApi<DivisionResponse>(withQuery(`/app/divisions/${encodeURIComponent(code)}`, { asOf }));
  const data = state.data;
  if (!data)
    return <Pending loading={state.loading} error={state.error} w={w} lang={lang} reload={state.reload} />;
  const { division } = data;
  return (
    <>
      <Trail trail={data.trail.slice(0, -1)} current={division.name} />
      <h1>
        {division.name} <small className="ra-code">{division.code}</small>
      </h1>
      <p className="ra-summary">
        {w.communities} {division.communities} · {w.projects} {division.projects} · {w.fail}{' '}
        {division.findings.fail} · {w.pending} {division.findings.pending} · {w.unknown}{' '}
        {division.findings.unknown}
      </p>
      {data.children.length > 0 ? <DivisionTable level="street" rows={data.children} w={w} /> : null}
      {data.communities.length > 0 ? (
        <DrillDownTable
          id="communities"
          heading={w.communities}
          testId="community-table"
          rows={data.communities}
          page="community"
          rowId={(c) => c.id}
          columns={[
            { head: w.company, cell: (c) => c.companyName },
            { head: w.households, numeric: true, cell: (c) => c.households },
          ]}
          w={w}
        />
      ) : null}
      {data.projects.length > 0 ? (
        <DrillDownTable
          id="projects"
          heading={w.projects}
          testId="project-table"
          rows={data.projects}
          page="project"
          rowId={(p) => p.id}
          columns={[{ head: w.status, cell: (p) => p.status }]}
          w={w}
        />
      ) : null}
      <IndicatorsAndTopRules data={data} w={w} lang={lang} />
    </>
  );
}
