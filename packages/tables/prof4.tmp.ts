import { streamTable } from './src/read/import';
const t0 = performance.now();
const stream = streamTable('/tmp/scratch/big.xlsx', { kind: 'community' });
for await (const row of stream) {}
console.log('time', performance.now() - t0, stream.summary.counts.imported);
