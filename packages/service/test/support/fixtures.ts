// Keys of every role and datasets of a city, a county and a street, shared by the integration suites.
import { generateDataset } from '@rectify/samples';
import type { Dataset } from '@rectify/schemas';
import { csvString, type SheetRow, type SheetSpec } from '@rectify/tables';
import type { ApiKey, ApiRole } from '../../src/security/api-key';
import { datasetWithin } from '../../src/security/dataset-within';

/** The county and street the scoped keys hold, and a neighbour of each. */
export const AREAS = {
  city: '350500',
  county: '350503',
  otherCounty: '350502',
  street: '350503003',
  otherStreet: '350503004',
} as const;

/** One key of each role; the vendor key is scoped to the county. */
export const KEYS: Record<ApiRole, ApiKey> = {
  city: { key: 'test-city-key-00000000000000001', role: 'city', divisionCode: AREAS.city },
  county: { key: 'test-county-key-000000000000001', role: 'county', divisionCode: AREAS.county },
  street: { key: 'test-street-key-000000000000001', role: 'street', divisionCode: AREAS.street },
  vendor: { key: 'test-vendor-key-000000000000001', role: 'vendor', divisionCode: AREAS.county },
};

/** Every key, as the service takes them. */
export const ALL_KEYS = Object.values(KEYS);

/** The as-of date of the generated data. */
export const AS_OF = '2023-11-30';

let cache: Record<string, Dataset> | undefined;

/** Generated data: the city, and the parts of it a county and a street key may send. */
export function datasets(): Record<'city' | 'county' | 'otherCounty' | 'street' | 'otherStreet', Dataset> {
  if (!cache) {
    const { dataset } = generateDataset({
      seed: 'service-tests',
      communities: 60,
      projects: 8,
      workersPerProject: 6,
      plantRate: 0.2,
    });
    cache = {
      city: dataset,
      county: datasetWithin(dataset, AREAS.county),
      otherCounty: datasetWithin(dataset, AREAS.otherCounty),
      street: datasetWithin(dataset, AREAS.street),
      otherStreet: datasetWithin(dataset, AREAS.otherStreet),
    };
  }
  return cache as ReturnType<typeof datasets>;
}

/** The dataset a key of a role may send. */
export function ownData(role: ApiRole): Dataset {
  const d = datasets();
  return role === 'city' ? d.city : role === 'street' ? d.street : d.county;
}

/** A dataset of a division the key may not see. */
export function foreignData(role: ApiRole): Dataset {
  const d = datasets();
  if (role === 'street') return d.otherStreet;
  if (role === 'city') return withForeignCity(d.county);
  return d.otherCounty;
}

/** A city's data with one community moved to Xiamen (350203): outside a Quanzhou city key. */
function withForeignCity(dataset: Dataset): Dataset {
  const [first, ...rest] = dataset.records.community ?? [];
  if (!first) throw new Error('no community to move');
  return {
    ...dataset,
    records: { ...dataset.records, community: [{ ...first, divisionCode: '350203001' }, ...rest] },
  };
}

/** The key's own data with one community of a neighbour slipped in (a mixed request). */
export function mixedData(role: ApiRole): Dataset {
  const own = ownData(role);
  const ownIds = new Set((own.records.community ?? []).map((c) => c.id));
  const intruder =
    role === 'city'
      ? {
          ...(own.records.community?.[0] as NonNullable<Dataset['records']['community']>[number]),
          id: 'XM-0001',
          divisionCode: '350203001',
        }
      : (foreignData(role).records.community ?? []).find((c) => !ownIds.has(c.id));
  if (!intruder) throw new Error('no intruder community');
  return {
    ...own,
    records: { ...own.records, community: [...(own.records.community ?? []), intruder] },
  };
}

/** `Authorization` header of a role's key. */
export function auth(role: ApiRole): Record<string, string> {
  return { authorization: `Bearer ${KEYS[role].key}` };
}

/** A community registry sheet (住宅小区基本信息表) with the Chinese headers of the kit's table mapping. */
export function communitySheet(communities: NonNullable<Dataset['records']['community']>): SheetSpec & {
  rows: SheetRow[];
} {
  return {
    name: '住宅小区基本信息表',
    columns: [
      { key: 'id', header: '小区编号', type: 'code' },
      { key: 'name', header: '小区名称', type: 'text' },
      { key: 'divisionCode', header: '所属街道代码', type: 'code' },
      { key: 'companyName', header: '物业服务企业', type: 'text' },
      { key: 'companyUscc', header: '统一社会信用代码', type: 'code' },
      { key: 'buildingArea', header: '建筑面积（㎡）', type: 'decimal' },
      { key: 'households', header: '户数', type: 'integer' },
      { key: 'committee', header: '是否成立业委会', type: 'boolean' },
      { key: 'board', header: '是否设置公示牌', type: 'boolean' },
    ],
    rows: communities.map((c) => ({
      id: c.id,
      name: c.name,
      divisionCode: c.divisionCode,
      companyName: c.companyName,
      companyUscc: c.companyUscc,
      buildingArea: c.buildingArea,
      households: c.households,
      committee: c.ownersCommittee.exists,
      board: c.board.exists,
    })),
  };
}

/** The community registry of a dataset as CSV text. */
export function communityCsv(dataset: Dataset): string {
  return csvString(communitySheet(dataset.records.community ?? []));
}
