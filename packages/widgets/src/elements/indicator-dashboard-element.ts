import { IndicatorDashboard, type IndicatorToggleDetail } from '../components/indicator-dashboard/index';
import { defineWidget } from './define-widget';

/** `<rectify-indicator-dashboard>`: {@link IndicatorDashboard} as a custom element. */
export const indicatorDashboardElement = /* @__PURE__ */ defineWidget(
  'rectify-indicator-dashboard',
  IndicatorDashboard,
  {
    description:
      'The campaign targets (PI.T1, PI.T2, WG.T1-T5) against their values, city → county → street drill-down, met / not met by icon and text.',
    dataProp: 'indicators',
    dataDescription:
      'The computed indicators (`CheckResult.indicators`, `Indicator[]`) with their breakdown.',
    attributes: {
      ids: {
        prop: 'ids',
        type: 'json',
        description:
          'Only these indicator ids, in this order, as a JSON array. Defaults to every indicator given.',
      },
      expanded: {
        prop: 'expanded',
        type: 'json',
        description:
          'Breakdowns open at first, as a JSON array: an indicator id opens its county table, `<id>/<countyCode>` also the streets. Defaults to none.',
      },
      'as-of': {
        prop: 'asOf',
        type: 'string',
        description: 'The as-of date of the figures (`YYYY-MM-DD`), shown under the title. Defaults to none.',
      },
    },
    events: {
      'rectify-toggle': {
        callback: 'onToggle',
        description: '`{ indicatorId, divisionCode?, expanded }`: the reader opened or closed a breakdown.',
        detail: (detail: IndicatorToggleDetail) => detail,
      },
    },
  },
);
