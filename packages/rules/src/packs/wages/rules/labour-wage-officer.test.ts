import { readFileSync } from 'node:fs';
import type { Dataset } from '@rectify/schemas';
import { describe, expect, it } from 'vitest';
import { clone, outcomeOf, runRule } from '../../../testing/builders';
import { CLEAN_WAGES_AS_OF, cleanWages, projectIn } from '../../../testing/wages-builders';
import { labourWageOfficerRule } from './labour-wage-officer';

const seed = readFileSync(
  new URL('../../../tasks/__fixtures__/campaign-documents.txt', import.meta.url),
  'utf8',
);

// WG.M2 — 劳资专管员配备 (art. 28).
describe('WG-LABOUR-WAGE-OFFICER (WG.M2)', () => {
  type Case = [name: string, mutate: (d: Dataset) => void, expected: string];
  const cases: Case[] = [
    ['an officer with id and name passes', () => {}, 'pass'],
    [
      'an officer known by id only passes',
      (d) => {
        projectIn(d).labourWageOfficer = { id: 'LWO-9' };
      },
      'pass',
    ],
    [
      'an officer known by name only passes',
      (d) => {
        projectIn(d).labourWageOfficer = { name: '许丽华' };
      },
      'pass',
    ],
    [
      'an empty person reference is no officer: fail',
      (d) => {
        projectIn(d).labourWageOfficer = {};
      },
      'fail',
    ],
    [
      'no officer fails',
      (d) => {
        delete projectIn(d).labourWageOfficer;
      },
      'fail',
    ],
    [
      'a suspended project is not applicable',
      (d) => {
        projectIn(d).status = 'suspended';
        delete projectIn(d).labourWageOfficer;
      },
      'not_applicable',
    ],
  ];
  it.each(cases)('%s', (_name, mutate, expected) => {
    const d = clone(cleanWages());
    mutate(d);
    expect(outcomeOf(runRule(labourWageOfficerRule, d, CLEAN_WAGES_AS_OF), 'P1')).toBe(expected);
  });

  it('passes on both clean projects without revealing the officer’s name or phone', () => {
    const d = cleanWages();
    const findings = runRule(labourWageOfficerRule, d, CLEAN_WAGES_AS_OF);
    expect(findings.map((f) => f.outcome)).toEqual(['pass', 'pass']);
    const text = JSON.stringify(findings);
    expect(text).not.toContain('许丽华');
    expect(text).not.toContain('13905951234');
  });

  it('a failure cites WG.M2 and points at the project field', () => {
    const d = clone(cleanWages());
    delete projectIn(d, 'P2').labourWageOfficer;
    const f = runRule(labourWageOfficerRule, d, CLEAN_WAGES_AS_OF).find((x) => x.subject.id === 'P2');
    expect(f?.why[0]?.clauseId).toBe('WG.M2');
    expect(f?.evidence[0]?.pointer).toBe('/records/constructionProject/1/labourWageOfficer');
  });

  it('quotes the campaign document verbatim', () => {
    for (const q of labourWageOfficerRule.quote) expect(seed.includes(q), q).toBe(true);
  });
});
