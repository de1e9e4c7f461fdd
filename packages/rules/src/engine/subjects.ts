import { countyCodeOf } from '@rectify/schemas';
import type { DatasetIndex } from './dataset-index';
import type { SubjectKind, SubjectRef } from './types';

/** The periods a check judges. */
export interface Periods {
  quarters: string[];
  months: string[];
}

const subject = (kind: SubjectKind, id: string, divisionCode: string, name?: string) => ({
  kind,
  id,
  divisionCode,
  countyCode: countyCodeOf(divisionCode),
  ...(name === undefined ? {} : { name }),
});

/** Enumerates the subjects of a kind in the dataset, in dataset order (findings are sorted afterwards). */
export function subjectsOf(
  kind: SubjectKind,
  index: DatasetIndex,
  periods: Periods,
  campaign: string,
): SubjectRef[] {
  const out: SubjectRef[] = [];
  const communityOf = (id: string | undefined) =>
    id === undefined ? undefined : index.byId('community').get(id)?.record;
  const projectOf = (id: string | undefined) =>
    id === undefined ? undefined : index.byId('constructionProject').get(id)?.record;
  switch (kind) {
    case 'community':
    case 'community-quarter':
      for (const { record: c, pointer } of index.all('community')) {
        const base = {
          subject: subject(kind, c.id, c.divisionCode, c.name),
          record: c,
          pointer,
          regulated: { unit: 'property-company', uscc: c.companyUscc, name: c.companyName },
        };
        if (kind === 'community') out.push(base);
        else for (const q of periods.quarters) out.push({ ...base, period: q });
      }
      break;
    case 'common-part-contract':
      for (const { record, pointer } of index.all('commonPartContract')) {
        const c = communityOf(record.communityId);
        out.push({
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
        out.push({ subject: subject(kind, record.id, record.divisionCode), record, pointer });
      break;
    case 'problem':
      for (const { record, pointer } of index.all('problem'))
        if (record.campaign === campaign)
          out.push({ subject: subject(kind, record.id, record.divisionCode), record, pointer });
      break;
    case 'audit':
      for (const { record, pointer } of index.all('audit')) {
        const c = communityOf(record.communityIds[0]);
        out.push({
          subject: subject(kind, record.id, c?.divisionCode ?? '000000', c?.name),
          record,
          pointer,
        });
      }
      break;
    case 'project':
    case 'project-month':
      for (const { record: p, pointer } of index.all('constructionProject')) {
        const base = {
          subject: subject(kind, p.id, p.divisionCode, p.name),
          record: p,
          pointer,
          regulated: {
            unit: 'general-contractor',
            uscc: p.generalContractor.uscc,
            name: p.generalContractor.name,
          },
        };
        if (kind === 'project') out.push(base);
        else for (const m of periods.months) out.push({ ...base, period: m });
      }
      break;
    case 'enterprise':
      for (const { record, pointer } of index.all('enterprise'))
        out.push({
          subject: subject(kind, record.uscc, record.divisionCode ?? '350500', record.name),
          record,
          pointer,
          regulated: { unit: 'general-contractor', uscc: record.uscc, name: record.name },
        });
      break;
    case 'wage-complaint':
      for (const { record, pointer } of index.all('wageComplaint')) {
        const p = projectOf(record.projectId);
        out.push({ subject: subject(kind, record.id, record.divisionCode, p?.name), record, pointer });
      }
      break;
  }
  return out;
}
