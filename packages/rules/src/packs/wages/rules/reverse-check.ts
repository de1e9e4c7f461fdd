import type { Enterprise } from '@rectify/schemas';
import { addDays } from '../../../calendar/index';
import { defineRule, fail, notApplicable, pass, pending, t, unknown } from '../../../engine/rule';
import type { Evidence } from '../../../engine/types';
import { arrearsSignals } from '../arrears-signals';
import { WAGE_REGULATIONS } from '../shared';

/** The problem kinds a 双倒查 examination is about: 转包、违法分包、挂靠. */
const REVERSE_CHECK_KINDS: ReadonlySet<string> = new Set([
  'illegal-subcontracting',
  'subcontract-transfer',
  'affiliation',
]);

/** Evidence shown for at most this many arrears signals: the first ones explain the deadline. */
const SHOWN_SIGNALS = 5;

/**
 * WG.M3 双倒查: an enterprise that owed wages in the campaign year — as general contractor or subcontractor — is
 * examined for transfer of the contract, illegal subcontracting and affiliation within `reverseCheckDays` of
 * the first arrears being established. The examination is on record as a wages problem of one of those kinds
 * against the enterprise found in the campaign year, or as a screening of a project the arrears arose on made
 * after the arrears came to light (the screening list covers the WG.F4 violations; a screening that found
 * nothing is a clean examination).
 */
export const reverseCheckRule = defineRule({
  id: 'WG-REVERSE-CHECK',
  version: '1.0.0',
  campaign: 'wages',
  title: t('欠薪企业“双倒查”', 'Double reverse check of enterprises with wage arrears (双倒查)'),
  message: t(
    '{subject} 发生欠薪后 {reverseCheckDays} 日内未倒查其是否存在转包、违法分包、挂靠等违法行为',
    '{subject}: not examined for contract transfer, illegal subcontracting or affiliation within {reverseCheckDays} days of its wage arrears',
  ),
  remediation: t(
    '对发生欠款欠薪行为的企业立即开展倒查，核查其承建项目是否存在转包、违法分包、挂靠等违法行为，并建立问题清单',
    'Open the reverse check now: examine its projects for contract transfer, illegal subcontracting and affiliation, and enter what is found in the problem list',
  ),
  clauseIds: ['WG.M3'],
  quote: ['坚持“双倒查”制度，对于发生欠款欠薪行为的企业，进一步核查其是否存在转包、违法分包、挂靠等违法行为'],
  severity: 'major',
  subjectKind: 'enterprise',
  inForce: { from: '2023-07-01' },
  parameters: {
    reverseCheckDays: {
      default: 30,
      unit: 'days',
      description: t(
        '自欠薪确认之日起开展倒查（立项核查）的期限（日）。整治方案未规定天数。',
        'Days from the arrears being established within which the reverse check must be opened. The campaign text sets no number.',
      ),
      source: {
        kind: 'interpretation',
        reason:
          'The text asks for a standing double reverse check (坚持“双倒查”制度) without a time limit; 30 days is one monthly reporting cycle (WG.Q1: 每月23日报送), so every arrears case reaches the next report with its check opened.',
      },
    },
    payDay: {
      default: 15,
      unit: 'day-of-month',
      description: t(
        '工资支付日：工作月份次月的该日前未足额支付即视为欠薪。实际约定支付日不在数据中。',
        'Pay day: wages of a month not paid in full by this day of the following month count as arrears. The agreed pay day is not in the data.',
      ),
      source: {
        kind: 'law',
        citation: `${WAGE_REGULATIONS}第十二条、第十四条（按约定支付日足额支付，支付日可在当期或者次期）`,
      },
    },
  },
  supervisingUnit: 'housing-construction-bureau',
  evaluate(ref, { asOf, campaignYear, params, index }) {
    const enterprise = ref.record as Enterprise;
    const { reverseCheckDays, payDay } = params;
    const templateParams = { reverseCheckDays };
    if (
      !Number.isSafeInteger(reverseCheckDays) ||
      reverseCheckDays < 0 ||
      !Number.isInteger(payDay) ||
      payDay < 1 ||
      payDay > 31
    )
      return unknown([
        {
          pointer: ref.pointer,
          note: t(
            '参数无效：期限须为非负整数天数，支付日须为1–31',
            'invalid parameters: a whole number of days ≥ 0 and a pay day 1–31',
          ),
        },
      ]);

    const signals = arrearsSignals(index, enterprise.uscc, { asOf, campaignYear, payDay });
    const first = signals[0];
    if (!first) return notApplicable({ params: templateParams });
    const deadline = addDays(first.on, reverseCheckDays);

    // The check records known on asOf: problems of the 双倒查 kinds against the enterprise found this campaign
    // year, and screenings of an arrears project made after its arrears came to light.
    const yearStart = `${campaignYear}-01-01`;
    const checks: { date: string; pointer: string }[] = [];
    for (const p of index.of('problem', 'enterpriseUscc', enterprise.uscc)) {
      const r = p.record;
      if (
        r.campaign === 'wages' &&
        REVERSE_CHECK_KINDS.has(r.kind) &&
        r.foundOn >= yearStart &&
        r.foundOn <= asOf
      )
        checks.push({ date: r.foundOn, pointer: `${p.pointer}/foundOn` });
    }
    const since = new Map<string, string>();
    for (const s of signals) {
      if (s.projectId === undefined) continue;
      const earliest = since.get(s.projectId);
      if (earliest === undefined || s.since < earliest) since.set(s.projectId, s.since);
    }
    for (const [projectId, from] of since)
      for (const item of index.of('screeningItem', 'projectId', projectId))
        if (item.record.screenedOn >= from && item.record.screenedOn <= asOf)
          checks.push({ date: item.record.screenedOn, pointer: `${item.pointer}/screenedOn` });
    checks.sort((a, b) =>
      a.date < b.date ? -1 : a.date > b.date ? 1 : a.pointer < b.pointer ? -1 : a.pointer > b.pointer ? 1 : 0,
    );
    const opened = checks[0];

    const shown: Evidence[] = signals.slice(0, SHOWN_SIGNALS).map((s) => ({
      pointer: s.pointer,
      observed: s.observed,
      note:
        s.kind === 'payroll'
          ? t(`${s.on} 起欠薪`, `wages in arrears from ${s.on}`)
          : t(`欠薪投诉经查属实（${s.on}）`, `wage complaint upheld (${s.on})`),
    }));
    if (opened !== undefined && opened.date <= deadline)
      return pass([{ pointer: opened.pointer, observed: opened.date, expected: `≤ ${deadline}` }], {
        deadline,
        params: templateParams,
      });
    if (opened !== undefined)
      return fail(
        [
          {
            clauseId: 'WG.M3',
            text: t(
              `倒查晚于欠薪确认后 ${reverseCheckDays} 日`,
              `reverse check opened later than ${reverseCheckDays} days after the arrears`,
            ),
            observed: opened.date,
            expected: `≤ ${deadline}`,
          },
        ],
        [{ pointer: opened.pointer, observed: opened.date, expected: `≤ ${deadline}` }, ...shown],
        { deadline, params: templateParams },
      );
    if (asOf <= deadline) return pending(deadline, shown, { params: templateParams });
    return fail(
      [
        {
          clauseId: 'WG.M3',
          text: t(
            `欠薪确认后 ${reverseCheckDays} 日内未倒查`,
            `no reverse check within ${reverseCheckDays} days of the arrears`,
          ),
          observed: null,
          expected: `≤ ${deadline}`,
        },
      ],
      [
        {
          pointer: ref.pointer,
          observed: null,
          expected: `problem of kind illegal-subcontracting / subcontract-transfer / affiliation, or a screening, by ${deadline}`,
        },
        ...shown,
      ],
      { deadline, params: templateParams },
    );
  },
});
