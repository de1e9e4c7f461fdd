// @rectify/samples — seeded generator of realistic synthetic data for both Quanzhou 点题整治 campaigns, with
// planted violations listed in a manifest.

export type { StreetEntry } from './data/quanzhou-streets';
export { QUANZHOU_STREETS } from './data/quanzhou-streets';
export type { SamplesErrorCode } from './errors';
export { SAMPLES_ERROR_CODES, SamplesError } from './errors';
export type { GeneratedDataset } from './generate';
export { generateDataset } from './generate';
export type { NdjsonSink, WriteNdjsonOptions, WriteNdjsonResult } from './ndjson';
export { writeNdjson } from './ndjson';
export type { GenerateOptions, ResolvedOptions } from './options';
export { DEFAULT_OPTIONS } from './options';
export type { PlantManifest } from './planting/plant';
export type { PlantContext, PlantedItem, Planter, PlantWorld } from './planting/planter';
export { PLANTABLE_RULE_IDS, PLANTERS } from './planting/registry';
export type { Rng } from './prng';
export { createRng } from './prng';
export type { DatasetHeader, DatasetStream, StreamedRecord } from './stream';
export { streamDataset } from './stream';
