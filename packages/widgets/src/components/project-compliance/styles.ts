/** The CSS of {@link ProjectCompliance}. */
export const projectComplianceCss: string = `
.rk-compliance__warning {
  display: flex;
  flex-wrap: wrap;
  align-items: baseline;
  gap: 0.5em 1em;
  margin: 0 0 1em;
  padding: 0.75em 1em;
  border: var(--rk-border-width) solid var(--rk-color-border);
  border-left-width: 0.375em;
  border-radius: var(--rk-radius);
  background: var(--rk-color-surface);
}
.rk-compliance__warning .rk-status { font-size: 1.125em; }
.rk-compliance__warning-label { font-weight: 700; }
.rk-compliance__reasons { flex-basis: 100%; display: grid; gap: 0.25em; }
.rk-compliance__notes { display: grid; gap: 0.25em; }
`;
