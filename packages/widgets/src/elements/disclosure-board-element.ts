import { DisclosureBoard, type PrintRequest } from '../components/disclosure-board/index';
import type { MoneyUnit } from '../i18n/index';
import { defineWidget } from './define-widget';

/** `<rectify-disclosure-board>`: {@link DisclosureBoard} as a custom element. */
export const disclosureBoardElement = /* @__PURE__ */ defineWidget(
  'rectify-disclosure-board',
  DisclosureBoard,
  {
    description:
      "A community's quarterly public-income disclosure as owners see it on a portal, with a print action producing the A4 / A3 notice.",
    dataDescription:
      '`{ disclosure, community }`: a `QuarterlyDisclosure` (amounts in integer fen) and the community (`{ id, name, companyName }`).',
    attributes: {
      disclosure: {
        prop: 'disclosure',
        type: 'json',
        description: 'The `QuarterlyDisclosure` alone, as JSON (instead of `data`).',
      },
      community: {
        prop: 'community',
        type: 'json',
        description: 'The community alone (`{ id, name, companyName }`), as JSON (instead of `data`).',
      },
      paper: {
        prop: 'paper',
        type: 'string',
        description: 'Paper of the printed notice: `A4` or `A3`. Defaults to `A4`.',
      },
      unit: {
        prop: 'unit',
        type: 'string',
        description: 'Amount unit, `yuan` or `wan` (万元); the reader can toggle it. Defaults to `yuan`.',
      },
      'display-days': {
        prop: 'displayDays',
        type: 'number',
        description: 'Days on display from the day after posting. Defaults to 30 (Civil Code art. 201).',
      },
      'print-target': {
        prop: 'printTarget',
        type: 'string',
        description: 'Where the print document opens: `iframe` (hidden) or `window`. Defaults to `iframe`.',
      },
      printable: {
        prop: 'printable',
        type: 'boolean',
        description: 'Set `printable="false"` to hide the print button. Defaults to shown.',
      },
    },
    events: {
      'rectify-print': {
        callback: 'onPrint',
        cancelable: true,
        description:
          '`{ html, paper, lang, disclosureId, communityId }`: the print document. Call `preventDefault()` to print it yourself; otherwise the widget opens the print dialog.',
        detail: (request: PrintRequest) => request,
      },
      'rectify-unit-change': {
        callback: 'onUnitChange',
        description: '`{ unit }`: the reader switched between 元 and 万元.',
        detail: (unit: MoneyUnit) => ({ unit }),
      },
    },
  },
);
