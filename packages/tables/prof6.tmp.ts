import { compileMapping } from './src/read/compile-mapping';
import { detectHeader } from './src/read/header';
import { MAPPINGS } from './src/read/mappings/index';
import { SheetReader } from './src/read/row-reader';
import { validUscc } from './src/__fixtures__/tables';
const USCC = validUscc(1);
const compiled = compileMapping(MAPPINGS.community);
const H = ['小区编号','小区名称','所属街道代码','物业服务企业','统一社会信用代码','建筑面积（㎡）','户数','是否成立业委会','是否设置公示牌','公示牌位置','是否位于主要人行出入口','账户管理方式'];
const header = detectHeader([{ row: 1, cells: H }], compiled)!;
const reader = new SheetReader('community', { compiled, header, date1904: false, constants: [], merges: [] });
const rows = Array.from({ length: 100000 }, (_, i) => ({ row: i + 2, cells: [`C${i}`, `泉州市丰泽区东海街道某某花园小区第${i}期`, '350503001', '泉州某某物业服务有限公司（丰泽分公司）', USCC, 12345.67, 300, '是', '是', '小区东门主要人行出入口旁', '是', '单独开户'] }));
for (let k = 0; k < 3; k++) {
  const t0 = performance.now();
  for (const r of rows) reader.read(r);
  console.log('per row us', ((performance.now() - t0) / rows.length * 1000).toFixed(1));
}
