// A construction project: its wage-payment institution checklist, its arrears warning and its findings.
import { ProjectCompliance } from '@rectify/widgets';
import type { ProjectResponse } from '../../../shared/api';
import { useApi, withQuery } from '../api';
import type { PageProps } from '../app';
import { words } from '../i18n';
import { FindingsSection } from '../sections';
import { Pending, Trail } from '../ui';

/** The project page. */
export function ProjectPage({ lang, asOf, id }: PageProps & { id: string }) {
  const w = words(lang);
  const state = useApi<ProjectResponse>(withQuery(`/app/projects/${encodeURIComponent(id)}`, { asOf }));
  const data = state.data;
  if (!data)
    return <Pending loading={state.loading} error={state.error} w={w} lang={lang} reload={state.reload} />;
  return (
    <>
      <Trail trail={data.trail} current={data.project.name} />
      <h1>
        {data.project.name} <small className="ra-code">{data.project.id}</small>
      </h1>
      <ProjectCompliance
        project={data.project}
        findings={data.findings}
        warning={typeof data.warning === 'object' ? data.warning : null}
        divisionNames={data.divisionNames}
        lang={lang}
        headingLevel={2}
      />
      <FindingsSection
        id="project-findings"
        heading={w.projectFindings}
        findings={data.findings.filter((f) => f.outcome !== 'pass' && f.outcome !== 'not_applicable')}
        rules={data.rules}
        divisionNames={data.divisionNames}
        lang={lang}
      />
    </>
  );
}
