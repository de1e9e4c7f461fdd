// Syllables and words the name generators combine. People and companies are fictional combinations; the
// developer brands are the real ones whose projects make up Quanzhou's community names (中骏·天峰, 世茂云图…).

const split = (s: string): readonly string[] => s.split(' ').filter(Boolean);

/** Surnames common in southern Fujian (闽南). */
export const LOCAL_SURNAMES = split(
  '陈 林 黄 王 李 张 吴 蔡 许 郑 洪 庄 苏 施 杨 刘 周 曾 谢 柯 肖 叶 傅 卢 丁 蒋 潘 颜 尤 郭 方 余 汪 彭 何 高 徐 朱 胡 罗 赵 龚 骆 戴 留',
);

/** Surnames common among construction workers from other provinces. */
export const MIGRANT_SURNAMES = split(
  '王 李 张 刘 陈 杨 赵 黄 周 吴 徐 孙 胡 朱 高 林 何 郭 马 罗 梁 宋 郑 谢 韩 唐 冯 于 董 程 曹 袁 邓 许 傅 沈 曾 彭 吕 苏 卢 蒋 蔡 贾 丁 魏 薛 叶 阎 余 潘 杜 戴 夏 钟 汪 田 任 姜 范 方 石 姚 谭 廖 邹 熊 金 陆 郝 孔 白 崔 康 毛 邱 秦 江 史 顾 侯 邵 孟 龙 万 段 雷 钱 汤 尹 黎 易 常 武 乔 贺 赖 龚 文',
);

/** Characters of given names. */
export const GIVEN_NAME_CHARS = split(
  '伟 芳 娜 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 霞 平 刚 桂 建 国 志 文 华 福 荣 春 海 宏 鑫 斌 辉 晓 婷 雪 玉 金 清 龙 泉 永 德 家 俊 锦 毅 雅 琳 振 鹏 嘉 彬 雄 燕 萍 红 梅 兰 成 林 伦 辰 宇 浩 凯 翔 婉 倩 颖 聪 达 良 坤 祥 福 瑞',
);

/** First syllables of fictional company words (鑫泉, 嘉润…). */
export const COMPANY_FIRST = split(
  '鑫 嘉 恒 宏 瑞 佳 安 盛 万 和 锦 永 金 海 建 华 德 中 东 天 融 新 顺 博 聚 远 昌 荣 信 泰 裕 兴 源 闽 力 同 广 汇 弘 晟',
);
/** Second syllables of fictional company words. */
export const COMPANY_SECOND = split(
  '泉 润 信 源 丰 和 居 世 家 顺 华 泰 诚 联 隆 达 宇 邦 阳 辉 晟 恒 豪 鼎 祥 茂 城 通 业 安 创 策 越 洲 益 福',
);

/** Developer brands active in Quanzhou, used for community and housing-project names. */
export const DEVELOPER_BRANDS = split(
  '中骏 万科 世茂 融信 阳光城 泰禾 碧桂园 宝龙 建发 联发 金茂 正荣 禹洲 保利 华润 旭辉 中海 国贸 三盛 大名城 永隆 恒祥 南益 鸿达',
);

/** Two-character "poetic" project words (天峰, 云图, 御府…). */
export const POETIC_WORDS = split(
  '天峰 云图 天悦 御府 华府 公馆 滨江 悦府 星城 首府 君澜 玖珑 海月 翠园 书香 学府 名门 东方 香榭 雅苑 天誉 铂悦 璟园 观澜 江南 春晓 锦园 云锦 天著 御园 檀府 壹号 印象 时代 未来 海岸 明珠 紫宸 金域 尚城 臻园 澜湾 璞悦 泊月 锦绣 阳光 碧水 翡翠 珑璟 熙园 瑞府 天城 云山 望海 听涛 揽月 晴川 映月 凤凰',
);

/** Local place words used alone or with a suffix (东湖花园, 温陵新村…), besides the street names. */
export const PLACE_WORDS = split(
  '刺桐 清源 东湖 开元 温陵 泉秀 宝洲 浦西 田安 笋江 聚龙 城东 北峰 凤山 龙湖 梅岭 桃源 安平 五店 青阳 溪美 螺城 凤城 桃城 浔中 湖滨 凤里 洛阳 万安 双阳 山腰 金山 宝盖 灵源 罗山 霞美 水头 紫帽 顺济 后渚 丰泽 鲤城 新华 中山 府文',
);

/** Suffixes of community names. */
export const COMMUNITY_SUFFIXES = split(
  '花园 小区 新村 公寓 家园 苑 大厦 广场 雅居 山庄 名苑 嘉园 新城 华庭 雅园',
);

/** Suffixes appended to keep community names unique within a county. */
export const PHASE_SUFFIXES = split('二期 三期 四期 五期 A区 B区 C区 南区 北区 东区 西区');

/** First syllables of residents' committee names. */
export const COMMITTEE_FIRST = split(
  '东 西 南 北 新 金 凤 龙 云 华 兴 福 宝 清 泉 海 江 湖 山 桃 梅 柳 竹 榕 锦 瑞 祥 和 安 永 德 仁 义 文 聚 通 泰 光',
);
/** Second syllables of residents' committee names. */
export const COMMITTEE_SECOND = split(
  '湖 山 江 林 园 坊 街 浦 霞 阳 源 华 兴 苑 亭 塘 埔 厝 头 美 坑 宅 里 前 后 溪 峰 桥 门 岭 洲 城',
);

/** Common parts leased or operated, with the matching contract kind and income category. */
export const COMMON_PARTS = [
  { part: '电梯轿厢广告位', kind: 'advertising', category: 'advertising', quarterly: [300_000, 3_000_000] },
  {
    part: '小区出入口道闸广告',
    kind: 'advertising',
    category: 'advertising',
    quarterly: [150_000, 1_200_000],
  },
  { part: '楼顶通信基站', kind: 'telecom', category: 'telecom', quarterly: [150_000, 600_000] },
  { part: '1号楼架空层', kind: 'lease', category: 'lease', quarterly: [500_000, 3_000_000] },
  { part: '会所一层场地', kind: 'lease', category: 'lease', quarterly: [800_000, 4_000_000] },
  { part: '地面公共停车位', kind: 'parking', category: 'parking', quarterly: [1_000_000, 8_000_000] },
  { part: '非机动车棚充电桩', kind: 'operation', category: 'charging-vending', quarterly: [50_000, 300_000] },
  {
    part: '快递柜及自助售货机场地',
    kind: 'operation',
    category: 'charging-vending',
    quarterly: [60_000, 360_000],
  },
] as const;

/** Income sources run without a contract, by the company itself. Amounts are per quarter, fen. */
export const SELF_RUN_SOURCES = [
  { description: '小区道路临时停车收费', category: 'parking', quarterly: [500_000, 6_000_000] },
  { description: '公共场地临时使用费', category: 'venue', quarterly: [20_000, 200_000] },
  { description: '废旧物品回收收入', category: 'recycling', quarterly: [20_000, 150_000] },
  { description: '公共收益账户利息', category: 'interest', quarterly: [5_000, 80_000] },
] as const;

/** Titles of repair, renewal and renovation works paid from public income (PI.C4.b). */
export const REPAIR_TITLES = split(
  '外墙渗漏维修 地下车库照明改造 监控系统更新 电梯门机更换 雨污管网疏通改造 儿童游乐设施更新 消防喷淋管道维修 屋面防水翻新 门禁系统升级 道路沥青修补 绿化带补植改造 化粪池清掏维修',
);

/** Trades of construction workers with a daily wage range, fen. */
export const TRADES = [
  { trade: '普工', wage: [18_000, 26_000] },
  { trade: '钢筋工', wage: [30_000, 40_000] },
  { trade: '木工', wage: [30_000, 42_000] },
  { trade: '泥水工', wage: [28_000, 38_000] },
  { trade: '架子工', wage: [30_000, 40_000] },
  { trade: '电工', wage: [28_000, 38_000] },
  { trade: '焊工', wage: [30_000, 40_000] },
  { trade: '油漆工', wage: [25_000, 34_000] },
] as const;

/**
 * Resident-ID area codes (GB/T 2260) of workers' home counties: Quanzhou's own, and counties of the
 * provinces most construction workers in Fujian come from (Sichuan, Guizhou, Jiangxi, Henan, Anhui, Hunan,
 * Chongqing, Yunnan, Guangxi).
 */
export const HOME_AREA_CODES = {
  local: split('350502 350503 350504 350505 350521 350524 350525 350526 350581 350582 350583'),
  migrant: split(
    '510722 511623 511321 513030 522121 522425 520221 360731 362329 360424 411524 412721 341221 341225 430524 431121 500229 500238 530321 532126 450881 450922',
  ),
} as const;

/** Road and area words of municipal project names. */
export const MUNICIPAL_WORDS = split(
  '刺桐路 泉秀路 宝洲街 东海大街 江滨北路 世纪大道 晋江大道 成洲路 滨海大道 安吉路 温陵路 笋江路 九一路 通港西街',
);
