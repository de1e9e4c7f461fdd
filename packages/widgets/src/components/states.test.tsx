import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './__fixtures__/axe';
import { WIDGET_CASES } from './__fixtures__/widget-cases';
import { WIDGET_NAMES } from './index';

describe.each(WIDGET_CASES)('$name', (widget) => {
  it('renders its data in a labelled region, zh-CN by default', () => {
    const { container } = render(widget.render());
    const root = container.querySelector(`.rk-root.rk-${widget.name}`);
    expect(root).not.toBeNull();
    expect(root).toHaveAttribute('lang', 'zh-CN');
    expect(screen.getByRole('region')).toBe(root);
    expect(screen.getByRole('heading', { level: 2 })).toBeInTheDocument();
    expect(root).not.toHaveAttribute('aria-busy');
  });

  it('shows the loading state', async () => {
    const { container } = render(widget.render({ loading: true }));
    expect(screen.getByRole('status')).toHaveTextContent('加载中…');
    expect(container.querySelector('.rk-root')).toHaveAttribute('aria-busy', 'true');
    expect(container.querySelector('table, .rk-vlist')).toBeNull();
    expect(await axeViolations(container)).toEqual([]);
  });

  it.each([
    ['a message', '服务暂不可用', '服务暂不可用'],
    ['a bilingual message', { 'zh-CN': '接口超时', en: 'Timed out' }, '接口超时'],
    ['true', true, '请稍后重试，或联系系统管理员。'],
  ])('shows the error state for %s, over loading', async (_, error, text) => {
    const { container } = render(widget.render({ error, loading: true }));
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('数据加载失败');
    expect(alert).toHaveTextContent(text);
    expect(container.querySelector('table, .rk-vlist')).toBeNull();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('shows the empty state without data', async () => {
    const { container } = render(widget.renderEmpty());
    expect(container.querySelector('.rk-state--empty')).not.toBeNull();
    expect(container.querySelector('table, .rk-vlist')).toBeNull();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('speaks English with lang="en"', () => {
    const { container } = render(widget.render({ lang: 'en-GB', loading: true }));
    expect(container.querySelector('.rk-root')).toHaveAttribute('lang', 'en');
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
  });

  it.each([
    ['high-contrast', 'rk-theme-high-contrast'],
    ['elder', 'rk-theme-elder'],
  ] as const)('takes the %s theme as a class on its root, and passes axe', async (theme, cls) => {
    const { container } = render(widget.render({ theme, className: 'host-class' }));
    expect(container.querySelector('.rk-root')).toHaveClass(cls, 'host-class');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('puts its title at the heading level asked for', () => {
    render(widget.render({ headingLevel: 4 }));
    expect(screen.getAllByRole('heading', { level: 4 }).length).toBeGreaterThan(0);
    expect(screen.queryByRole('heading', { level: 2 })).toBeNull();
  });
});

describe('styles', () => {
  it('are injected once per page, however many widgets render', () => {
    render(
      <div>
        {WIDGET_CASES.map((w) => (
          <div key={w.name}>
            {w.render()}
            {w.render({ loading: true })}
          </div>
        ))}
      </div>,
    );
    expect(document.querySelectorAll('style[data-href="rectify-base"]')).toHaveLength(1);
    for (const name of WIDGET_NAMES)
      expect(document.querySelectorAll(`style[data-href="rectify-${name}"]`)).toHaveLength(1);
  });

  it('are left to the host with injectStyles={false}', () => {
    const before = document.querySelectorAll('style').length;
    const { container } = render(WIDGET_CASES[0]?.render({ injectStyles: false }) ?? <div />);
    expect(container.querySelector('style')).toBeNull();
    expect(document.querySelectorAll('style').length).toBe(before);
  });
});
