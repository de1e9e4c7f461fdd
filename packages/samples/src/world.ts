import type { GenContext } from './context';
import { createContext } from './context';
import { buildGeography } from './geography';
import { type GenerateOptions, type ResolvedOptions, resolveOptions } from './options';
import { type PlantManifest, plantViolations } from './planting/plant';
import type { PlantWorld } from './planting/planter';
import { PLANTABLE_RULE_IDS, PLANTERS } from './planting/registry';
import { createRng } from './prng';
import { buildCommunityModels } from './public-income/communities';
import type { CommunityModel } from './public-income/model';
import {
  buildPublicIncomeOversight,
  forgetNoticeObservations,
  type PublicIncomeOversight,
} from './public-income/oversight';
import { buildCampaignRecords, type CampaignRecords } from './shared/campaign-records';
import { buildProjects, type WagesOversight } from './wages/projects';

/** Everything generated before records are emitted: small records in full, large ones as recipes. */
export interface World extends PlantWorld {
  readonly ctx: GenContext;
  readonly options: ResolvedOptions;
  readonly communities: CommunityModel[];
  readonly publicIncome: PublicIncomeOversight;
  readonly wages: WagesOversight;
  readonly campaign: CampaignRecords;
  readonly manifest: PlantManifest;
}

/** Builds the world for the options: generates clean data, then plants the requested violations. */
export function buildWorld(options: GenerateOptions): World {
  const resolved = resolveOptions(options, new Set(PLANTABLE_RULE_IDS));
  const root = createRng(resolved.seed);
  const geography = buildGeography(root.fork('geography'), resolved.communities, resolved.projects);
  const ctx = createContext(resolved, geography);
  const communities = buildCommunityModels(ctx);
  const publicIncome = buildPublicIncomeOversight(ctx, communities);
  const wages = buildProjects(ctx);
  const piCounties = [...new Set(communities.map((m) => m.slot.countyCode))];
  const wgCounties = [...new Set(wages.projects.map((p) => p.countyCode))];
  const campaign = buildCampaignRecords(ctx, piCounties.sort(), wgCounties.sort());
  const base = { ctx, communities, publicIncome, wages };
  const manifest = plantViolations(base, PLANTERS, resolved.plant, resolved.plantRate, root.fork('planting'));
  for (const m of communities) {
    if (m.planted) forgetNoticeObservations(publicIncome.inspectionsByCommunity.get(m.record.id));
  }
  return { ...base, options: resolved, campaign, manifest };
}
