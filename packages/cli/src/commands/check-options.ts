import type { CheckOptions, IndicatorDefinition, RulePack } from '@rectify/rules';
import type { RecordKind } from '@rectify/schemas';
import {
  asOfOption,
  kindOption,
  type OptionValues,
  PACKS,
  packsOption,
  paramsOption,
  yearOption,
} from '../args';

/** The options `check` and `report` share, for `parseArgs`. */
export const CHECK_OPTION_SPEC = {
  'as-of': { type: 'string' },
  pack: { type: 'string', multiple: true },
  param: { type: 'string', multiple: true },
  year: { type: 'string' },
  kind: { type: 'string' },
  lenient: { type: 'boolean' },
} as const;

/** The check options of a command line, read and checked. */
export interface CheckArgs {
  asOf: string;
  packIds: string[];
  packs: RulePack[];
  indicators: IndicatorDefinition[];
  parameters: NonNullable<CheckOptions['parameters']>;
  /** Campaign year for inputs without an envelope: `--year`, else the year of `--as-of`. */
  year: number;
  kind?: RecordKind;
  lenient: boolean;
}

/** Reads `--as-of`, `--pack`, `--param`, `--year`, `--kind`, `--lenient`. */
export function readCheckArgs(values: OptionValues, command: string): CheckArgs {
  const asOf = asOfOption(values, command);
  const packIds = packsOption(values, command);
  const parameters = paramsOption(values, packIds, command);
  const kind = kindOption(values, command);
  return {
    asOf,
    packIds,
    packs: packIds.flatMap((id) => (PACKS[id] ? [PACKS[id].pack] : [])),
    indicators: packIds.flatMap((id) => PACKS[id]?.indicators ?? []),
    parameters,
    year: yearOption(values, command, Number(asOf.slice(0, 4))) ?? Number(asOf.slice(0, 4)),
    ...(kind ? { kind } : {}),
    lenient: values.lenient === true,
  };
}
