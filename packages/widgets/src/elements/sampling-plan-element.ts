import { SamplingPlan } from '../components/sampling-plan/index';
import { defineWidget } from './define-widget';

/** `<rectify-sampling-plan>`: {@link SamplingPlan} as a custom element. */
export const samplingPlanElement = /* @__PURE__ */ defineWidget('rectify-sampling-plan', SamplingPlan, {
  description: 'The sampling plan of the public-income checks (PI.M2) and why each community was picked.',
  dataDescription:
    '`{ plan, communityNames?, divisionNames? }`: the `planSampling` output, and names of communities and streets by id / code.',
  attributes: {
    plan: {
      prop: 'plan',
      type: 'json',
      description: 'The `planSampling` output alone, as JSON (instead of `data`).',
    },
    'community-names': {
      prop: 'communityNames',
      type: 'json',
      description: 'Community names by id, as a JSON object. Defaults to none (ids only).',
    },
    'division-names': {
      prop: 'divisionNames',
      type: 'json',
      description: 'Division (street) names by code, as a JSON object. Defaults to none.',
    },
    'county-code': {
      prop: 'countyCode',
      type: 'string',
      description: 'The county shown (6-digit code) or `all`; the reader can change it. Defaults to `all`.',
    },
  },
  events: {
    'rectify-county-change': {
      callback: 'onCountyChange',
      description: '`{ countyCode }`: the reader picked a county (`all` for every county).',
      detail: (countyCode: string) => ({ countyCode }),
    },
  },
});
