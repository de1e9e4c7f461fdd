import type { Community } from '@rectify/schemas';
import { quarterEnd, quarterStart } from '../../../calendar/index';
import { defineRule, fail, notApplicable, pass, t } from '../../../engine/rule';
import type { Condition, Evidence } from '../../../engine/types';

/**
 * PI.C1.e: every income source the community's registry knows of, active in the quarter, appears in the
 * disclosure as an income line citing it (`sourceId`) — not left out (故意不公示、漏项) — and under its own
 * category — not labelled as something else (张冠李戴、错项).
 */
export const itemsCompleteRule = defineRule({
  id: 'PI-ITEMS-COMPLETE',
  version: '1.0.0',
  campaign: 'public-income',
  title: t('公示项目完整、类别正确', 'Every income source disclosed under its category'),
  message: t(
    '{subject} {period} 公示内容漏项或张冠李戴：{sources}',
    '{subject}: {period} disclosure omits or mislabels income sources: {sourcesEn}',
  ),
  remediation: t(
    '督促物业服务企业按收益来源逐项如实公示，并更正公示类别',
    'Have the company disclose every income source as its own item under its true category',
  ),
  clauseIds: ['PI.C1.e'],
  quote: ['对部分公共收益项目故意不公示、公示的项目张冠李戴，公示内容漏项错项'],
  severity: 'major',
  subjectKind: 'community-quarter',
  inForce: { from: '2023-07-01' },
  parameters: {},
  supervisingUnit: 'housing-authority',
  evaluate(ref, { index }) {
    const community = ref.record as Community;
    const quarter = ref.period as string;
    const found = index.disclosure(community.id, quarter);
    if (!found) return notApplicable();
    const start = quarterStart(quarter);
    const end = quarterEnd(quarter);
    const lines = found.record.incomeLines;

    const why: Condition[] = [];
    const evidence: Evidence[] = [];
    community.knownIncomeSources.forEach((source, s) => {
      const active =
        (source.activeFrom === undefined || source.activeFrom <= end) &&
        (source.activeUntil === undefined || source.activeUntil >= start);
      if (!active) return;
      // Ids and categories only: a free-text description may name a lessee.
      const label = `${source.id}（${source.category}）`;
      const labelEn = `${source.id} (${source.category})`;
      const matching = lines.flatMap((line, i) => (line.sourceId === source.id ? [{ line, i }] : []));
      if (matching.length === 0) {
        why.push({
          clauseId: 'PI.C1.e',
          text: t(`漏项：收益来源 ${label} 未公示`, `omitted: income source ${labelEn} not disclosed`),
          observed: null,
          expected: { sourceId: source.id, category: source.category },
        });
        evidence.push({
          pointer: `${found.pointer}/incomeLines`,
          observed: null,
          expected: { sourceId: source.id, category: source.category },
          note: t(
            `登记的收益来源：${ref.pointer}/knownIncomeSources/${s}`,
            `registered source: ${ref.pointer}/knownIncomeSources/${s}`,
          ),
        });
        return;
      }
      for (const { line, i } of matching) {
        if (line.category === source.category) continue;
        why.push({
          clauseId: 'PI.C1.e',
          text: t(
            `张冠李戴：收益来源 ${label} 以 ${line.category} 类别公示`,
            `mislabelled: income source ${labelEn} disclosed as ${line.category}`,
          ),
          observed: line.category,
          expected: source.category,
        });
        evidence.push({
          pointer: `${found.pointer}/incomeLines/${i}/category`,
          observed: line.category,
          expected: source.category,
        });
      }
    });
    if (why.length === 0) return pass();
    return fail(why, evidence, {
      params: {
        sources: why.map((w) => w.text['zh-CN']).join('；'),
        sourcesEn: why.map((w) => w.text.en).join('; '),
      },
    });
  },
});
