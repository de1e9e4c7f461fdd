import { type Bilingual, maskText } from '@rectify/schemas';
import { langOption, type OptionValues, stringOption } from './args';
import type { CliIo } from './cli-io';
import { type Lang, resolveLang } from './lang';
import { createProgress, type Progress } from './progress';

/** What every command gets besides its own options. */
export interface CommandContext {
  /** The streams and environment. */
  io: CliIo;
  /** Output language. */
  lang: Lang;
  /** `--quiet`: no progress bar, no notes. */
  quiet: boolean;
  /** `--out`: the file to write instead of stdout. */
  out?: string;
  /** The progress bar (a no-op unless stderr is a terminal). */
  progress: Progress;
  /** `--format json|ndjson`: problems on stderr are written as JSON lines too. */
  structured: boolean;
  /** Writes a note to stderr in the run's language (masked), unless quiet. */
  note(message: Bilingual): void;
}

/** Builds the context of a command from its parsed common options. */
export function commandContext(io: CliIo, values: OptionValues, command: string): CommandContext {
  const lang = resolveLang(langOption(values.lang, command), io.env);
  const quiet = values.quiet === true;
  const out = stringOption(values, 'out');
  const format = stringOption(values, 'format');
  return {
    io,
    lang,
    quiet,
    structured: format === 'json' || format === 'ndjson',
    ...(out !== undefined ? { out } : {}),
    progress: createProgress(io, { quiet }),
    note(message) {
      if (!quiet) io.stderr.write(`${maskText(message[lang])}\n`);
    },
  };
}
