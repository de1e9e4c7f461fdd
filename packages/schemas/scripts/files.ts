// What `npm run generate` writes: published JSON Schemas, codelist CSVs and the error-code catalog page.
import { CODELISTS } from '../src/codelists/index';
import { ISSUE_CODES } from '../src/errors';
import { allJsonSchemas } from '../src/json-schema';

function csvField(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Codelist CSV: code, zh title, en title, description; UTF-8, LF, header row. */
export function codelistCsv(list: (typeof CODELISTS)[number]): string {
  const rows = [
    ['code', 'zh', 'en', 'description'],
    ...list.entries.map((e) => [e.code, e.zh, e.en, e.description]),
  ];
  return `${rows.map((r) => r.map(csvField).join(',')).join('\n')}\n`;
}

function errorCodesPage(): string {
  const lines = [
    '# Validation issue codes',
    '',
    'Generated from `packages/schemas/src/errors.ts` by `npm run generate -w @rectify/schemas`; do not edit.',
    'Codes are stable forever; a renamed code keeps an entry in `RENAMED_ISSUE_CODES`.',
    '',
    '| code | severity | message (zh-CN) | message (en) | meaning |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const [code, e] of Object.entries(ISSUE_CODES))
    lines.push(
      `| \`${code}\` | ${e.severity} | ${e.template['zh-CN']} | ${e.template.en} | ${e.description} |`,
    );
  return `${lines.join('\n')}\n`;
}

/** Every generated file, by path relative to the package folder. */
export function generatedFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const [draft, name, schema] of allJsonSchemas())
    files.set(`json/${draft}/${name}`, `${JSON.stringify(schema, null, 2)}\n`);
  for (const list of CODELISTS) files.set(`codelists/${list.name}.csv`, codelistCsv(list));
  files.set('../../docs/reference/error-codes.md', errorCodesPage());
  return files;
}
