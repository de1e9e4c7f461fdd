export { latestBoard } from './latest-board';
export { wageRightsBoardCss } from './styles';
export type { WageRightsBoardProps } from './wage-rights-board';
export { WageRightsBoard } from './wage-rights-board';
