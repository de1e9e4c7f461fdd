import { z } from 'zod';
import { CivilDate, Extension, Id, Month, PersonRef, Text, Uscc } from '../shared/index-internal';

/** A worker on a project's real-name roster (实名制). */
export const Worker = z
  .strictObject({
    id: Id,
    projectId: Id,
    person: PersonRef,
    employerUscc: Uscc,
    team: Text(100).optional(),
    trade: Text(50).optional(),
    joinedOn: CivilDate,
    leftOn: CivilDate.optional(),
    contractSigned: z.boolean().optional(),
    ext: Extension.optional(),
  })
  .meta({ id: 'Worker', title: 'Worker 实名制人员' });
/** A rostered worker. */
export type Worker = z.infer<typeof Worker>;

/** An update of a project's real-name roster (WG.T2: the roster must be kept current). */
export const RosterUpdate = z
  .strictObject({
    id: Id,
    projectId: Id,
    updatedOn: CivilDate,
    workersOnRoster: z.int().min(0),
    added: z.int().min(0).default(0),
    removed: z.int().min(0).default(0),
  })
  .meta({ id: 'RosterUpdate', title: 'Roster update 实名制更新' });
/** A roster update. */
export type RosterUpdate = z.infer<typeof RosterUpdate>;

/** A project's attendance on one day: the headcount summary of the real-name platform (WG.T3). */
export const DailyAttendance = z
  .strictObject({
    projectId: Id,
    date: CivilDate,
    headcount: z.int().min(0),
  })
  .meta({ id: 'DailyAttendance', title: 'Daily attendance 每日考勤' });
/** A daily attendance summary. */
export type DailyAttendance = z.infer<typeof DailyAttendance>;

/** A worker's days of attendance in a month (WG.F3: paid but never worked, worked but not paid). */
export const WorkerAttendance = z
  .strictObject({
    projectId: Id,
    workerId: Id,
    month: Month,
    daysWorked: z.int().min(0).max(31),
  })
  .meta({ id: 'WorkerAttendance', title: 'Worker attendance 个人月度考勤' });
/** A worker-month of attendance. */
export type WorkerAttendance = z.infer<typeof WorkerAttendance>;

/** Presence of a key person on site in a month: project manager or chief supervising engineer (WG.T4, WG.M3). */
export const KeyPersonnelPresence = z
  .strictObject({
    id: Id,
    projectId: Id,
    role: z.enum(['project-manager', 'chief-supervisor']),
    person: PersonRef,
    month: Month,
    daysRequired: z.int().min(0).max(31),
    daysPresent: z.int().min(0).max(31),
    socialInsuranceEmployerUscc: Uscc.optional().meta({
      description:
        'Who pays their social insurance; another employer than the appointing firm is an affiliation clue (WG.M3).',
    }),
    appointingEmployerUscc: Uscc.optional(),
  })
  .meta({ id: 'KeyPersonnelPresence', title: 'Key personnel presence 关键岗位到岗' });
/** A key-personnel presence record. */
export type KeyPersonnelPresence = z.infer<typeof KeyPersonnelPresence>;
