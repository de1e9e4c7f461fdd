import { isCivilDate, parseShanghaiDate, periodEnd } from '@rectify/rules';
import type { QuarterlyDisclosure } from '@rectify/schemas';
import { asArray } from '../shared/data-guards';

/** The days a quarterly disclosure stays on display (PI.C1.d: 公示时间少于30日 is a violation). */
export const DISPLAY_DAYS = 30;

/** When and where a disclosure was posted, as owners read it on the notice. */
export interface DisclosurePosting {
  /** The Asia/Shanghai day it went up on the notice board (else on the first channel); absent when not posted. */
  postedOn?: string;
  /** The last day of the display period: postedOn + days (Civil Code art. 201: the posting day is not counted). */
  endsOn?: string;
  /** Where the board notice hangs. */
  location?: string;
  /** Each channel with its posting day, in the order given. */
  channels: { channel: string; postedOn?: string }[];
}

function dayOf(value: unknown): string | undefined {
  const parsed = parseShanghaiDate(value);
  return parsed.ok ? parsed.value : undefined;
}

/**
 * The posting and end dates of a disclosure. The notice-board posting is the one owners see; without it the
 * earliest posting on any channel counts. `postedOn` overrides the data (a notice printed before it is posted).
 */
export function disclosurePosting(
  disclosure: QuarterlyDisclosure,
  options: { displayDays?: number; postedOn?: string } = {},
): DisclosurePosting {
  const postings = asArray(disclosure.postings);
  const channels = postings.map((p) => {
    const day = dayOf(p.postedAt);
    return day === undefined ? { channel: String(p.channel) } : { channel: String(p.channel), postedOn: day };
  });
  const board = postings.find((p) => p.channel === 'notice-board');
  let postedOn = isCivilDate(options.postedOn) ? options.postedOn : board ? dayOf(board.postedAt) : undefined;
  if (postedOn === undefined && !isCivilDate(options.postedOn)) {
    const days = channels.map((c) => c.postedOn).filter((d): d is string => d !== undefined);
    postedOn = days.sort()[0];
  }
  const days = options.displayDays ?? DISPLAY_DAYS;
  const result: DisclosurePosting = { channels };
  if (postedOn !== undefined) {
    result.postedOn = postedOn;
    if (Number.isSafeInteger(days) && days >= 0) result.endsOn = periodEnd(postedOn, days);
  }
  if (board?.location) result.location = board.location;
  return result;
}
