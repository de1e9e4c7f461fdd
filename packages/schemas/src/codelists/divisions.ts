import { defineCodelist } from './codelist';

/**
 * Quanzhou's county-level divisions (GB/T 2260) and its two functional zones. The zones have no GB/T 2260
 * code; the kit uses the local extension codes 350598 and 350599 (unused by GB/T 2260 under 3505), marked
 * `localExtension` in division records. Hosts with other local codes map them on import.
 */
export const QUANZHOU_DIVISIONS = defineCodelist(
  'divisions',
  { 'zh-CN': '泉州市行政区划', en: 'Quanzhou divisions' },
  [
    { code: '350500', zh: '泉州市', en: 'Quanzhou City', description: 'Prefecture-level city (GB/T 2260).' },
    { code: '350502', zh: '鲤城区', en: 'Licheng District', description: 'District (GB/T 2260).' },
    { code: '350503', zh: '丰泽区', en: 'Fengze District', description: 'District (GB/T 2260).' },
    { code: '350504', zh: '洛江区', en: 'Luojiang District', description: 'District (GB/T 2260).' },
    { code: '350505', zh: '泉港区', en: 'Quangang District', description: 'District (GB/T 2260).' },
    { code: '350521', zh: '惠安县', en: "Hui'an County", description: 'County (GB/T 2260).' },
    { code: '350524', zh: '安溪县', en: 'Anxi County', description: 'County (GB/T 2260).' },
    { code: '350525', zh: '永春县', en: 'Yongchun County', description: 'County (GB/T 2260).' },
    { code: '350526', zh: '德化县', en: 'Dehua County', description: 'County (GB/T 2260).' },
    {
      code: '350527',
      zh: '金门县',
      en: 'Jinmen County',
      description: 'County (GB/T 2260); nominal, no data expected.',
    },
    { code: '350581', zh: '石狮市', en: 'Shishi City', description: 'County-level city (GB/T 2260).' },
    { code: '350582', zh: '晋江市', en: 'Jinjiang City', description: 'County-level city (GB/T 2260).' },
    { code: '350583', zh: '南安市', en: "Nan'an City", description: 'County-level city (GB/T 2260).' },
    {
      code: '350598',
      zh: '泉州台商投资区',
      en: 'Quanzhou Taiwanese Investment Zone',
      description: 'Functional zone; local extension code (no GB/T 2260 code).',
    },
    {
      code: '350599',
      zh: '泉州经济技术开发区',
      en: 'Quanzhou Economic and Technological Development Zone',
      description: 'Functional zone; local extension code (no GB/T 2260 code).',
    },
  ],
);

/** The county-level division codes of Quanzhou, including the functional zones. */
export const QUANZHOU_COUNTY_CODES = QUANZHOU_DIVISIONS.codes.filter((c) => c !== '350500');

/** Codes of the functional zones (local extension). */
export const FUNCTIONAL_ZONE_CODES: readonly string[] = ['350598', '350599'];

/** The county-level code (6 digits) a division code belongs to. */
export function countyCodeOf(divisionCode: string): string {
  return divisionCode.slice(0, 6);
}
