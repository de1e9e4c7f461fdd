import type { RecordKind } from '@rectify/schemas';
import { loadTables, type TablesPort } from '../optional-modules';
import type { Progress } from '../progress';
import type { InputFile } from './input-file';
import type { LoadedPart } from './loaded-part';
import { readJsonPart } from './read-json';
import { readNdjsonParts } from './read-ndjson';
import { readTablePart } from './read-table';

/** Options of {@link iterateParts}. */
export interface IterateOptions {
  /** Record kind of tables and JSON record lists. Defaults to detection (tables) or none (JSON). */
  kind?: RecordKind;
  /** Advanced by bytes read. */
  progress: Progress;
  /** Progress label. */
  label: string;
}

/**
 * Reads the files part by part, in order: a JSON or table file is one part, an NDJSON file one part per
 * `{"header"}` line. Only one part is held at a time by this generator.
 */
export async function* iterateParts(
  files: readonly InputFile[],
  options: IterateOptions,
): AsyncGenerator<LoadedPart> {
  const total = files.reduce((n, f) => n + f.size, 0);
  const { progress } = options;
  progress.start(total, options.label);
  let done = 0;
  let tables: TablesPort | undefined;
  let tablesLoaded = false;
  try {
    for (const file of files) {
      if (file.format === 'ndjson') {
        for await (const part of readNdjsonParts(file, (bytes) => progress.update(done + bytes))) yield part;
      } else if (file.format === 'json') {
        yield await readJsonPart(file, options.kind);
      } else {
        if (!tablesLoaded) {
          tables = await loadTables();
          tablesLoaded = true;
        }
        yield await readTablePart(file, options.kind, tables);
      }
      done += file.size;
      progress.update(done);
    }
  } finally {
    progress.stop();
  }
}
