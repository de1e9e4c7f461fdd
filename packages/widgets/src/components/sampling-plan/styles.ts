/** The CSS of {@link SamplingPlan}. */
export const samplingPlanCss: string = `
.rk-sampling__county { margin: 1.25em 0 0; }
.rk-sampling__reasons { display: flex; flex-wrap: wrap; gap: 0.25em 0.5em; }
.rk-sampling__reason {
  display: inline-block;
  padding: 0 0.4em;
  border: var(--rk-border-width) solid var(--rk-color-border);
  border-radius: var(--rk-radius);
  font-size: 0.9375em;
  white-space: nowrap;
}
.rk-sampling__reason--priority { font-weight: 700; border-color: var(--rk-color-warn); color: var(--rk-color-warn); }
.rk-sampling__explanation { min-width: 16em; font-size: 0.9375em; }
.rk-sampling__id { display: block; white-space: nowrap; overflow-wrap: normal; }
.rk-sampling__ids { display: grid; gap: 0.125em; }
.rk-sampling__picks :where(thead th) { min-width: 4.5em; }
`;
