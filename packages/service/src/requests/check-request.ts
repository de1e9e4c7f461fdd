import {
  type CheckOptions,
  type IndicatorDefinition,
  OUTCOMES,
  type Outcome,
  PUBLIC_INCOME_INDICATORS,
  publicIncomePack,
  type RulePack,
  WAGES_INDICATORS,
  wagesPack,
} from '@rectify/rules';
import { FIELD_PATTERNS, type FieldReader, pointerToken } from './fields';

/** A rule pack id of the contract. */
export type PackId = 'public-income' | 'wages';

/** The rule packs the service runs, by id. */
export const PACKS: Readonly<Record<PackId, { pack: RulePack; indicators: readonly IndicatorDefinition[] }>> =
  {
    'public-income': { pack: publicIncomePack, indicators: PUBLIC_INCOME_INDICATORS },
    wages: { pack: wagesPack, indicators: WAGES_INDICATORS },
  };

/** Pack ids, in the order they run. */
export const PACK_IDS: readonly PackId[] = ['public-income', 'wages'];

/** The fields of `CheckOptions` in the contract. */
export const CHECK_OPTION_FIELDS = [
  'asOf',
  'packs',
  'indicators',
  'parameters',
  'include',
  'quarters',
  'months',
];

/**
 * Reads the check options of a request (the JSON body, or the `options` of an NDJSON header line) into the
 * options of `@rectify/rules`' `check`. Every error is collected in `reader`; call `reader.done()` after.
 * `fallback` supplies `asOf` and `packs` given as query parameters.
 */
export function readCheckOptions(
  reader: FieldReader,
  fallback: { asOf?: string; packs?: string[] } = {},
): CheckOptions | undefined {
  const asOf = reader.date('asOf', fallback.asOf === undefined) ?? fallback.asOf;
  const packIds = reader.list('packs', PACK_IDS, { 'zh-CN': '规则包编号', en: 'pack ids' }, 1) ??
    fallback.packs ?? [...PACK_IDS];
  const withIndicators = reader.boolean('indicators') ?? true;
  const include = reader.list('include', OUTCOMES as readonly string[], { 'zh-CN': '结果', en: 'outcomes' });
  const quarters = reader.list('quarters', FIELD_PATTERNS.quarter, { 'zh-CN': '季度', en: 'quarters' });
  const months = reader.list('months', FIELD_PATTERNS.month, { 'zh-CN': '月份', en: 'months' });
  const parameters = reader.object('parameters');
  if (parameters)
    for (const [ruleId, values] of Object.entries(parameters)) {
      const ok =
        values !== null &&
        typeof values === 'object' &&
        !Array.isArray(values) &&
        Object.values(values).every((v) => ['string', 'number', 'boolean'].includes(typeof v));
      if (!ok)
        reader.fail(`/parameters/${pointerToken(ruleId)}`, {
          'zh-CN': '参数应为对象：参数名 → 字符串、数值或布尔值',
          en: 'Parameters must be an object of name → string, number or boolean',
        });
    }
  if (asOf === undefined || reader.errors.length > 0) return undefined;
  const chosen = PACK_IDS.filter((id) => packIds.includes(id)).map((id) => PACKS[id]);
  return {
    asOf,
    packs: chosen.map((c) => c.pack),
    indicators: withIndicators ? chosen.flatMap((c) => c.indicators) : [],
    ...(parameters ? { parameters: parameters as CheckOptions['parameters'] } : {}),
    ...(include ? { include: include as Outcome[] } : {}),
    ...(quarters ? { quarters } : {}),
    ...(months ? { months } : {}),
  };
}
