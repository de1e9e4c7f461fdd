// @rectify/reports — the reports regulators file, built from check results and rendered to JSON, CSV, XLSX,
// Markdown or print-ready HTML.

export * from './builders/index';
export * from './document';
export * from './format/index';
export * from './render/index';
