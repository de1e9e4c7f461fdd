import type { Stats } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { formatOfName, type InputFile } from './input-file';
import { type CliIssue, inputIssue } from './input-issue';

/** The files behind the paths of a command line, and the paths that could not be used. */
export interface ExpandedPaths {
  /** Files to read, in command-line order; a folder's files sorted by path. */
  files: InputFile[];
  /** Missing paths, unsupported files, empty folders (all fatal). */
  issues: CliIssue[];
}

/** How a path is shown: relative to the working directory when inside it. */
export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}

/**
 * Turns the paths of a command line into the files to read: a file is taken when its ending is known
 * (`.json`, `.ndjson`/`.jsonl`, `.csv`/`.tsv`, `.xlsx`/`.xlsm`); a folder gives every such file inside it,
 * recursively, sorted, hidden entries and `node_modules` skipped. A path seen twice is read once.
 */
export async function expandPaths(paths: readonly string[], cwd: string): Promise<ExpandedPaths> {
  const files: InputFile[] = [];
  const issues: CliIssue[] = [];
  const seen = new Set<string>();
  const add = (path: string, info: Stats, explicit: boolean) => {
    const format = formatOfName(path);
    const display = displayPath(path, cwd);
    if (!format) {
      if (explicit) issues.push(inputIssue('FILE_TYPE_UNSUPPORTED', {}, { file: display }));
      return false;
    }
    if (seen.has(path)) return true;
    seen.add(path);
    files.push({ path, display, format, size: info.size });
    return true;
  };
  for (const given of paths) {
    const path = resolve(cwd, given);
    let info: Stats;
    try {
      info = await stat(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      issues.push(
        code === 'ENOENT' || code === 'ENOTDIR'
          ? inputIssue('FILE_NOT_FOUND', {}, { file: displayPath(path, cwd) })
          : inputIssue('FILE_UNREADABLE', { reason: code ?? 'error' }, { file: displayPath(path, cwd) }),
      );
      continue;
    }
    if (!info.isDirectory()) {
      add(path, info, true);
      continue;
    }
    let found = 0;
    for (const file of await walk(path)) {
      try {
        if (add(file, await stat(file), false)) found++;
      } catch {
        issues.push(inputIssue('FILE_UNREADABLE', { reason: 'stat' }, { file: displayPath(file, cwd) }));
      }
    }
    if (found === 0) issues.push(inputIssue('FOLDER_EMPTY', {}, { file: displayPath(path, cwd) }));
  }
  return { files, issues };
}

async function walk(folder: string): Promise<string[]> {
  const out: string[] = [];
  let entries: import('node:fs').Dirent[];
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch {
    return out;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(path)));
    else if (entry.isFile() && formatOfName(entry.name)) out.push(path);
  }
  return out;
}
