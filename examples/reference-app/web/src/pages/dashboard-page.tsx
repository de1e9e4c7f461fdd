// The city dashboard: the campaign indicators, the counties to drill into, the rules failing most.
import type { DashboardResponse } from '../../../shared/api';
import { useApi, withQuery } from '../api';
import type { PageProps } from '../app';
import { words } from '../i18n';
import { DivisionTable, IndicatorsAndTopRules } from '../sections';
import { useRuleCatalog } from '../service';
import { Pending } from '../ui';

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
          <DivisionTable level="county" rows={data.counties} w={w} />
          <IndicatorsAndTopRules data={data} w={w} lang={lang} />
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
