/** The CSS of {@link WageRightsBoard}. */
export const wageRightsBoardCss: string = `
.rk-rights__summary { margin: 0 0 0.75em; font-weight: 700; }
.rk-rights__items :where(td) { width: 10em; }
`;
