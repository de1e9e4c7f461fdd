// Writes a generated dataset and a set of broken variants for validate.py (the Python consumer).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateDataset } from '@rectify/samples';

const out = join(import.meta.dirname, 'out');
mkdirSync(out, { recursive: true });
const { dataset } = generateDataset({ seed: 'python-consumer', communities: 12, projects: 3 });
writeFileSync(join(out, 'good.json'), JSON.stringify(dataset));

const broken = (name, expectPointer, mutate) => {
  const copy = structuredClone(dataset);
  mutate(copy);
  return { name, expectPointer, dataset: copy };
};
const cases = [
  broken('money as a float', '/records/quarterlyDisclosure/0/incomeTotal', (d) => {
    d.records.quarterlyDisclosure[0].incomeTotal = 1234.5;
  }),
  broken('full-width digits in a quarter', '/records/quarterlyDisclosure/0/quarter', (d) => {
    d.records.quarterlyDisclosure[0].quarter = '２０２３Q2';
  }),
  broken('a date that does not exist (format checking)', '/records/community/0/servedSince', (d) => {
    d.records.community[0].servedSince = '2023-02-30';
  }),
  broken('a required field missing', '/records/community/1', (d) => {
    delete d.records.community[1].name;
  }),
  broken('a value outside the codelist', '/records/quarterlyDisclosure/0/incomeLines/0/category', (d) => {
    d.records.quarterlyDisclosure[0].incomeLines[0].category = 'lottery';
  }),
];
writeFileSync(join(out, 'broken-cases.json'), JSON.stringify(cases));
process.stdout.write(`wrote ${join(out, 'good.json')} and ${cases.length} broken cases\n`);
