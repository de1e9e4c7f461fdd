import type { MoneyUnit } from '../cells/money';
import { normaliseForMatch } from '../cells/text';

/** A header text reduced for matching. */
export interface HeaderKey {
  /** `normaliseForMatch` of the text, without required-field markers (`*`, `（必填）`). */
  key: string;
  /** `key` without a trailing bracketed part (`金额(万元)` → `金额`); equal to `key` when there is none. */
  base: string;
  /** The money unit the trailing bracket names, if any (`（万元）` → `'wan'`). */
  unit?: MoneyUnit;
}

const MARKER = /^\*+|\*+$|[([](必填|必填项|选填|可选|非必填)[)\]]/g;
const TRAILING_BRACKET = /[([]([^()[\]]*)[)\]]$/;
const SLASH_UNIT = /[/_]((?:人民币)?(?:万元|元|分))$/;
const UNIT_WORD = /^(?:单位[:：]?)?(?:人民币)?(万元|万|元|分)(?:人民币)?$/;
const UNIT_OF: Record<string, MoneyUnit> = { 万元: 'wan', 万: 'wan', 元: 'yuan', 分: 'fen' };

/**
 * Reduces a header cell to the keys it is matched by: `金额 （万元）` → key `金额(万元)`, base `金额`,
 * unit `'wan'`; `*小区名称` → `小区名称`; `金额/元` → base `金额`, unit `'yuan'`.
 */
export function headerKey(text: string): HeaderKey {
  const key = normaliseForMatch(text).replace(MARKER, '');
  const bracket = TRAILING_BRACKET.exec(key);
  if (bracket) {
    const word = UNIT_WORD.exec(bracket[1] ?? '');
    const base = key.slice(0, bracket.index);
    const unit = word ? UNIT_OF[word[1] ?? ''] : undefined;
    return unit ? { key, base: base || key, unit } : { key, base: base || key };
  }
  const slash = SLASH_UNIT.exec(key);
  if (slash) {
    const unit = UNIT_OF[(slash[1] ?? '').replace('人民币', '')];
    const base = key.slice(0, slash.index);
    return unit && base ? { key, base, unit } : { key, base: key };
  }
  return { key, base: key };
}

const TITLE_UNIT = /单位[:：]?(?:人民币)?(万元|元)(?![a-z一-龥])/;

/**
 * The money unit a title-block line declares for the whole table (`单位：万元`, `（金额单位：元）`), if the
 * text holds one.
 */
export function titleUnit(text: string): MoneyUnit | undefined {
  const m = TITLE_UNIT.exec(normaliseForMatch(text));
  return m ? UNIT_OF[m[1] ?? ''] : undefined;
}
