import { type ParsedParticipants, parseParticipants, type TaskLevel, type TaskUnitCode } from './task-units';

/** The two campaigns: 物业公共收益 (public income, 附件1) and 拖欠工程款、农民工工资 (wages, 附件2). */
export type TaskCampaign = 'public-income' | 'wages';

/**
 * The three task lists: 附件1.1 市、县工作任务清单 (`PI-city-county`), 附件2.1 市级工作任务清单 (`WG-city`),
 * 附件2.2 县（市、区）工作任务清单 (`WG-county`).
 */
export type TaskListId = 'PI-city-county' | 'WG-city' | 'WG-county';

/** One row of a task list, as printed. */
export interface CampaignTaskRow {
  /** Clause-style id: `PI.X1`…`PI.X48`, `WG.XC1`…`WG.XC24`, `WG.XK1`…`WG.XK19`. */
  readonly id: string;
  /** The campaign the list belongs to. */
  readonly campaign: TaskCampaign;
  /** The list the row is in. */
  readonly list: TaskListId;
  /** 序号, the row number printed in the list. */
  readonly seq: number;
  /** 工作内容, verbatim. */
  readonly content: string;
  /** 参与单位 / 责任单位, verbatim (rows split over two table rows are joined). */
  readonly participants: string;
  /** 完成时间, verbatim (`7月底前`, `每月30日前`, `持续推进至12月底`, …); see `resolveDeadline`. */
  readonly deadlineText: string;
}

/** A task row with its participants read into unit codes. */
export interface CampaignTask extends CampaignTaskRow {
  /** Levels the row addresses, from the participants' prefix. */
  readonly levels: readonly TaskLevel[];
  /** Responsible units, in the order written. */
  readonly units: readonly TaskUnitCode[];
  /** The unit marked 牵头单位 (lead), if any. */
  readonly leadUnit?: TaskUnitCode;
}

/** @internal Reads the participants of every row of a list. */
export function defineTaskList(rows: readonly CampaignTaskRow[]): readonly CampaignTask[] {
  return rows.map((row) => {
    const { levels, units, leadUnit }: ParsedParticipants = parseParticipants(row.participants);
    return leadUnit === undefined ? { ...row, levels, units } : { ...row, levels, units, leadUnit };
  });
}
