import type { WageComplaint } from '@rectify/schemas';
import { addDays, daysBetween, isCivilDate } from '../../../calendar/index';
import { RulesError } from '../../../engine/check';
import type { DatasetIndex } from '../../../engine/dataset-index';
import type { IndicatorContext, IndicatorDefinition, IndicatorItem } from '../../../engine/indicator';
import { t } from '../../../engine/rule';

/** A wage complaint accepted and still open on asOf, with its age. */
export interface OpenWageComplaint {
  /** The complaint's id. */
  id: string;
  /** Division the complaint was lodged in. */
  divisionCode: string;
  /** The project complained about, when known. */
  projectId?: string;
  /** JSON Pointer of the complaint. */
  pointer: string;
  /** Day of receipt. */
  receivedOn: string;
  /** Day of acceptance (the closing day when no acceptance day was kept). */
  acceptedOn: string;
  /** Days from receipt to asOf. */
  ageDays: number;
  /** True when open past `closeDays` after acceptance. */
  overdue: boolean;
}

// Indicators run outside the rules' safety net: a host date that matches the pattern but does not exist
// (2023-02-30) must not stop the check, so date arithmetic on record dates is guarded.
const ageDays = (from: string, asOf: string) => (isCivilDate(from) ? daysBetween(from, asOf) : 0);
const overdueOn = (accepted: string, closeDays: number, asOf: string) =>
  isCivilDate(accepted) && asOf > addDays(accepted, closeDays);

/** The acceptance date known on asOf: `acceptedOn`, else `closedOn` (a closed case was accepted by then). */
function acceptedOn(c: WageComplaint, asOf: string): string | undefined {
  if (c.acceptedOn !== undefined && c.acceptedOn <= asOf) return c.acceptedOn;
  if (c.closedOn !== undefined && c.closedOn <= asOf) return c.closedOn;
  return undefined;
}

function complaintsAccepted(index: DatasetIndex, asOf: string, campaignYear: number) {
  const year = String(campaignYear);
  const out: { complaint: WageComplaint; pointer: string; accepted: string; closed: boolean }[] = [];
  for (const { record: c, pointer } of index.all('wageComplaint')) {
    const accepted = acceptedOn(c, asOf);
    if (accepted === undefined || accepted.slice(0, 4) !== year) continue;
    out.push({ complaint: c, pointer, accepted, closed: c.closedOn !== undefined && c.closedOn <= asOf });
  }
  return out;
}

/**
 * The wage complaints accepted in the campaign year and open on asOf, oldest first (WG.T5: "list of open cases
 * with age"); the first one is the oldest open case.
 *
 * @param closeDays - Days after acceptance past which an open case is overdue. Defaults to 84 (60 working days).
 */
export function openWageComplaints(
  index: DatasetIndex,
  asOf: string,
  campaignYear: number,
  closeDays = 84,
): OpenWageComplaint[] {
  return complaintsAccepted(index, asOf, campaignYear)
    .filter((x) => !x.closed)
    .map(({ complaint: c, pointer, accepted }) => ({
      id: c.id,
      divisionCode: c.divisionCode,
      ...(c.projectId === undefined ? {} : { projectId: c.projectId }),
      pointer,
      receivedOn: c.receivedOn,
      acceptedOn: accepted,
      ageDays: ageDays(c.receivedOn, asOf),
      overdue: overdueOn(accepted, closeDays, asOf),
    }))
    .sort((a, b) => b.ageDays - a.ageDays || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * WG.T5: one item per wage complaint accepted in the campaign year up to asOf, counting 1 in the numerator
 * when closed by asOf. Parts: `open` (still open), `openAgeDays` (Σ days since receipt of the open ones, so
 * `openAgeDays ÷ open` is their mean age) and `openOverdue` (open past `closeDays` after acceptance). Parts are
 * summed up the division tree, so the oldest open case — a maximum — comes from {@link openWageComplaints}.
 *
 * @throws RulesError `INVALID_OPTION` when `closeDays` is not a whole number ≥ 0 (misuse of the API)
 */
export function computeComplaintClosure({
  asOf,
  campaignYear,
  index,
  params,
}: IndicatorContext): IndicatorItem[] {
  const closeDays = params.closeDays ?? 84;
  if (typeof closeDays !== 'number' || !Number.isSafeInteger(closeDays) || closeDays < 0)
    throw new RulesError(
      'INVALID_OPTION',
      `Indicator parameter closeDays must be a whole number ≥ 0, got ${String(closeDays)}`,
    );
  return complaintsAccepted(index, asOf, campaignYear).map(({ complaint: c, accepted, closed }) => ({
    divisionCode: c.divisionCode,
    numerator: closed ? 1 : 0,
    denominator: 1,
    parts: {
      open: closed ? 0 : 1,
      openAgeDays: closed ? 0 : ageDays(c.receivedOn, asOf),
      openOverdue: !closed && overdueOn(accepted, closeDays, asOf) ? 1 : 0,
    },
  }));
}

/** WG.T5 拖欠农民工工资举报投诉案件实现动态清零，结案率达98%以上: closed ÷ accepted wage complaints, target ≥ 98%. */
export const complaintClosureIndicator: IndicatorDefinition = {
  id: 'WG-COMPLAINT-CLOSURE',
  campaign: 'wages',
  clauseIds: ['WG.T5'],
  quote: ['拖欠农民工工资举报投诉案件实现动态清零，结案率达98%以上'],
  title: t('欠薪投诉案件结案率', 'Wage complaint closure rate'),
  definition: t(
    '整治年度内已受理的欠薪投诉中截至 asOf 已结案的件数 ÷ 已受理件数；另计未结案件数、未结案件累计天数和超期未结件数',
    'Wage complaints accepted in the campaign year and closed by asOf ÷ those accepted; with the open cases, their total age in days and those open past the time limit',
  ),
  unit: 'ratio',
  target: { op: '>=', numerator: 98, denominator: 100, scope: 'city' },
  parameters: {
    closeDays: {
      default: 84,
      description: t(
        '受理后办结期限（日历日），超过即计为超期未结；60个工作日按84个日历日计',
        'Calendar days after acceptance past which an open case is overdue; 60 working days counted as 84 calendar days',
      ),
      source: 'law: 《劳动保障监察条例》（国务院令第423号）第十七条（自立案之日起60个工作日内完成）',
    },
  },
  compute: computeComplaintClosure,
};
