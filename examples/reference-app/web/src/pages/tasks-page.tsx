// The campaign task lists with each task's deadline and reported progress, for the city or one county.
import { TaskTracker } from '@rectify/widgets';
import { useState } from 'react';
import type { TasksResponse } from '../../../shared/api';
import { useApi, withQuery } from '../api';
import type { PageProps } from '../app';
import { words } from '../i18n';
import { DivisionSelect, Pending } from '../ui';

/** The task tracker page. */
export function TasksPage({ lang, asOf, meta }: PageProps) {
  const w = words(lang);
  const [divisionCode, setDivisionCode] = useState(meta.city.code);
  const state = useApi<TasksResponse>(withQuery('/app/tasks', { asOf, divisionCode }));
  const data = state.data;
  return (
    <>
      <h1>{w.navTasks}</h1>
      <DivisionSelect
        label={w.countyFilter}
        cityLabel={w.allCity}
        meta={meta}
        value={divisionCode}
        onChange={setDivisionCode}
      />
      {!data ? (
        <Pending loading={state.loading} error={state.error} w={w} lang={lang} reload={state.reload} />
      ) : (
        <TaskTracker
          tasks={data.tasks}
          progress={data.progress}
          asOf={data.asOf}
          campaignYear={data.campaignYear}
          {...(data.divisionCode === meta.city.code ? {} : { divisionCode: data.divisionCode })}
          lang={lang}
          headingLevel={2}
        />
      )}
    </>
  );
}
