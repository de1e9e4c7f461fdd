import type { Bilingual } from '@rectify/schemas';
import { langOption, type OptionValues, stringOption } from './args';
import type { CliIo } from './cli-io';
import { type Lang, resolveLang } from './lang';
import { maskText } from '@rectify/schemas';
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
  /** Writes a note to stderr in the run's language (masked), unless quiet. */
  note(message: Bilingual): void;
}

/** Builds the context of a command from its parsed common options. */
export function commandContext(io: CliIo, values: OptionValues, command: string): CommandContext {
  const lang = resolveLang(langOption(values.lang, command), io.env);
  const quiet = values.quiet === true;
  const out = stringOption(values, 'out');
  return {
    io,
    lang,
    quiet,
    ...(out !== undefined ? { out } : {}),
    progress: createProgress(io, { quiet }),
    note(message) {
      if (!quiet) io.stderr.write(`${maskText(message[lang])}\n`);
    },
  };
}
