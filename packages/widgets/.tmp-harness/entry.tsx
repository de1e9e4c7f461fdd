import { createRoot } from 'react-dom/client';
import { WIDGET_CASES } from '../src/components/__fixtures__/widget-cases';
import { FindingsList } from '../src/components/findings-list/index';
import { manyFindings, longTextFixture } from '../src/components/__fixtures__/index';
import { DisclosureBoard } from '../src/components/disclosure-board/index';

const params = new URLSearchParams(location.search);
const theme = (params.get('theme') ?? 'default') as 'default';
const lang = params.get('lang') ?? 'zh-CN';
const only = params.get('only');
const el = document.getElementById('app') as HTMLElement;
if (only === 'many') {
  const findings = manyFindings(10_000);
  const t0 = performance.now();
  const root = createRoot(el);
  root.render(<FindingsList findings={findings} theme={theme} lang={lang} />);
  requestAnimationFrame(() => {
    (window as unknown as { renderMs: number }).renderMs = performance.now() - t0;
  });
} else if (only === 'long') {
  createRoot(el).render(<DisclosureBoard {...longTextFixture} theme={theme} lang={lang} />);
} else {
  createRoot(el).render(
    <>
      {WIDGET_CASES.filter((w) => !only || w.name === only).map((w) => (
        <div key={w.name}>{w.render({ theme, lang })}</div>
      ))}
    </>,
  );
}
