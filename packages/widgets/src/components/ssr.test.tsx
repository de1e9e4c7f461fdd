// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { handmadeCommunity, handmadeDisclosure } from './__fixtures__/index';
import { WIDGET_CASES } from './__fixtures__/widget-cases';
import { DisclosureBoard } from './disclosure-board/index';

describe('server rendering (no DOM, no window)', () => {
  it('runs without a DOM', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
  });

  describe.each(WIDGET_CASES)('$name', (widget) => {
    it.each([
      ['default', () => widget.render()],
      ['en, elder theme', () => widget.render({ lang: 'en', theme: 'elder' })],
      ['loading', () => widget.render({ loading: true })],
      ['error', () => widget.render({ error: '服务暂不可用' })],
      ['empty', () => widget.renderEmpty()],
    ])('renders to a string: %s', (_, element) => {
      const html = renderToString(element());
      expect(html).toContain(`class="rk-root rk-${widget.name}`);
      expect(html).toMatch(/<style data-precedence="rectify" data-href="rectify-base[^"]*">/);
    });
  });

  it('renders the board with its money and dates', () => {
    const html = renderToString(
      <DisclosureBoard disclosure={handmadeDisclosure} community={handmadeCommunity} />,
    );
    expect(html).toContain('刺桐花园小区2023年第二季度公共收益收支情况公示');
    expect(html).toContain('¥1,234.56');
    expect(html).toContain('2023年8月9日');
  });

  it('renders the same string twice (nothing depends on the clock or the host)', () => {
    for (const widget of WIDGET_CASES)
      expect(renderToString(widget.render())).toBe(renderToString(widget.render()));
  });
});
