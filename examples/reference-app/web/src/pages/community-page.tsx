// A community: its quarterly disclosure board (one quarter at a time, printable) and its findings.
import { DisclosureBoard } from '@rectify/widgets';
import { useState } from 'react';
import type { CommunityResponse } from '../../../shared/api';
import { useApi, withQuery } from '../api';
import type { PageProps } from '../app';
import { words } from '../i18n';
import { FindingsSection } from '../sections';
import { Pending, Trail } from '../ui';

/** The community page. */
export function CommunityPage({ lang, asOf, id }: PageProps & { id: string }) {
  const w = words(lang);
  const state = useApi<CommunityResponse>(withQuery(`/app/communities/${encodeURIComponent(id)}`, { asOf }));
  const [quarter, setQuarter] = useState<string | undefined>(undefined);
  const data = state.data;
  if (!data)
    return <Pending loading={state.loading} error={state.error} w={w} lang={lang} reload={state.reload} />;
  const { community, disclosures } = data;
  const shown = disclosures.find((d) => d.quarter === quarter) ?? disclosures[0];
  return (
    <>
      <Trail trail={data.trail} current={community.name} />
      <h1>
        {community.name} <small className="ra-code">{community.id}</small>
      </h1>
      <p className="ra-summary">
        {w.company}: {community.companyName} · {w.households} {community.households}
      </p>
      <section aria-labelledby="disclosures">
        <h2 id="disclosures">{w.disclosures}</h2>
        {disclosures.length === 0 ? (
          <p>{w.noDisclosures}</p>
        ) : (
          <>
            <fieldset className="ra-tabs">
              <legend className="ra-sr">{w.quarter}</legend>
              {disclosures.map((d) => (
                <button
                  type="button"
                  key={d.id}
                  aria-pressed={d === shown}
                  onClick={() => setQuarter(d.quarter)}
                >
                  {d.quarter}
                </button>
              ))}
            </fieldset>
            <DisclosureBoard
              disclosure={shown ?? null}
              community={{ id: community.id, name: community.name, companyName: community.companyName }}
              lang={lang}
              headingLevel={3}
              printTarget="window"
            />
          </>
        )}
      </section>
      <FindingsSection
        id="community-findings"
        heading={w.communityFindings}
        findings={data.findings}
        rules={data.rules}
        divisionNames={data.divisionNames}
        lang={lang}
      />
    </>
  );
}
