// The shell: header with navigation, as-of date and language toggle; the page the hash points to.
import { useEffect, useState } from 'react';
import type { MetaResponse } from '../../shared/api';
import { useApi } from './api';
import { type Lang, words } from './i18n';
import { CommunityPage } from './pages/community-page';
import { DashboardPage } from './pages/dashboard-page';
import { DivisionPage } from './pages/division-page';
import { ProjectPage } from './pages/project-page';
import { ReportsPage } from './pages/reports-page';
import { SamplingPage } from './pages/sampling-page';
import { TasksPage } from './pages/tasks-page';
import { UploadPage } from './pages/upload-page';
import { href, type Page, useRoute } from './router';
import { Pending } from './ui';

const LANG_KEY = 'rectify-reference-app:lang';

function initialLang(): Lang {
  try {
    return window.localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

/** Props every page gets. */
export interface PageProps {
  lang: Lang;
  asOf: string;
  meta: MetaResponse;
}

const NAV: readonly [Page, 'navDashboard' | 'navTasks' | 'navSampling' | 'navReports' | 'navUpload'][] = [
  ['dashboard', 'navDashboard'],
  ['tasks', 'navTasks'],
  ['sampling', 'navSampling'],
  ['reports', 'navReports'],
  ['upload', 'navUpload'],
];

/** The reference app. */
export function App() {
  const [lang, setLang] = useState<Lang>(initialLang);
  const [asOf, setAsOf] = useState<string | undefined>(undefined);
  const route = useRoute();
  const meta = useApi<MetaResponse>('/app/meta');
  const w = words(lang);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = w.appTitle;
    try {
      window.localStorage.setItem(LANG_KEY, lang);
    } catch {
      // Private mode: the choice lasts for the visit.
    }
  }, [lang, w.appTitle]);

  const effectiveAsOf = asOf ?? meta.data?.asOf;
  const props = meta.data && effectiveAsOf ? { lang, asOf: effectiveAsOf, meta: meta.data } : undefined;

  return (
    <div className="ra-app">
      <header className="ra-header">
        <div className="ra-brand">
          <a href={href('dashboard')}>
            <strong>{w.appTitle}</strong>
          </a>
          <span className="ra-subtitle">{w.appSubtitle}</span>
        </div>
        <nav aria-label={lang === 'en' ? 'Main' : '主导航'} className="ra-nav">
          <ul>
            {NAV.map(([page, key]) => (
              <li key={page}>
                <a href={href(page)} aria-current={route.page === page ? 'page' : undefined}>
                  {w[key]}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div className="ra-tools">
          <label>
            {w.asOf}{' '}
            <input
              type="date"
              value={effectiveAsOf ?? ''}
              onChange={(e) => {
                if (/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(e.target.value)) setAsOf(e.target.value);
              }}
            />
          </label>
          <button
            type="button"
            lang={lang === 'en' ? 'zh-CN' : 'en'}
            onClick={() => setLang(lang === 'en' ? 'zh-CN' : 'en')}
          >
            {w.switchLang}
          </button>
        </div>
      </header>
      <main className="ra-main" id="main">
        {props ? (
          <PageFor route={route} {...props} />
        ) : (
          <Pending loading={meta.loading} error={meta.error} w={w} lang={lang} reload={meta.reload} />
        )}
      </main>
      <footer className="ra-footer">
        {meta.data ? (
          <p>
            {w.storage}: {meta.data.engine === 'pglite' ? 'PGlite' : 'PostgreSQL'} ·{' '}
            {meta.data.records.toLocaleString(lang)} {w.records} · {w.demoKeyNote}: {w.demoKeyText}
          </p>
        ) : null}
      </footer>
    </div>
  );
}

function PageFor({ route, ...props }: PageProps & { route: ReturnType<typeof useRoute> }) {
  switch (route.page) {
    case 'dashboard':
      return <DashboardPage {...props} />;
    case 'county':
    case 'street':
      return <DivisionPage {...props} code={route.id ?? ''} key={route.id} />;
    case 'community':
      return <CommunityPage {...props} id={route.id ?? ''} key={route.id} />;
    case 'project':
      return <ProjectPage {...props} id={route.id ?? ''} key={route.id} />;
    case 'tasks':
      return <TasksPage {...props} />;
    case 'sampling':
      return <SamplingPage {...props} />;
    case 'reports':
      return <ReportsPage {...props} />;
    case 'upload':
      return <UploadPage {...props} />;
    default:
      return <p>{words(props.lang).notFound}</p>;
  }
}
