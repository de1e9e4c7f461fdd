import { countyCodeOf } from '@rectify/schemas';
import type { DatasetIndex } from './dataset-index';
import type { ResponsibleUnit, Subject, SubjectKind, SubjectRef } from './types';

/** The periods a check judges. */
export interface Periods {
  quarters: string[];
  months: string[];
}

function subject(kind: SubjectKind, id: string, divisionCode: string, name?: string): Subject {
  // Built field by field rather than with a spread: a dataset has tens of thousands of subjects, and a spread
  // object costs several times the memory.
  const s: Subject = { kind, id, divisionCode, countyCode: countyCodeOf(divisionCode) };
  if (name !== undefined) s.name = name;
  return s;
}

/** Enumerates the subjects of a kind in the dataset, in dataset order (findings are sorted afterwards). */
export function subjectsOf(
  kind: SubjectKind,
  index: DatasetIndex,
  periods: Periods,
  campaign: string,
): SubjectRef[] {
  const out: SubjectRef[] = [];
  forEachSubject(kind, index, periods, campaign, (ref) => out.push(ref));
  return out;
}

/**
 * @internal Hands the subjects of a kind to `visit` one by one, in dataset order, without keeping them: a check
 * judges each subject by every rule of its kind and lets it go, so tens of thousands of subjects never live at
 * once (only those a finding names).
 */
export function forEachSubject(
  kind: SubjectKind,
  index: DatasetIndex,
  periods: Periods,
  campaign: string,
  visit: (ref: SubjectRef) => void,
): void {
  const communityOf = (id: string | undefined) =>
    id === undefined ? undefined : index.byId('community').get(id)?.record;
  const projectOf = (id: string | undefined) =>
    id === undefined ? undefined : index.byId('constructionProject').get(id)?.record;
  switch (kind) {
    case 'community':
    case 'community-quarter':
      for (const { record: c, pointer } of index.all('community')) {
        const s = subject(kind, c.id, c.divisionCode, c.name);
        const regulated: ResponsibleUnit = {
          unit: 'property-company',
          uscc: c.companyUscc,
          name: c.companyName,
        };
        if (kind === 'community') visit({ subject: s, record: c, pointer, regulated });
        else
          for (const period of periods.quarters) visit({ subject: s, record: c, pointer, regulated, period });
      }
      break;
    case 'common-part-contract':
      for (const { record, pointer } of index.all('commonPartContract')) {
        const c = communityOf(record.communityId);
        visit({
          subject: subject(
            kind,
            record.id,
            c?.divisionCode ?? '000000',
            c ? `${c.name} · ${record.commonPart}` : record.commonPart,
          ),
          record,
          pointer,
          regulated: c
            ? { unit: 'property-company', uscc: c.companyUscc, name: c.companyName }
            : { unit: 'property-company' },
        });
      }
      break;
    case 'complaint':
      for (const { record, pointer } of index.all('complaint'))
        visit({ subject: subject(kind, record.id, record.divisionCode), record, pointer });
      break;
    case 'problem':
      for (const { record, pointer } of index.all('problem'))
        if (record.campaign === campaign)
          visit({ subject: subject(kind, record.id, record.divisionCode), record, pointer });
      break;
    case 'audit':
      for (const { record, pointer } of index.all('audit')) {
        const c = communityOf(record.communityIds[0]);
        visit({
          subject: subject(kind, record.id, c?.divisionCode ?? '000000', c?.name),
          record,
          pointer,
        });
      }
      break;
    case 'project':
    case 'project-month':
      for (const { record: p, pointer } of index.all('constructionProject')) {
        const s = subject(kind, p.id, p.divisionCode, p.name);
        const regulated: ResponsibleUnit = {
          unit: 'general-contractor',
          uscc: p.generalContractor.uscc,
          name: p.generalContractor.name,
        };
        if (kind === 'project') visit({ subject: s, record: p, pointer, regulated });
        else
          for (const period of periods.months) visit({ subject: s, record: p, pointer, regulated, period });
      }
      break;
    case 'enterprise':
      for (const { record, pointer } of index.all('enterprise'))
        visit({
          subject: subject(kind, record.uscc, record.divisionCode ?? '350500', record.name),
          record,
          pointer,
          regulated: { unit: 'general-contractor', uscc: record.uscc, name: record.name },
        });
      break;
    case 'wage-complaint':
      for (const { record, pointer } of index.all('wageComplaint')) {
        const p = projectOf(record.projectId);
        visit({ subject: subject(kind, record.id, record.divisionCode, p?.name), record, pointer });
      }
      break;
  }
}
