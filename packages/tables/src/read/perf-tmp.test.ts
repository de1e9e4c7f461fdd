import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'vitest';
import { csvText, validUscc } from '../__fixtures__/tables';
import { streamTable } from './import';
it('perf', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'perf-'));
  const path = join(dir, 'big.csv');
  const out = createWriteStream(path);
  const USCC = validUscc(1);
  out.write('\ufeff' + csvText([['小区编号','小区名称','所属街道代码','物业服务企业','统一社会信用代码','建筑面积（㎡）','户数','是否成立业委会','是否设置公示牌','公示牌位置','是否位于主要人行出入口','账户管理方式']]));
  let n = 0;
  let size = 0;
  while (size < 50 * 1024 * 1024) {
    n++;
    const line = csvText([[`C${n}`, `泉州市丰泽区东海街道某某花园小区第${n}期`, '350503001', '泉州某某物业服务有限公司（丰泽分公司）', USCC, '12,345.67', 300, '是', '是', '小区东门主要人行出入口旁', '是', '单独开户']]);
    size += Buffer.byteLength(line);
    if (!out.write(line)) await new Promise(r => out.once('drain', r));
  }
  await new Promise<void>((r) => { out.end(() => r()); });
  const t0 = performance.now();
  const base = process.memoryUsage().heapUsed;
  let peak = 0;
  const stream = streamTable(path, { kind: 'community' });
  let k = 0;
  for await (const row of stream) { k++; if (k % 1000 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed); }
  const t1 = performance.now();
  process.stdout.write(`rows ${n} size ${(await stat(path)).size} time ${(t1-t0).toFixed(0)}ms peakHeapDelta ${((peak-base)/1e6).toFixed(1)}MB counts ${JSON.stringify(stream.summary.counts)} issues ${stream.summary.issues.length}\n`);
  await rm(dir, { recursive: true });
}, 300000);
