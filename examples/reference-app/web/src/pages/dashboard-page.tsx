// The city dashboard: the campaign indicators, the counties to drill into, the rules failing most.
import { IndicatorDashboard } from '@rectify/widgets';
import type { DashboardResponse, RuleCount } from '../../../shared/api';
import { useApi, withQuery } from '../api';
import type { PageProps } from '../app';
import { type Lang, pick, type Words, words } from '../i18n';
import { href } from '../router';
import { useRuleCatalog } from '../service';
import { CountCells, CountHeads, Pending } from '../ui';

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

/** The city dashboard page. */
export function DashboardPage({ lang, asOf, meta }: PageProps) {
  const w = words(lang);
  const state = useApi<DashboardResponse>(withQuery('/app/dashboard', { asOf }));
  const catalog = useRuleCatalog(meta.demoKey);
  const data = state.data;
  return (
    <>
      <h1>
        {meta.city.name} · {w.navDashboard}
      </h1>
      {!data ? (
        <Pending loading={state.loading} error={state.error} w={w} lang={lang} reload={state.reload} />
      ) : (
        <>
          <p className="ra-summary">
            {w.subjects}: {data.summary.subjects.toLocaleString(lang)} · {w.fail}{' '}
            {data.summary.byOutcome.fail} · {w.pending} {data.summary.byOutcome.pending} · {w.unknown}{' '}
            {data.summary.byOutcome.unknown}
          </p>
          <section aria-labelledby="counties">
            <h2 id="counties">{w.counties}</h2>
            <table className="ra-table" data-testid="county-table">
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
                {data.counties.map((c) => (
                  <tr key={c.code}>
                    <th scope="row">
                      <a href={href('county', c.code)}>{c.name}</a>
                    </th>
                    <td className="ra-num">{c.communities}</td>
                    <td className="ra-num">{c.projects}</td>
                    <CountCells counts={c.findings} w={w} />
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <IndicatorDashboard indicators={data.indicators} asOf={data.asOf} lang={lang} headingLevel={2} />
          <TopRules rules={data.topRules} w={w} lang={lang} />
          {catalog ? (
            <p className="ra-summary" data-testid="service-packs">
              {w.serviceRules}:{' '}
              {catalog.packs
                .map((p) => `${p.id} ${p.version} (${p.rules.length}, ${p.hash.slice(0, 8)})`)
                .join(' · ')}
            </p>
          ) : null}
        </>
      )}
    </>
  );
}
