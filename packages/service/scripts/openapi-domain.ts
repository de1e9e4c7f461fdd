// The generated block of openapi.yaml: the domain's published JSON Schemas as OpenAPI components.
import { ISSUE_CODES, RECORD_KINDS, toJsonSchema } from '@rectify/schemas';
import { stringify } from 'yaml';

/** The markers around the generated block (indented as entries of `components.schemas`). */
export const BEGIN_MARKER =
  '    # BEGIN GENERATED DOMAIN SCHEMAS: from @rectify/schemas by `npm run sync:openapi`; do not edit by hand.';
export const END_MARKER = '    # END GENERATED DOMAIN SCHEMAS';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Points `#/$defs/X` at `#/components/schemas/X`, and `#` (the inlined root) at the root's component. */
function rewriteRefs(node: Json, rootName: string): Json {
  if (Array.isArray(node)) return node.map((n) => rewriteRefs(n, rootName));
  if (node === null || typeof node !== 'object') return node;
  const out: { [key: string]: Json } = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '$ref' && typeof value === 'string') {
      out[key] =
        value === '#'
          ? `#/components/schemas/${rootName}`
          : value.replace(/^#\/\$defs\//, '#/components/schemas/');
    } else out[key] = rewriteRefs(value, rootName);
  }
  return out;
}

/**
 * The domain components: the dataset envelope (draft 2020-12, as published) with its `$defs` hoisted to
 * components, so every record kind is a component of its own; plus the `RecordKind` and `IssueCode` enums.
 */
export function domainComponents(): Record<string, Json> {
  const {
    $schema: _s,
    $id: _i,
    $defs,
    ...root
  } = toJsonSchema('dataset', 'draft-2020-12') as {
    [key: string]: Json;
  };
  const components: Record<string, Json> = {
    Dataset: rewriteRefs(root, 'Dataset'),
  };
  for (const [name, schema] of Object.entries(($defs ?? {}) as Record<string, Json>))
    components[name] = rewriteRefs(schema, 'Dataset');
  components.RecordKind = {
    type: 'string',
    description: 'A record kind: the key of its list in a dataset’s `records`.',
    enum: [...RECORD_KINDS],
  };
  components.IssueCode = {
    type: 'string',
    description: 'Stable code of a validation issue (see docs/reference/error-codes.md).',
    enum: Object.keys(ISSUE_CODES),
  };
  return components;
}

/** The generated block as YAML text, between the markers, indented under `components.schemas`. */
export function domainBlock(): string {
  const yaml = stringify(domainComponents(), { lineWidth: 0, aliasDuplicateObjects: false });
  const body = yaml
    .trimEnd()
    .split('\n')
    .map((line) => (line.length > 0 ? `    ${line}` : line))
    .join('\n');
  return `${BEGIN_MARKER}\n${body}\n${END_MARKER}\n`;
}

/** The spec text with its generated block replaced by a fresh one; throws when the markers are missing. */
export function syncOpenapiText(text: string): string {
  const begin = text.indexOf(BEGIN_MARKER);
  const end = text.indexOf(END_MARKER);
  if (begin < 0 || end < begin) throw new Error('openapi.yaml: the generated-block markers are missing');
  return text.slice(0, begin) + domainBlock() + text.slice(end + END_MARKER.length + 1);
}
