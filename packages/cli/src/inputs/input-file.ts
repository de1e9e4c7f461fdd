/** A file format the command line reads. */
export type InputFormat = 'json' | 'ndjson' | 'csv' | 'xlsx';

/** A file to read, found on the command line or in a folder given there. */
export interface InputFile {
  /** Absolute path. */
  path: string;
  /** The path as shown in output: relative to the working directory when inside it. */
  display: string;
  /** The format, from the file name. */
  format: InputFormat;
  /** Size in bytes. */
  size: number;
}

/** File name endings the command line reads, and their formats. */
export const INPUT_EXTENSIONS: Readonly<Record<string, InputFormat>> = {
  '.json': 'json',
  '.ndjson': 'ndjson',
  '.jsonl': 'ndjson',
  '.csv': 'csv',
  '.tsv': 'csv',
  '.xlsx': 'xlsx',
  '.xlsm': 'xlsx',
};

/** The format of a file name, by its ending; `undefined` when the command line does not read it. */
export function formatOfName(name: string): InputFormat | undefined {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? undefined : INPUT_EXTENSIONS[name.slice(dot).toLowerCase()];
}
