// A document whose every text tries to inject markup: the renderers must print it all as text.
import type { ReportDocument } from '../../document';

/** Payloads that would run script or change the page if printed unescaped. */
export const PAYLOADS = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(2)>',
  "'><svg onload=alert(3)>",
  '</style><style>body{display:none}</style>',
  '</title><iframe src="javascript:alert(4)"></iframe>',
  '[link](javascript:alert(5)) ![img](http://evil.example/x.png) <http://evil.example>',
  '# heading\n- list\n1. ordered\n> quote\n---\n| a | b |\n`code` **bold** _em_ ~~del~~ &amp; &lt;',
  '=HYPERLINK("http://evil.example","x")',
];

const p = (i: number) => PAYLOADS[i % PAYLOADS.length] ?? '';
const both = (i: number) => ({ 'zh-CN': `中文${p(i)}`, en: `en${p(i + 1)}` });

/** Every text field holds a payload. */
export const hostileDocument: ReportDocument = {
  id: p(0),
  title: both(0),
  subtitle: both(1),
  meta: {
    campaign: 'wages',
    clauseIds: [p(2), p(3)],
    period: '2023Q3',
    divisionCode: p(4),
    divisionName: p(5),
    documentNumber: p(6),
    asOf: '2023-09-30T10:00:00+08:00',
    packs: [{ id: p(7), version: p(0), hash: p(1) }],
  },
  sections: [
    {
      kind: 'key-values',
      id: p(1),
      title: both(2),
      items: PAYLOADS.map((payload, i) => ({ label: both(i), value: payload })).concat([
        { label: both(3), value: p(4), type: 'status' } as never,
      ]),
    },
    { kind: 'paragraphs', id: p(2), title: both(3), paragraphs: PAYLOADS.map((_, i) => both(i)) },
    {
      kind: 'table',
      id: p(3),
      title: both(4),
      columns: [
        { key: p(0), header: both(5), type: 'text' },
        { key: 'code', header: both(6), type: 'code' },
        {
          key: 'status',
          header: both(7),
          type: 'status',
          statuses: { [p(1)]: { icon: p(2), label: both(3) } },
        },
        { key: 'amount', header: both(0), type: 'money' },
      ],
      rows: PAYLOADS.map((payload, i) => ({ [p(0)]: payload, code: p(i + 1), status: p(i + 2), amount: i })),
      totals: { amount: 28 },
      note: both(6),
    },
  ],
  signature: { unit: p(3), seal: p(4), date: '2023-09-30', contacts: [p(5), p(6)] },
};
