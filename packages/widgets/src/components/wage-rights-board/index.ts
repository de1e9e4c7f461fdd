export { latestBoard } from './latest-board';
export { RIGHTS_BOARD_ITEM_CODES } from './rights-board-items';
export { wageRightsBoardCss } from './styles';
export type { WageRightsBoardProps } from './wage-rights-board';
export { WageRightsBoard } from './wage-rights-board';
