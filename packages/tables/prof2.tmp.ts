import ExcelJS from 'exceljs';
import { validUscc } from './src/__fixtures__/tables';
import { streamTable } from './src/read/import';
const path = '/tmp/scratch/big.xlsx';
const USCC = validUscc(1);
const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true, useStyles: true });
const ws = wb.addWorksheet('小区');
ws.addRow(['小区编号','小区名称','所属街道代码','物业服务企业','统一社会信用代码','建筑面积（㎡）','户数','是否成立业委会','是否设置公示牌','公示牌位置','是否位于主要人行出入口','账户管理方式']).commit();
for (let n = 1; n <= 100000; n++) {
  ws.addRow([`C${n}`, `泉州市丰泽区东海街道某某花园小区第${n}期`, '350503001', '泉州某某物业服务有限公司（丰泽分公司）', USCC, 12345.67, 300, '是', '是', '小区东门主要人行出入口旁', '是', '单独开户']).commit();
}
ws.commit();
await wb.commit();
const t0 = performance.now();
const base = process.memoryUsage().rss;
let peak = 0;
const stream = streamTable(path, { kind: 'community' });
let k = 0;
for await (const row of stream) { if (++k % 1000 === 0) peak = Math.max(peak, process.memoryUsage().rss); }
console.log('time', performance.now() - t0, 'rss peak delta MB', (peak - base) / 1e6, stream.summary.counts);
