import type { Dataset, RecordKind } from '@rectify/schemas';
import { CliError } from '../cli-error';
import { bi } from '../lang';
import type { LoadedPart, RecordPlace } from './loaded-part';
import { syntheticEnvelope } from './validate-part';

/** Inputs merged into one dataset, with the way back from a record to its file. */
export interface MergedInput {
  /** The dataset: the first envelope found (or one for `year`), every part's records appended by kind. */
  dataset: Dataset;
  /** Where the `index`-th record of a kind of the merged dataset came from. */
  locate(kind: RecordKind, index: number): RecordPlace & { file?: string };
}

/**
 * Merges parts into one dataset, records appended by kind in input order. The campaign year comes from the
 * envelopes, which must agree (`YEAR_CONFLICT` otherwise), else from `year`.
 */
export function mergeParts(parts: readonly LoadedPart[], year: number): MergedInput {
  const envelopes = parts.filter((p) => p.envelope !== undefined);
  const years = [...new Set(envelopes.map((p) => p.envelope?.campaignYear))];
  if (years.length > 1)
    throw new CliError(
      'YEAR_CONFLICT',
      bi(
        `输入文件的整治年度不一致（${years.join('、')}），请分别检查`,
        `The inputs declare different campaign years (${years.join(', ')}); check them separately`,
      ),
    );
  const envelope = envelopes[0]?.envelope ?? syntheticEnvelope(year);
  const records: Record<string, unknown[]> = {};
  const ranges: Record<string, { start: number; part: LoadedPart }[]> = {};
  for (const part of parts) {
    for (const [kind, list] of Object.entries(part.records)) {
      if (!Array.isArray(list) || list.length === 0) continue;
      const into = records[kind] ?? [];
      records[kind] = into;
      ranges[kind] = [...(ranges[kind] ?? []), { start: into.length, part }];
      for (const record of list) into.push(record);
    }
  }
  return {
    dataset: { ...envelope, records } as unknown as Dataset,
    locate(kind, index) {
      const list = ranges[kind] ?? [];
      for (let r = list.length - 1; r >= 0; r--) {
        const range = list[r];
        if (range && index >= range.start)
          return { file: range.part.file.display, ...range.part.place(kind, index - range.start) };
      }
      return {};
    },
  };
}
