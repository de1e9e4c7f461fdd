import { z } from 'zod';
import { Dataset, RECORD_KINDS, RECORD_SCHEMAS, type RecordKind, SCHEMA_VERSION } from './dataset';

/** JSON Schema dialects the kit publishes. */
export type JsonSchemaDraft = 'draft-2020-12' | 'draft-07';

/** Base of every published schema `$id`; the version makes ids immutable per release. */
export const SCHEMA_ID_BASE = `https://schemas.rectify-kit.org/${SCHEMA_VERSION}`;

/** The published file name of a kind's schema (`quarterly-disclosure.schema.json`). */
export function schemaFileName(kind: RecordKind | 'dataset'): string {
  return `${kind.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}.schema.json`;
}

/** The `$id` of a published schema. */
export function schemaId(kind: RecordKind | 'dataset', draft: JsonSchemaDraft): string {
  return `${SCHEMA_ID_BASE}/${draft}/${schemaFileName(kind)}`;
}

/** A JSON Schema document (plain JSON). */
export type JsonSchema = Record<string, unknown>;

/**
 * Generates the self-contained JSON Schema of a record kind (or of the whole dataset) from the zod source.
 * Input shape: fields with defaults are optional, as a host may omit them.
 */
export function toJsonSchema(
  kind: RecordKind | 'dataset',
  draft: JsonSchemaDraft = 'draft-2020-12',
): JsonSchema {
  const source = kind === 'dataset' ? Dataset : RECORD_SCHEMAS[kind];
  const generated = z.toJSONSchema(source, {
    target: draft === 'draft-07' ? 'draft-7' : 'draft-2020-12',
    io: 'input',
    unrepresentable: 'throw',
  }) as JsonSchema;
  return withRootInlined(generated, kind, draft);
}

/**
 * zod emits `{ $ref: '#/$defs/X', $defs }` at the root; in draft-07 keywords beside `$ref` (including `$id`)
 * are ignored, so the root definition is inlined and references to it point at `#`.
 */
function withRootInlined(
  generated: JsonSchema,
  kind: RecordKind | 'dataset',
  draft: JsonSchemaDraft,
): JsonSchema {
  const defsKey = draft === 'draft-07' ? 'definitions' : '$defs';
  const { $schema, $ref, [defsKey]: defs, ...rest } = generated;
  let root: JsonSchema = rest;
  let definitions = (defs ?? {}) as Record<string, JsonSchema>;
  if (typeof $ref === 'string') {
    const name = $ref.slice(`#/${defsKey}/`.length);
    const { [name]: inlined, ...others } = definitions;
    root = { ...inlined, ...rest };
    definitions = others;
  }
  const out: JsonSchema = { $schema, $id: schemaId(kind, draft), ...root };
  if (Object.keys(definitions).length > 0) out[defsKey] = definitions;
  // References to the inlined root definition now point at the document itself.
  return typeof $ref === 'string'
    ? (JSON.parse(JSON.stringify(out).replaceAll(`"${$ref}"`, '"#"')) as JsonSchema)
    : out;
}

/** Every published schema: `[draft, fileName, schema]`, record kinds first, then the dataset. */
export function allJsonSchemas(): Array<[JsonSchemaDraft, string, JsonSchema]> {
  const out: Array<[JsonSchemaDraft, string, JsonSchema]> = [];
  for (const draft of ['draft-2020-12', 'draft-07'] as const) {
    for (const kind of [...RECORD_KINDS, 'dataset' as const])
      out.push([draft, schemaFileName(kind), toJsonSchema(kind, draft)]);
  }
  return out;
}
