// Streets and townships (街道、镇、乡) of Quanzhou's county-level divisions, by their real names. The 9-digit
// codes follow the GB/T 10114 layout (county code + 001-099 streets, 100-199 towns, 200-299 townships) and are
// plausible, not authoritative; the functional zones use the kit's local extension county codes.

/** A street office or township government under a Quanzhou county-level division. */
export interface StreetEntry {
  /** 9-digit division code: county code + 3 digits. */
  readonly code: string;
  /** Chinese name, e.g. 东湖街道. */
  readonly name: string;
  /** The 6-digit county-level code it belongs to. */
  readonly countyCode: string;
  /** Relative weight of residential communities within the county (urban streets and county seats weigh more). */
  readonly weight: number;
}

type Row = readonly [countyCode: string, streets: string, towns: string, townships: string, seats: string];

// Names without the 街道/镇/乡 suffix, space-separated; `seats` are county-seat towns that weigh like streets.
const ROWS: readonly Row[] = [
  ['350502', '海滨 临江 鲤中 开元 浮桥 江南 金龙 常泰', '', '', ''],
  ['350503', '东湖 丰泽 泉秀 清源 华大 城东 东海 北峰', '', '', ''],
  ['350504', '万安 双阳', '河市 马甲 罗溪', '虹山', ''],
  ['350505', '山腰', '南埔 界山 后龙 峰尾 前黄 涂岭', '', ''],
  ['350521', '', '螺城 螺阳 黄塘 紫山 涂寨 东岭 东桥 净峰 小岞 山霞 辋川', '', '螺城 螺阳'],
  [
    '350524',
    '',
    '凤城 城厢 参内 魁斗 蓬莱 湖头 官桥 剑斗 金谷 龙门 虎邱 西坪 感德',
    '湖上 尚卿',
    '凤城 城厢',
  ],
  ['350525', '', '桃城 五里街 蓬壶 达埔 石鼓 岵山 东平 湖洋 一都 下洋', '外山 介福', '桃城 五里街'],
  ['350526', '', '浔中 龙浔 三班 盖德 雷峰 水口 赤水 上涌 南埕 葛坑', '杨梅 汤头', '浔中 龙浔'],
  ['350581', '湖滨 凤里', '灵秀 宝盖 蚶江 祥芝 鸿山 锦尚 永宁', '', '灵秀'],
  [
    '350582',
    '青阳 梅岭 西园 罗山 灵源 新塘',
    '安海 磁灶 陈埭 池店 内坑 紫帽 东石 永和 英林 金井 龙湖 深沪 西滨',
    '',
    '安海 池店 陈埭',
  ],
  [
    '350583',
    '溪美 柳城 美林',
    '省新 仑苍 东田 英都 翔云 金淘 诗山 蓬华 码头 九都 乐峰 罗东 梅山 洪濑 洪梅 康美 丰州 霞美 官桥 水头 石井',
    '眉山 向阳',
    '水头 官桥 霞美',
  ],
  ['350598', '', '洛阳 东园 张坂', '百崎回族', ''],
  ['350599', '清濛 临港', '', '', ''],
];

function build(): StreetEntry[] {
  const out: StreetEntry[] = [];
  const pad3 = (n: number) => String(n).padStart(3, '0');
  for (const [county, streets, towns, townships, seats] of ROWS) {
    const seatSet = new Set(seats.split(' ').filter(Boolean));
    const zone = county === '350599';
    streets
      .split(' ')
      .filter(Boolean)
      .forEach((n, i) => {
        out.push({
          code: county + pad3(i + 1),
          name: n + (zone ? '片区' : '街道'),
          countyCode: county,
          weight: 4,
        });
      });
    towns
      .split(' ')
      .filter(Boolean)
      .forEach((n, i) => {
        out.push({
          code: county + pad3(100 + i + 1),
          name: `${n}镇`,
          countyCode: county,
          weight: seatSet.has(n) ? 4 : 1.5,
        });
      });
    townships
      .split(' ')
      .filter(Boolean)
      .forEach((n, i) => {
        out.push({ code: county + pad3(200 + i + 1), name: `${n}乡`, countyCode: county, weight: 0.5 });
      });
  }
  return out;
}

/** Every street and township the generator places communities and projects in, ordered by code. */
export const QUANZHOU_STREETS: readonly StreetEntry[] = build();

/**
 * Relative number of residential communities (物业小区) per county-level division: urban districts and the
 * big county-level cities weigh most; Jinmen (金门县) is nominal and gets none.
 */
export const COUNTY_COMMUNITY_WEIGHTS: Readonly<Record<string, number>> = {
  '350502': 9,
  '350503': 14,
  '350504': 4,
  '350505': 3.5,
  '350521': 6,
  '350524': 6,
  '350525': 3.5,
  '350526': 3,
  '350527': 0,
  '350581': 8,
  '350582': 20,
  '350583': 12,
  '350598': 5,
  '350599': 3,
};

/** Relative number of housing and municipal construction projects per county-level division. */
export const COUNTY_PROJECT_WEIGHTS: Readonly<Record<string, number>> = {
  '350502': 6,
  '350503': 12,
  '350504': 5,
  '350505': 4,
  '350521': 6,
  '350524': 6,
  '350525': 3,
  '350526': 3,
  '350527': 0,
  '350581': 7,
  '350582': 18,
  '350583': 12,
  '350598': 8,
  '350599': 4,
};

/** County-level divisions whose local minimum wage is Fujian's first tier (2,030 元/month since 2022). */
export const FIRST_TIER_WAGE_COUNTIES: ReadonlySet<string> = new Set([
  '350502',
  '350503',
  '350504',
  '350505',
  '350581',
  '350582',
  '350583',
  '350598',
  '350599',
]);
