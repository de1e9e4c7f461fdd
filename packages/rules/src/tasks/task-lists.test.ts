import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CampaignTask } from './campaign-task';
import {
  CAMPAIGN_TASKS,
  findCampaignTask,
  PI_CITY_COUNTY_TASKS,
  WG_CITY_TASKS,
  WG_COUNTY_TASKS,
} from './campaign-tasks';
import { parseParticipants } from './task-units';

// The fixture is the campaign documents byte for byte (seed/000_656dc3558b806424.txt); the hash proves it.
const SEED_SHA256 = '4813fbc6f3e7a900c9b817b5c3971abacb94aec4dede62b32ffad15f838355dc';
const seedBytes = readFileSync(new URL('./__fixtures__/campaign-documents.txt', import.meta.url));
const seed = seedBytes.toString('utf8');

const LISTS = [
  ['附件1.1', PI_CITY_COUNTY_TASKS, 48, 'PI.X', 'public-income', 'PI-city-county'],
  ['附件2.1', WG_CITY_TASKS, 24, 'WG.XC', 'wages', 'WG-city'],
  ['附件2.2', WG_COUNTY_TASKS, 19, 'WG.XK', 'wages', 'WG-county'],
] as const;

/** The table cells of a row as the document prints them: one cell a line, each after a tab. */
function printedRow(task: CampaignTask): string {
  // PI.X27 and PI.X28: the participant continues in a row of its own (`市、县` … `发改部门`).
  const split = /^(市、县)(发改部门|公安部门)$/.exec(task.participants);
  if (task.list === 'PI-city-county' && split) {
    return `\t${task.seq}\n\t${task.content}\n\t${split[1]}\n\t${task.deadlineText}\n\n\t\n\t\n\t${split[2]}\n\t\n`;
  }
  return `\t${task.seq}\n\t${task.content}\n\t${task.participants}\n\t${task.deadlineText}\n`;
}

describe('the campaign task lists, transcribed from the seed', () => {
  it('reads the unmodified campaign documents', () => {
    expect(createHash('sha256').update(seedBytes).digest('hex')).toBe(SEED_SHA256);
  });

  it('has 48 / 24 / 19 rows, 91 in all', () => {
    expect(PI_CITY_COUNTY_TASKS).toHaveLength(48);
    expect(WG_CITY_TASKS).toHaveLength(24);
    expect(WG_COUNTY_TASKS).toHaveLength(19);
    expect(CAMPAIGN_TASKS).toHaveLength(91);
  });

  it.each(LISTS)(
    '%s: ids, sequence, campaign and list follow the table',
    (_name, tasks, count, prefix, campaign, list) => {
      expect(tasks.map((t) => t.id)).toEqual(Array.from({ length: count }, (_, i) => `${prefix}${i + 1}`));
      expect(tasks.map((t) => t.seq)).toEqual(Array.from({ length: count }, (_, i) => i + 1));
      for (const t of tasks)
        expect({ id: t.id, campaign: t.campaign, list: t.list }).toEqual({ id: t.id, campaign, list });
    },
  );

  it.each(LISTS)(
    '%s: every content and deadline text is a verbatim substring of the seed',
    (_name, tasks) => {
      for (const t of tasks) {
        expect(seed.includes(t.content), t.id).toBe(true);
        expect(seed.includes(t.deadlineText), t.id).toBe(true);
      }
    },
  );

  it.each(LISTS)(
    '%s: every row appears in the seed exactly as printed, cell by cell, in its own table',
    (name, tasks) => {
      const tableStart = seed.indexOf(
        '\t序号',
        seed.indexOf(name === '附件1.1' ? '附件： 1.1' : `${name}\n`),
      );
      const nextTable = seed.indexOf('\t序号', tableStart + 1);
      const table = seed.slice(tableStart, nextTable === -1 ? undefined : nextTable);
      let cursor = 0;
      for (const t of tasks) {
        const at = table.indexOf(printedRow(t), cursor);
        expect(at, t.id).toBeGreaterThanOrEqual(cursor);
        cursor = at + 1;
      }
    },
  );

  it('stores the split participants of PI.X27 and PI.X28 joined', () => {
    expect(findCampaignTask('PI.X27')?.participants).toBe('市、县发改部门');
    expect(findCampaignTask('PI.X28')?.participants).toBe('市、县公安部门');
  });

  it('reads every participants cell into known units, with none left over', () => {
    for (const t of CAMPAIGN_TASKS) {
      expect(parseParticipants(t.participants).unrecognized, t.id).toEqual([]);
      expect(t.units.length, t.id).toBeGreaterThan(0);
    }
  });

  it.each([
    ['PI.X1', ['city', 'county'], ['housing-authority'], undefined],
    [
      'PI.X3',
      ['city', 'county'],
      ['housing-authority', 'development-reform', 'public-security', 'civil-affairs', 'market-regulation'],
      'housing-authority',
    ],
    [
      'PI.X24',
      ['city', 'county'],
      ['housing-authority', 'development-reform', 'public-security', 'civil-affairs', 'market-regulation'],
      undefined,
    ],
    ['PI.X27', ['city', 'county'], ['development-reform'], undefined],
    ['PI.X28', ['city', 'county'], ['public-security'], undefined],
    ['PI.X29', ['city', 'county'], ['market-regulation'], undefined],
    ['WG.XC1', ['city'], ['housing-construction-bureau', 'hrss-bureau'], undefined],
    ['WG.XC9', ['city'], ['hrss-bureau'], undefined],
    ['WG.XC12', ['city'], ['housing-construction-bureau'], undefined],
    ['WG.XK1', ['county'], ['housing-construction-bureau', 'hrss-bureau'], undefined],
    ['WG.XK9', ['county'], ['hrss-bureau'], undefined],
    ['WG.XK14', ['county'], ['housing-construction-bureau'], undefined],
  ] as const)('%s → levels %j, units %j, lead %s', (id, levels, units, lead) => {
    const task = findCampaignTask(id);
    expect(task?.levels).toEqual(levels);
    expect(task?.units).toEqual(units);
    expect(task?.leadUnit).toBe(lead);
  });

  it('finds tasks by id and nothing else', () => {
    expect(findCampaignTask('WG.XK19')?.deadlineText).toBe('持续推进至12月底');
    expect(findCampaignTask('PI.X49')).toBeUndefined();
  });
});
