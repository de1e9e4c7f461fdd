import { ProjectCompliance } from '../components/project-compliance/index';
import { defineWidget } from './define-widget';

/** `<rectify-project-compliance>`: {@link ProjectCompliance} as a custom element. */
export const projectComplianceElement = /* @__PURE__ */ defineWidget(
  'rectify-project-compliance',
  ProjectCompliance,
  {
    description:
      "A construction project's wage-payment institution checklist (WG.M2) and its arrears warning level, by icon and text.",
    dataDescription:
      '`{ project, findings?, warning?, divisionNames? }`: the project, the findings of the wages pack, and the arrears warning (`{ level, reasons? }`).',
    attributes: {
      project: {
        prop: 'project',
        type: 'json',
        description:
          'The project alone (`{ id, name, status?, divisionCode?, builder?, generalContractor? }`), as JSON.',
      },
      warning: {
        prop: 'warning',
        type: 'json',
        description:
          "The arrears warning (`{ level, reasons? }`), as JSON. Defaults to the level in the project's findings.",
      },
      institutions: {
        prop: 'institutions',
        type: 'json',
        description:
          "The checklist's rule ids in order, as a JSON array. Defaults to the seven institutions of WG.M2.",
      },
      'division-names': {
        prop: 'divisionNames',
        type: 'json',
        description: 'Division names by code, as a JSON object. Defaults to none.',
      },
    },
  },
);
