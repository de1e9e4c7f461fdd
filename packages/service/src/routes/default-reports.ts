import type { ReportsProvider } from './report-routes';

/** The reports of `@rectify/reports` (none until the package publishes its registry). */
export function defaultReports(): ReportsProvider {
  return {
    reports: [],
    build: () => {
      throw new Error('No report builders are available');
    },
    render: async () => {
      throw new Error('No report renderer is available');
    },
    isOptionError: () => false,
  };
}
