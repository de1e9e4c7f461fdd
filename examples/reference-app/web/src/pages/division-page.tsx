// A county or a street: its indicators, the streets (county) or communities (street) below it, its projects.
import { IndicatorDashboard } from '@rectify/widgets';
import type { DivisionResponse } from '../../../shared/api';
import { useApi, withQuery } from '../api';
import type { PageProps } from '../app';
import { words } from '../i18n';
import { href } from '../router';
import { CountCells, CountHeads, Pending, Trail } from '../ui';
import { TopRules } from './dashboard-page';

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
      {data.children.length > 0 ? (
        <section aria-labelledby="streets">
          <h2 id="streets">{w.streets}</h2>
          <table className="ra-table" data-testid="street-table">
            <thead>
              <tr>
                <th scope="col">{w.name}</th>
                <th scope="col" className="ra-num">
                  {w.communities}
                </th>
                <th scope="col" className="ra-num">
                  {w.projects}
                </th>
                <CountHeads w={w} />
              </tr>
            </thead>
            <tbody>
              {data.children.map((s) => (
                <tr key={s.code}>
                  <th scope="row">
                    <a href={href('street', s.code)}>{s.name}</a>
                  </th>
                  <td className="ra-num">{s.communities}</td>
                  <td className="ra-num">{s.projects}</td>
                  <CountCells counts={s.findings} w={w} />
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
      {data.communities.length > 0 ? (
        <section aria-labelledby="communities">
          <h2 id="communities">{w.communities}</h2>
          <table className="ra-table" data-testid="community-table">
            <thead>
              <tr>
                <th scope="col">{w.name}</th>
                <th scope="col">{w.company}</th>
                <th scope="col" className="ra-num">
                  {w.households}
                </th>
                <CountHeads w={w} />
              </tr>
            </thead>
            <tbody>
              {data.communities.map((c) => (
                <tr key={c.id}>
                  <th scope="row">
                    <a href={href('community', c.id)}>{c.name}</a>
                  </th>
                  <td>{c.companyName}</td>
                  <td className="ra-num">{c.households}</td>
                  <CountCells counts={c.findings} w={w} />
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
      {data.projects.length > 0 ? (
        <section aria-labelledby="projects">
          <h2 id="projects">{w.projects}</h2>
          <table className="ra-table" data-testid="project-table">
            <thead>
              <tr>
                <th scope="col">{w.name}</th>
                <th scope="col">{w.status}</th>
                <CountHeads w={w} />
              </tr>
            </thead>
            <tbody>
              {data.projects.map((p) => (
                <tr key={p.id}>
                  <th scope="row">
                    <a href={href('project', p.id)}>{p.name}</a>
                  </th>
                  <td>{p.status}</td>
                  <CountCells counts={p.findings} w={w} />
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
      <IndicatorDashboard indicators={data.indicators} asOf={data.asOf} lang={lang} headingLevel={2} />
      <TopRules rules={data.topRules} w={w} lang={lang} />
    </>
  );
}
