// The reports a suite runs against: the registry of @rectify/reports when it publishes one, else a small stand-in
// report built here and rendered by the package's real renderers.
import * as reportsPackage from '@rectify/reports';
import { defaultReports } from '../../src/routes/default-reports';
import type { ReportDocument, ReportsProvider } from '../../src/routes/report-routes';

const STAND_IN: ReportsProvider = {
  reports: [
    {
      id: 'findings-summary',
      title: { 'zh-CN': '核查结果汇总', en: 'Findings summary' },
      campaign: 'both',
      clauseIds: ['PI.S3'],
      periodKind: 'month',
      params: [],
      defaultFormat: 'xlsx',
    },
  ],
  build(id, _dataset, result, request) {
    if (!/^[0-9]{4}-[0-9]{2}$/.test(request.period))
      throw Object.assign(new Error('period must be a month'), {
        name: 'ReportBuildError',
        code: 'INVALID_OPTION',
      });
    const rows = Object.entries(result.summary.byRule).map(([ruleId, counts]) => ({
      ruleId,
      fail: counts.fail,
      pending: counts.pending,
    }));
    const doc: ReportDocument = {
      id,
      title: { 'zh-CN': '核查结果汇总', en: 'Findings summary' },
      meta: {
        campaign: 'both',
        clauseIds: ['PI.S3'],
        period: request.period,
        divisionCode: request.divisionCode,
        asOf: request.asOf,
        packs: result.packs,
      },
      sections: [
        {
          kind: 'table',
          id: 'by-rule',
          title: { 'zh-CN': '按规则', en: 'By rule' },
          columns: [
            { key: 'ruleId', header: { 'zh-CN': '规则', en: 'Rule' }, type: 'code' },
            { key: 'fail', header: { 'zh-CN': '不通过', en: 'Fail' }, type: 'integer' },
            { key: 'pending', header: { 'zh-CN': '未到期', en: 'Pending' }, type: 'integer' },
          ],
          rows,
        },
      ],
    };
    return doc;
  },
  render: (doc, format, options) =>
    reportsPackage.render(doc as Parameters<typeof reportsPackage.render>[0], format, options),
  isOptionError: (error) => (error as { code?: string }).code === 'INVALID_OPTION',
};

/** The provider a suite uses, and the report id and period it asks for. */
export function testReports(): { provider: ReportsProvider | undefined; reportId: string; period: string } {
  const published = defaultReports();
  return published.reports.some((r) => r.id === 'pi-monthly-package')
    ? { provider: undefined, reportId: 'pi-monthly-package', period: '2023-10' }
    : { provider: STAND_IN, reportId: 'findings-summary', period: '2023-10' };
}
