// The double-random sampling plan (PI.M2): at least half of each county's communities, priorities first.
import { SamplingPlan } from '@rectify/widgets';
import { useState } from 'react';
import type { SamplingResponse } from '../../../shared/api';
import { useApi, withQuery } from '../api';
import type { PageProps } from '../app';
import { words } from '../i18n';
import { Pending } from '../ui';

/** The sampling plan page. */
export function SamplingPage({ lang, meta }: PageProps) {
  const w = words(lang);
  const [countyCode, setCountyCode] = useState<string | undefined>(undefined);
  const state = useApi<SamplingResponse>(withQuery('/app/sampling', { year: String(meta.campaignYear) }));
  const data = state.data;
  return (
    <>
      <h1>
        {w.navSampling} · {meta.campaignYear}
      </h1>
      {!data ? (
        <Pending loading={state.loading} error={state.error} w={w} lang={lang} reload={state.reload} />
      ) : (
        <SamplingPlan
          plan={data.plan}
          communityNames={data.communityNames}
          divisionNames={data.divisionNames}
          {...(countyCode === undefined ? {} : { countyCode })}
          onCountyChange={setCountyCode}
          lang={lang}
          headingLevel={2}
        />
      )}
    </>
  );
}
