import * as reportsPackage from '@rectify/reports';
import type { CheckResult } from '@rectify/rules';
import type { Dataset } from '@rectify/schemas';
import type {
  ReportBuildRequest,
  ReportDocument,
  ReportFormat,
  ReportInfo,
  ReportsProvider,
} from './report-routes';

/** A registry entry of `@rectify/reports` (`REPORTS`), as far as the service uses it. */
interface ReportDefinitionLike extends ReportInfo {
  build(dataset: Dataset, result: CheckResult, request: ReportBuildRequest): unknown;
}

/** Codes of the reports' build and render errors that are the caller's doing (400), not a fault (500). */
const CALLER_CODES = new Set(['INVALID_OPTION', 'NOT_FOUND', 'SECTION_NOT_FOUND']);

/**
 * The reports of `@rectify/reports`: its `REPORTS` registry and its `render`. The registry is looked up at run
 * time, so the service serves whatever reports the installed package registers (none when it registers none).
 */
export function defaultReports(): ReportsProvider {
  const registry = (reportsPackage as unknown as { REPORTS?: readonly ReportDefinitionLike[] }).REPORTS ?? [];
  return {
    reports: registry,
    build(id, dataset, result, request) {
      const definition = registry.find((r) => r.id === id);
      if (!definition) throw new Error(`No report ${id}`);
      return definition.build(dataset, result, request) as ReportDocument;
    },
    render: (doc: ReportDocument, format: ReportFormat, options: Record<string, unknown>) =>
      reportsPackage.render(doc as Parameters<typeof reportsPackage.render>[0], format, options),
    isOptionError: (error) =>
      error instanceof Error &&
      (error.name === 'ReportBuildError' || error.name === 'ReportRenderError') &&
      CALLER_CODES.has(String((error as { code?: unknown }).code)),
  };
}
