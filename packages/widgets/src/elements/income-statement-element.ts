import { IncomeStatement } from '../components/income-statement/index';
import type { MoneyUnit } from '../i18n/index';
import { defineWidget } from './define-widget';

/** `<rectify-income-statement>`: {@link IncomeStatement} as a custom element. */
export const incomeStatementElement = /* @__PURE__ */ defineWidget(
  'rectify-income-statement',
  IncomeStatement,
  {
    description: 'The income, expense, distribution and balance lines of one quarter, in 元 or 万元.',
    dataProp: 'disclosure',
    dataDescription: 'A `QuarterlyDisclosure`, amounts in integer fen.',
    attributes: {
      'community-name': {
        prop: 'communityName',
        type: 'string',
        description: "The community's name, put before the period in the title. Defaults to none.",
      },
      unit: {
        prop: 'unit',
        type: 'string',
        description: 'Amount unit, `yuan` or `wan` (万元); the reader can toggle it. Defaults to `yuan`.',
      },
      'show-unit-toggle': {
        prop: 'showUnitToggle',
        type: 'boolean',
        description: 'Set `show-unit-toggle="false"` to hide the 元 / 万元 toggle. Defaults to shown.',
      },
    },
    events: {
      'rectify-unit-change': {
        callback: 'onUnitChange',
        description: '`{ unit }`: the reader switched between 元 and 万元.',
        detail: (unit: MoneyUnit) => ({ unit }),
      },
    },
  },
);
