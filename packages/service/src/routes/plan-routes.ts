import { planAudits, planCrossInspection, planSampling } from '@rectify/rules';
import type { Dataset } from '@rectify/schemas';
import type { Hono } from 'hono';
import { HttpProblem } from '../http/problem';
import { jsonResponse } from '../http/respond';
import { FIELD_PATTERNS, FieldReader } from '../requests/fields';
import { inScope } from '../security/division-scope';
import type { ServiceContext, ServiceEnv, ServiceLimits } from '../service/context';
import { enforceScope, readJson, recordsOf, requireRole, requireValidDataset } from '../service/guards';
import { asOptionProblem } from './check-routes';

/** Reads the body, checks the role, the fields, the scope and the dataset, in that order. */
async function planRequest(
  c: ServiceContext,
  limits: ServiceLimits,
  roles: Parameters<typeof requireRole>[1],
  fields: readonly string[],
  readFields: (reader: FieldReader) => void,
): Promise<{ reader: FieldReader; dataset: Dataset }> {
  requireRole(c, roles);
  const reader = new FieldReader(await readJson(c, limits), ['dataset', ...fields]);
  const dataset = reader.object('dataset') ?? reader.required('dataset');
  readFields(reader);
  reader.done();
  enforceScope(c, recordsOf(dataset));
  requireValidDataset(dataset);
  return { reader, dataset: dataset as Dataset };
}

function run<T>(plan: () => T): Response {
  try {
    return jsonResponse(plan());
  } catch (error) {
    asOptionProblem(error);
  }
}

/**
 * `POST /v1/plans/sampling`, `/cross-inspection`, `/audits`. Plans are regulators' work: sampling and audits are
 * organised by the city and the counties (PI.M2, PI.M5), cross-inspection also by streets (PI.M3); vendor keys
 * may not draw them (a 双随机 draw is the regulator's own).
 */
export function registerPlanRoutes(app: Hono<ServiceEnv>, limits: ServiceLimits): void {
  app.post('/v1/plans/sampling', async (c) => {
    let year = 0;
    let seed: number | string = '';
    let countyCode: string | undefined;
    let share: { numerator: number; denominator: number } | undefined;
    let inspectorsPerPick: number | undefined;
    const { dataset } = await planRequest(
      c,
      limits,
      ['city', 'county'],
      ['year', 'seed', 'countyCode', 'share', 'inspectorsPerPick'],
      (r) => {
        year = r.integer('year', 1, 9999, true) ?? 0;
        seed = r.seed('seed') ?? '';
        countyCode = r.text('countyCode', /^[0-9]{6}$/, {
          'zh-CN': '6位县级代码',
          en: 'a 6-digit county code',
        });
        const s = r.object('share');
        if (s) {
          const n = s.numerator;
          const d = s.denominator;
          if (!Number.isInteger(n) || !Number.isInteger(d) || (d as number) < 1 || (n as number) < 0)
            r.fail('/share', {
              'zh-CN': 'share 应为 {numerator, denominator} 整数分数',
              en: 'share must be an integer fraction {numerator, denominator}',
            });
          else share = { numerator: n as number, denominator: d as number };
        }
        inspectorsPerPick = r.integer('inspectorsPerPick', 1, 10);
      },
    );
    const key = c.get('key');
    if (countyCode !== undefined && key && !inScope(key.scope, countyCode))
      throw new HttpProblem('OUT_OF_SCOPE', {
        detail: 'countyCode lies outside the key division.',
        outOfScope: { scope: key.scope.code, records: 0, unattributed: 0, byKind: {} },
      });
    return run(() =>
      planSampling(dataset, {
        year,
        seed,
        ...(countyCode === undefined ? {} : { countyCode }),
        ...(share === undefined ? {} : { share }),
        ...(inspectorsPerPick === undefined ? {} : { inspectorsPerPick }),
      }),
    );
  });

  app.post('/v1/plans/cross-inspection', async (c) => {
    let quarter = '';
    let seed: number | string = '';
    let level: 'county' | 'street' | 'committee' = 'county';
    let within: 'parent' | 'city' | 'county' | 'street' | undefined;
    const { dataset } = await planRequest(
      c,
      limits,
      ['city', 'county', 'street'],
      ['quarter', 'seed', 'level', 'within'],
      (r) => {
        quarter =
          r.text(
            'quarter',
            FIELD_PATTERNS.quarter,
            { 'zh-CN': '季度（如 2023Q3）', en: 'a quarter like 2023Q3' },
            true,
          ) ?? '';
        seed = r.seed('seed') ?? '';
        level = (r.text(
          'level',
          ['county', 'street', 'committee'],
          { 'zh-CN': 'county、street 或 committee', en: 'county, street or committee' },
          true,
        ) ?? 'county') as typeof level;
        within = r.text('within', ['parent', 'city', 'county', 'street'], {
          'zh-CN': 'parent、city、county 或 street',
          en: 'parent, city, county or street',
        }) as typeof within;
      },
    );
    return run(() => planCrossInspection(dataset, { quarter, seed, level, ...(within ? { within } : {}) }));
  });

  app.post('/v1/plans/audits', async (c) => {
    const options: Record<string, number> = {};
    const { dataset } = await planRequest(
      c,
      limits,
      ['city', 'county'],
      ['year', 'smallIncomeFen', 'smallAreaM2', 'bundleMaxCommunities', 'objectionShareBp'],
      (r) => {
        options.year = r.integer('year', 1, 9999, true) ?? 0;
        const income = r.integer('smallIncomeFen', 0, Number.MAX_SAFE_INTEGER);
        const area = r.number('smallAreaM2', 0, 1e9);
        const bundle = r.integer('bundleMaxCommunities', 1, 10_000);
        const objection = r.integer('objectionShareBp', 0, 10_000);
        if (income !== undefined) options.smallIncomeFen = income;
        if (area !== undefined) options.smallAreaM2 = area;
        if (bundle !== undefined) options.bundleMaxCommunities = bundle;
        if (objection !== undefined) options.objectionShareBp = objection;
      },
    );
    return run(() => planAudits(dataset, options as unknown as Parameters<typeof planAudits>[1]));
  });
}
