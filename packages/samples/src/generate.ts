import type { Dataset } from '@rectify/schemas';
import type { GenerateOptions } from './options';
import type { PlantManifest } from './planting/plant';
import { streamDataset } from './stream';

/** A generated dataset and the manifest of what was planted in it. */
export interface GeneratedDataset {
  /** The dataset: kinds with at least one record, in catalog order. */
  readonly dataset: Dataset;
  /** Every planted violation. */
  readonly manifest: PlantManifest;
}

/**
 * Generates a realistic synthetic dataset of both Quanzhou campaigns. Deterministic: the same options give
 * a byte-identical `JSON.stringify`. Nothing reads the clock: dates derive from `asOf` and `campaignYear`.
 * Kinds without records are left out (an empty list would make every reference to that kind look unknown).
 *
 * @throws SamplesError for an invalid option or a `plant` rule id without a planter.
 * @example
 * const { dataset, manifest } = generateDataset({ seed: 'demo', communities: 50, plant: { 'PI-ARITHMETIC': 3 } });
 */
export function generateDataset(options: GenerateOptions = {}): GeneratedDataset {
  const stream = streamDataset(options);
  const records: Record<string, object[]> = {};
  for (const { kind, record } of stream) {
    const list = records[kind];
    if (list) list.push(record);
    else records[kind] = [record];
  }
  const dataset = { ...stream.header, records } as unknown as Dataset;
  return { dataset, manifest: stream.manifest };
}
