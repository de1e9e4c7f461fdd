import type { OwnersDecision } from '@rectify/schemas';
import { toShanghaiDate } from '../../calendar/index';
import { shanghaiEpochDay } from '../../calendar/shanghai-date';

/** The Shanghai civil date of a posting time (an instant with offset, or already a civil date). */
export function postingDay(value: string): string {
  return value.length === 10 ? value : toShanghaiDate(value);
}

/**
 * The Shanghai day of a posting time as days since 1970-01-01, for comparing without writing dates out.
 *
 * @throws CalendarError when the value is neither an instant with offset nor a real civil date (the engine
 * reports the subject as unknown, naming the value)
 */
export function postingEpochDay(value: string): number {
  const day = shanghaiEpochDay(value);
  if (Number.isNaN(day)) toShanghaiDate(value); // throws the CalendarError that names the value
  return day;
}

/** Bit `i` for the channel `CHANNELS[i]`, 0 for any other value: a set of channels as a number. */
export function channelBit(channel: string): number {
  return channel === 'notice-board'
    ? 1
    : channel === 'provincial-system'
      ? 2
      : channel === 'quanzhou-system'
        ? 4
        : 0;
}

/**
 * `floor(a × b / c)` for non-negative integers, exact beyond 2^53: money times days (a contract's income for the
 * days it ran) or times basis points (a cap on the quarter's income) can pass it.
 */
export function mulDivFloor(a: number, b: number, c: number): number {
  return Number((BigInt(a) * BigInt(b)) / BigInt(c));
}

/** The three channels of PI.C1.c, in the order the clause names them. */
export const CHANNELS = ['notice-board', 'provincial-system', 'quanzhou-system'] as const;

/** Areas are m² with up to two decimals; compare them as integer hundredths so thresholds are exact. */
const hundredths = (area: number) => Math.round(area * 100);

/** Result of applying Civil Code art. 278 thresholds to a decision. */
export interface ThresholdCheck {
  met: boolean;
  failed: { zh: string; en: string; observed: string; expected: string }[];
}

/**
 * Civil Code art. 278: a decision needs participation of owners holding ≥ 2/3 of the exclusive area AND ≥ 2/3
 * of the owners; ordinary matters then need approval by > 1/2 of the participating area and owners, and
 * major matters (changing the use of common parts or using them for business, art. 278 (7)–(8)) ≥ 3/4.
 */
export function art278(decision: OwnersDecision, kind: 'ordinary' | 'major'): ThresholdCheck {
  const failed: ThresholdCheck['failed'] = [];
  const ta = hundredths(decision.totalArea);
  const pa = hundredths(decision.participatingArea);
  const aa = hundredths(decision.approvingArea);
  if (3 * pa < 2 * ta)
    failed.push({
      zh: '参与表决专有部分面积不足三分之二',
      en: 'participating area below 2/3',
      observed: `${decision.participatingArea}/${decision.totalArea}`,
      expected: '≥ 2/3',
    });
  if (3 * decision.participatingOwners < 2 * decision.totalOwners)
    failed.push({
      zh: '参与表决人数不足三分之二',
      en: 'participating owners below 2/3',
      observed: `${decision.participatingOwners}/${decision.totalOwners}`,
      expected: '≥ 2/3',
    });
  if (kind === 'major') {
    if (4 * aa < 3 * pa)
      failed.push({
        zh: '同意面积不足参与表决面积的四分之三',
        en: 'approving area below 3/4 of participating',
        observed: `${decision.approvingArea}/${decision.participatingArea}`,
        expected: '≥ 3/4',
      });
    if (4 * decision.approvingOwners < 3 * decision.participatingOwners)
      failed.push({
        zh: '同意人数不足参与表决人数的四分之三',
        en: 'approving owners below 3/4 of participating',
        observed: `${decision.approvingOwners}/${decision.participatingOwners}`,
        expected: '≥ 3/4',
      });
  } else {
    if (2 * aa <= pa)
      failed.push({
        zh: '同意面积未过参与表决面积的半数',
        en: 'approving area not above 1/2 of participating',
        observed: `${decision.approvingArea}/${decision.participatingArea}`,
        expected: '> 1/2',
      });
    if (2 * decision.approvingOwners <= decision.participatingOwners)
      failed.push({
        zh: '同意人数未过参与表决人数的半数',
        en: 'approving owners not above 1/2 of participating',
        observed: `${decision.approvingOwners}/${decision.participatingOwners}`,
        expected: '> 1/2',
      });
  }
  return { met: failed.length === 0, failed };
}
