import { WageRightsBoard } from '../components/wage-rights-board/index';
import { defineWidget } from './define-widget';

/** `<rectify-wage-rights-board>`: {@link WageRightsBoard} as a custom element. */
export const wageRightsBoardElement = /* @__PURE__ */ defineWidget(
  'rectify-wage-rights-board',
  WageRightsBoard,
  {
    description:
      'The rights-information board (维权信息告示牌) of a construction project: the nine items of art. 34 of the wage payment regulations, present or missing.',
    dataDescription:
      '`{ board? , boards?, project? }`: one observation of the board, or several (the latest on or before `as-of` is shown), and the project (`{ id, name }`).',
    attributes: {
      project: {
        prop: 'project',
        type: 'json',
        description: 'The project alone (`{ id, name }`), as JSON. Defaults to none.',
      },
      'as-of': {
        prop: 'asOf',
        type: 'string',
        description: 'Ignore observations after this day, `YYYY-MM-DD`. Defaults to every observation.',
      },
    },
  },
);
