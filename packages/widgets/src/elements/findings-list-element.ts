import type { Finding } from '@rectify/rules';
import { FindingsList, type FindingsView } from '../components/findings-list/index';
import { defineWidget } from './define-widget';

/** `<rectify-findings-list>`: {@link FindingsList} as a custom element. */
export const findingsListElement = /* @__PURE__ */ defineWidget('rectify-findings-list', FindingsList, {
  description:
    'The findings of a check, filtered by severity, clause, division and outcome, grouped, each opening its "why" (clause quote, evidence, deadline, responsible units); virtualised for 10,000 findings.',
  dataProp: 'findings',
  dataDescription: 'The findings (`CheckResult.findings`, `Finding[]`), in the order to list them.',
  attributes: {
    rules: {
      prop: 'rules',
      type: 'json',
      description:
        "The rules the findings came from (`{ id, quote, title }[]`, e.g. the packs' rules), to quote each finding's clause text in its why. Defaults to none (clause IDs only).",
    },
    'division-names': {
      prop: 'divisionNames',
      type: 'json',
      description: 'Names of divisions by code, as a JSON object (county and street names of the dataset).',
    },
    severity: { prop: 'severity', type: 'string', description: 'Severity filter. Defaults to `all`.' },
    'clause-id': {
      prop: 'clauseId',
      type: 'string',
      description: 'Clause filter (a clause ID such as `PI.C1.b`). Defaults to `all`.',
    },
    'county-code': {
      prop: 'countyCode',
      type: 'string',
      description: 'County filter (6-digit code). Defaults to `all`.',
    },
    outcome: { prop: 'outcome', type: 'string', description: 'Outcome filter. Defaults to `all`.' },
    'group-by': {
      prop: 'groupBy',
      type: 'string',
      description: 'Grouping: `none`, `rule` or `division` (county). Defaults to `none`.',
    },
    'visible-rows': {
      prop: 'visibleRows',
      type: 'number',
      description: 'Rows visible at once in the scrolling list. Defaults to 8.',
    },
  },
  events: {
    'rectify-select': {
      callback: 'onSelect',
      description: "`{ finding }`: the reader opened a finding's details.",
      detail: (finding: Finding) => ({ finding }),
    },
    'rectify-filter-change': {
      callback: 'onFilterChange',
      description:
        '`{ severity, clauseId, countyCode, outcome, groupBy }`: the reader changed a filter or the grouping.',
      detail: (view: FindingsView) => view,
    },
  },
});
