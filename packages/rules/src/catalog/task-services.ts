import { CAMPAIGN_TASKS } from '../tasks/campaign-tasks';

/** Something that serves clauses: an id and the clause IDs it cites. */
export interface ClauseServer {
  /** Its id (rule id, indicator id, planner id, task id, …). */
  readonly id: string;
  /** Clause IDs of the catalog it serves. */
  readonly clauseIds: readonly string[];
}

/**
 * Main-text clauses that a task-list row carries out, read from the row's 工作内容 (each link is the row doing
 * what the clause asks, in nearly the same words). A task row always serves its own ID as well.
 */
export const TASK_CLAUSE_LINKS: Readonly<Record<string, readonly string[]>> = {
  'PI.X2': ['PI.S1'],
  'PI.X3': ['PI.S1'],
  'PI.X4': ['PI.C5.c'],
  'PI.X5': ['PI.M4'],
  'PI.X6': ['PI.C5.d'],
  'PI.X8': ['PI.S2'],
  'PI.X9': ['PI.S2'],
  'PI.X10': ['PI.C1.a'],
  'PI.X11': ['PI.M2'],
  'PI.X12': ['PI.M2', 'PI.C1.c'],
  'PI.X13': ['PI.M2', 'PI.T2'],
  'PI.X15': ['PI.M2', 'PI.C5.e'],
  'PI.X17': ['PI.M3'],
  'PI.X18': ['PI.M3'],
  'PI.X19': ['PI.M2'],
  'PI.X21': ['PI.C5.c'],
  'PI.X22': ['PI.R1'],
  'PI.X23': ['PI.S3'],
  'PI.X24': ['PI.S3', 'PI.C5.b'],
  'PI.X25': ['PI.S3'],
  'PI.X26': ['PI.M7'],
  'PI.X27': ['PI.R2'],
  'PI.X28': ['PI.R3'],
  'PI.X29': ['PI.R5'],
  'PI.X30': ['PI.C5.d'],
  'PI.X31': ['PI.M1'],
  'PI.X32': ['PI.M1'],
  'PI.X33': ['PI.M1'],
  'PI.X34': ['PI.M1'],
  'PI.X36': ['PI.Q1'],
  'PI.X37': ['PI.S2'],
  'PI.X38': ['PI.M1'],
  'PI.X39': ['PI.M1'],
  'PI.X40': ['PI.M1'],
  'PI.X41': ['PI.M1'],
  'PI.X42': ['PI.M7', 'PI.R7'],
  'PI.X43': ['PI.M1'],
  'PI.X44': ['PI.R7'],
  'PI.X45': ['PI.R7'],
  'PI.X46': ['PI.M7', 'PI.R7'],
  'PI.X47': ['PI.R7'],
  'PI.X48': ['PI.Q1'],
  'WG.XC2': ['WG.S1'],
  'WG.XC3': ['WG.S1'],
  'WG.XC4': ['WG.S1'],
  'WG.XC8': ['WG.Q1'],
  'WG.XC9': ['WG.M6'],
  'WG.XC10': ['WG.M1', 'WG.S2'],
  'WG.XC11': ['WG.M2', 'WG.F1'],
  'WG.XC12': ['WG.M2'],
  'WG.XC13': ['WG.M6'],
  'WG.XC14': ['WG.S4'],
  'WG.XC15': ['WG.M2'],
  'WG.XC16': ['WG.S2'],
  'WG.XC17': ['WG.M4'],
  'WG.XC18': ['WG.M6'],
  'WG.XK2': ['WG.S1'],
  'WG.XK3': ['WG.S1'],
  'WG.XK4': ['WG.S1'],
  'WG.XK8': ['WG.Q1'],
  'WG.XK9': ['WG.M6'],
  'WG.XK10': ['WG.M1', 'WG.S2'],
  'WG.XK11': ['WG.M2', 'WG.F1'],
  'WG.XK12': ['WG.M2'],
  'WG.XK13': ['WG.M2'],
  'WG.XK14': ['WG.S2'],
  'WG.XK15': ['WG.M4'],
  'WG.XK16': ['WG.M6'],
};

/**
 * The task tracker as clause servers: every campaign task-list row (its own ID plus the main-text clauses it
 * carries out, {@link TASK_CLAUSE_LINKS}), and the reporting calendar (`reportingCalendar`), which resolves the
 * monthly and year-end reporting deadlines of PI.Q1 and WG.Q1.
 */
export const TASK_SERVICES: readonly ClauseServer[] = [
  ...CAMPAIGN_TASKS.map((task) => ({
    id: task.id,
    clauseIds: [task.id, ...(TASK_CLAUSE_LINKS[task.id] ?? [])],
  })),
  { id: 'reportingCalendar', clauseIds: ['PI.Q1', 'WG.Q1'] },
];
