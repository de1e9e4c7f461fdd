import { generateDataset } from '@rectify/samples';
import { validate } from '@rectify/schemas';
import { describe, expect, it } from 'vitest';
import { ServiceError } from '../service-error';
import { datasetWithin } from './dataset-within';
import { type DivisionScope, divisionScope } from './division-scope';
import { assessScope } from './territory';

function scopeOf(code: string): DivisionScope {
  const scope = divisionScope(code);
  if (!scope) throw new Error(`no scope for ${code}`);
  return scope;
}

const { dataset } = generateDataset({
  seed: 'within',
  communities: 40,
  projects: 6,
  workersPerProject: 4,
  plantRate: 0.2,
});

describe('datasetWithin', () => {
  it.each([['350500'], ['350503'], ['350582'], ['350503003'], ['350598']])(
    'keeps a valid dataset that the service accepts for %s',
    (code) => {
      const part = datasetWithin(dataset, code);
      expect(validate('dataset', part).valid).toBe(true);
      expect(assessScope(part.records, scopeOf(code)).refused).toBe(false);
    },
  );

  it('keeps all of a city dataset for the city', () => {
    expect(datasetWithin(dataset, '350500').records.community).toEqual(dataset.records.community);
  });

  it('throws ServiceError for a malformed code', () => {
    expect(() => datasetWithin(dataset, '35')).toThrow(ServiceError);
  });
});
