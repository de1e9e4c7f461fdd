/** The CSS of {@link IndicatorDashboard}. */
export const indicatorDashboardCss: string = `
.rk-indicators { display: grid; gap: 1em; }
.rk-indicator {
  padding: 0.75em 1em;
  border: var(--rk-border-width) solid var(--rk-color-border);
  border-radius: var(--rk-radius);
  background: var(--rk-color-background);
}
.rk-indicator .rk-subtitle { margin-top: 0; }
.rk-indicator__clauses { margin-left: 0.5em; font-weight: 400; color: var(--rk-color-muted); font-size: 0.875em; }
.rk-indicator__facts {
  display: grid;
  grid-template-columns: repeat(auto-fit, minmax(10em, 1fr));
  gap: 0.5em 1em;
  margin: 0.5em 0 0.75em;
}
.rk-indicator__fact { display: flex; flex-direction: column; min-width: 0; }
.rk-indicator__fact dt { font-size: 0.875em; font-weight: 700; color: var(--rk-color-muted); }
.rk-indicator__fact dd { margin: 0; font-size: 1.125em; font-variant-numeric: tabular-nums; }
.rk-drill { margin-top: 0.75em; }
.rk-drill__toggle::before, .rk-drill__county::before {
  content: '▸';
  display: inline-block;
  width: 1em;
  transition: transform 0.15s;
}
.rk-drill__toggle[aria-expanded='true']::before, .rk-drill__county[aria-expanded='true']::before { transform: rotate(90deg); }
@media (prefers-reduced-motion: reduce) {
  .rk-drill__toggle::before, .rk-drill__county::before { transition: none; }
}
.rk-drill__table { margin-top: 0.5em; }
.rk-drill__table :where(.rk-row--street th) { padding-left: 2.5em; font-weight: 400; }
.rk-drill__table :where(.rk-row--city th, .rk-row--city td) { font-weight: 700; }
.rk-drill__county { min-height: var(--rk-target-size); }
`;
