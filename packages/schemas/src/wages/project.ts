import { z } from 'zod';
import {
  Amount,
  CivilDate,
  DivisionCode,
  Extension,
  Id,
  PartyRef,
  PersonRef,
  Text,
} from '../shared/index-internal';

/** A housing or municipal construction project (WG.F0). */
export const ConstructionProject = z
  .strictObject({
    id: Id,
    name: Text(200),
    kind: z.enum(['housing', 'municipal']),
    funding: z.enum(['government', 'state-owned', 'private', 'mixed']).meta({
      description: 'Government- and SOE-invested projects are a focus (以政府和国企投资项目…为重点).',
    }),
    sizeClass: z.enum(['large', 'medium', 'small']),
    status: z.enum(['planned', 'under-construction', 'suspended', 'completed']),
    divisionCode: DivisionCode,
    builder: PartyRef.meta({ description: 'The builder (建设单位).' }),
    generalContractor: PartyRef.meta({ description: 'The general contractor (施工总承包单位).' }),
    supervisor: PartyRef.optional().meta({ description: 'The supervising firm (监理单位).' }),
    contractValue: Amount,
    permitOn: CivilDate.optional(),
    startedOn: CivilDate.optional(),
    plannedCompletionOn: CivilDate.optional(),
    completedOn: CivilDate.optional(),
    projectManager: PersonRef.optional(),
    chiefSupervisor: PersonRef.optional(),
    labourWageOfficer: PersonRef.optional().meta({
      description: '劳资专管员 (wage payment regulations art. 28).',
    }),
    onIntegratedPlatform: z.boolean().optional().meta({
      description:
        'Linked to the ministry–province–city integrated wage-monitoring platform (一体化平台), WG.S3.',
    }),
    processSettlement: z
      .boolean()
      .optional()
      .meta({ description: 'Adopts process settlement (过程结算), WG.M6.' }),
    ext: Extension.optional(),
  })
  .meta({ id: 'ConstructionProject', title: 'Construction project 在建工程项目' });
/** A construction project. */
export type ConstructionProject = z.infer<typeof ConstructionProject>;
