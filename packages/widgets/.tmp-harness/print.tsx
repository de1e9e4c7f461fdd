import { writeFileSync } from 'node:fs';
import { printNotice } from '../src/components/disclosure-board/print-notice';
import { disclosureBoardFixture, longTextFixture } from '../src/components/__fixtures__/index';
const d = { ...longTextFixture.disclosure, incomeLines: Array.from({ length: 30 }, (_, i) => ({ ...longTextFixture.disclosure.incomeLines[i % 2]!, description: `第${i + 1}项 ${longTextFixture.disclosure.incomeLines[i % 2]!.description}` })) };
writeFileSync('/tmp/wexp/notice-long.html', printNotice(d, longTextFixture.community, { paper: 'A4' }));
writeFileSync('/tmp/wexp/notice.html', printNotice(disclosureBoardFixture.disclosure, disclosureBoardFixture.community, { paper: 'A3' }));
