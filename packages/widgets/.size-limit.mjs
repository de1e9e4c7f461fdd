// Bundle budgets (size-limit): each widget as ESM with React external ≤ 25 KB gzip; the all-in-one IIFE with
// React ≤ 180 KB gzip. Sibling packages resolve to source, so nothing but this package has to be built first.
const WIDGETS = [
  'DisclosureBoard',
  'IncomeStatement',
  'IndicatorDashboard',
  'FindingsList',
  'TaskTracker',
  'SamplingPlan',
  'ProjectCompliance',
  'WageRightsBoard',
];

const fromSource = (config) => ({ ...config, conditions: ['@rectify/source', ...(config.conditions ?? [])] });

export default [
  ...WIDGETS.map((name) => ({
    name: `${name} (ESM, React external)`,
    path: 'dist/index.js',
    import: `{ ${name} }`,
    ignore: ['react', 'react-dom'],
    gzip: true,
    limit: '25 KB',
    modifyEsbuildConfig: fromSource,
  })),
  {
    name: 'All widgets, custom elements and React (IIFE)',
    path: 'dist/bundles/rectify-widgets-*.iife.js',
    gzip: true,
    limit: '180 KB',
  },
];
