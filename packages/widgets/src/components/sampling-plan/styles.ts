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
.rk-sampling__explanation { font-size: 0.9375em; }
`;
