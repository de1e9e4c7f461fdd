import { createWriteStream } from 'node:fs';
import { csvText, validUscc } from './src/__fixtures__/tables';
import { streamTable } from './src/read/import';
const path = '/tmp/scratch/big.csv';
const out = createWriteStream(path);
const USCC = validUscc(1);
out.write('\ufeff' + csvText([['小区编号','小区名称','所属街道代码','物业服务企业','统一社会信用代码','建筑面积（㎡）','户数','是否成立业委会','是否设置公示牌','公示牌位置','是否位于主要人行出入口','账户管理方式']]));
for (let n = 1; n <= 50000; n++) {
  const line = csvText([[`C${n}`, `泉州市丰泽区东海街道某某花园小区第${n}期`, '350503001', '泉州某某物业服务有限公司（丰泽分公司）', USCC, '12,345.67', 300, '是', '是', '小区东门主要人行出入口旁', '是', '单独开户']]);
  if (!out.write(line)) await new Promise(r => out.once('drain', r));
}
await new Promise<void>(r => out.end(() => r()));
const t0 = performance.now();
const stream = streamTable(path, { kind: 'community' });
for await (const row of stream) {}
console.log('time', performance.now() - t0, stream.summary.counts);
