import { z } from 'zod';

/**
 * Regular expressions of the domain. They use `[0-9]`, never `\d`: Python's `re` (and so many JSON Schema
 * validators) lets `\d` match full-width digits, which would let `２０２３` through.
 */
export const PATTERNS = {
  civilDate: '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$',
  instant:
    '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]{1,9})?)?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$',
  quarter: '^[0-9]{4}Q[1-4]$',
  month: '^[0-9]{4}-(0[1-9]|1[0-2])$',
  year: '^[0-9]{4}$',
  uscc: '^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$',
  divisionCode: '^[0-9]{6}([0-9]{3}([0-9]{3})?)?$',
  residentId: '^[0-9]{17}[0-9X]$',
  id: '^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$',
} as const;

const re = (p: string) => new RegExp(p);

/** Civil date `YYYY-MM-DD` (Asia/Shanghai calendar day). Validity of the day is checked by `format: date`. */
export const CivilDate = z
  .string()
  .regex(re(PATTERNS.civilDate))
  .meta({ format: 'date', description: 'Civil date YYYY-MM-DD, a calendar day in Asia/Shanghai.' });
/** A civil date `YYYY-MM-DD`. */
export type CivilDate = z.infer<typeof CivilDate>;

/** An instant with an explicit UTC offset, e.g. `2023-07-31T09:00:00+08:00`. */
export const Instant = z.string().regex(re(PATTERNS.instant)).meta({
  format: 'date-time',
  description: 'Instant with an explicit offset (RFC 3339), e.g. 2023-07-31T09:00:00+08:00.',
});
/** An RFC 3339 instant with offset. */
export type Instant = z.infer<typeof Instant>;

/** Quarter `2023Q2`. */
export const Quarter = z.string().regex(re(PATTERNS.quarter)).meta({ description: 'Quarter, e.g. 2023Q2.' });
/** A quarter such as `2023Q2`. */
export type Quarter = z.infer<typeof Quarter>;

/** Month `2023-07`. */
export const Month = z.string().regex(re(PATTERNS.month)).meta({ description: 'Month, e.g. 2023-07.' });
/** A month such as `2023-07`. */
export type Month = z.infer<typeof Month>;

/** Campaign or calendar year, e.g. 2023. */
export const Year = z.int().min(2000).max(2100).meta({ description: 'Calendar year, e.g. 2023.' });

/** Money in integer fen (分). Never a float; display converts to 元 or 万元. */
export const Money = z.int().meta({ description: 'Money in integer fen (分), may be negative (balances).' });
/** Money in integer fen that cannot be negative. */
export const Amount = z.int().min(0).meta({ description: 'Non-negative money in integer fen (分).' });
/** Integer fen. */
export type Money = number;

/** A ratio in basis points: 7000 = 70.00 %. Integer, so ratios compare exactly. */
export const BasisPoints = z
  .int()
  .min(0)
  .max(10000)
  .meta({ description: 'Ratio in basis points (1/10000): 7000 = 70.00%.' });

/** A host's identifier for a record (community id, project id, …). */
export const Id = z
  .string()
  .regex(re(PATTERNS.id))
  .meta({ description: "The host platform's identifier: letters, digits, '.', '_', ':', '-'; up to 64." });

/** Unified Social Credit Code (GB 32100-2015). The check character is verified by `validate()`. */
export const Uscc = z.string().regex(re(PATTERNS.uscc)).meta({
  description:
    'Unified Social Credit Code (统一社会信用代码, GB 32100-2015). Check character and embedded organisation code are verified by validate(), not by this schema.',
});

/** GB/T 2260 administrative division code: 6 digits (county and above), 9 (street/township) or 12 (committee). */
export const DivisionCode = z.string().regex(re(PATTERNS.divisionCode)).meta({
  description:
    'GB/T 2260 division code: 6 digits (province/city/county), 9 (street or township, GB/T 10114), 12 (residents’ or villagers’ committee). Functional zones use the documented local extension codes.',
});

/** Host-specific extension data, passed through untouched and never interpreted. */
export const Extension = z
  .record(z.string(), z.unknown())
  .meta({ description: 'Host-specific extension fields; carried through, never interpreted by the kit.' });

/** Non-empty trimmed text of bounded length. */
export const Text = (max = 500) => z.string().min(1).max(max);
