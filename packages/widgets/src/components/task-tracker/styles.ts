/** The CSS of {@link TaskTracker}. */
export const taskTrackerCss: string = `
.rk-tasks__filters { display: flex; flex-wrap: wrap; gap: 0.5em 1em; margin: 0 0 0.75em; }
.rk-tasks__table :where(.rk-tasks__seq) { width: 3.5em; text-align: right; }
.rk-tasks__resolved { display: block; color: var(--rk-color-muted); font-size: 0.9375em; }
.rk-tasks__units { display: flex; flex-wrap: wrap; gap: 0 0.75em; min-width: 7em; }
.rk-tasks__table :where(tbody th) { min-width: 12em; }
`;
