import { type Dataset, RECORD_KINDS, RECORD_SCHEMAS, type RecordKind, toJsonSchema } from '@rectify/schemas';

let kindsWithDefaults: Set<RecordKind> | undefined;

/** Kinds whose schema fills defaults (`evidence: []` …); the others are used as read, which is much faster. */
function withDefaultsKinds(): Set<RecordKind> {
  kindsWithDefaults ??= new Set(
    RECORD_KINDS.filter((k) => JSON.stringify(toJsonSchema(k, 'draft-2020-12')).includes('"default"')),
  );
  return kindsWithDefaults;
}

/**
 * Fills the schema defaults of valid records in place (`knownIncomeSources: []` …), as a host's zod parse
 * would, so the rules see the model's output type; a record that does not parse is left as it is (the rules
 * then report what they cannot judge as `unknown`).
 */
export function applyDefaults(dataset: Dataset): Dataset {
  const records = dataset.records as Record<string, unknown[] | undefined>;
  for (const kind of withDefaultsKinds()) {
    const list = records[kind];
    if (!Array.isArray(list)) continue;
    const schema = RECORD_SCHEMAS[kind];
    for (let i = 0; i < list.length; i++) {
      const parsed = schema.safeParse(list[i]);
      if (parsed.success) list[i] = parsed.data;
    }
  }
  return dataset;
}
