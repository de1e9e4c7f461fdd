import { streamTable } from './src/read/import';
const stream = streamTable('/tmp/scratch/big.xlsx', { kind: 'community' });
let shown = 0;
for await (const row of stream) { if (row.status === 'rejected' && shown++ < 3) console.log(row.row, JSON.stringify(row.issues)); }
