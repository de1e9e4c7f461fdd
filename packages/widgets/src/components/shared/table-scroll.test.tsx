import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { axeViolations } from '../__fixtures__/axe';
import { TableScroll } from './table-scroll';

function table() {
  return (
    <TableScroll label="任务清单">
      <table>
        <tbody>
          <tr>
            <td>1</td>
          </tr>
        </tbody>
      </table>
    </TableScroll>
  );
}

describe('TableScroll', () => {
  afterEach(() => vi.restoreAllMocks());

  it('adds no tab stop while the table fits', () => {
    const { container } = render(table());
    expect(container.querySelector('.rk-table-scroll')).not.toHaveAttribute('tabindex');
    expect(screen.queryByRole('region')).toBeNull();
  });

  it('becomes a named, focusable region when the table is wider than the widget', async () => {
    vi.spyOn(HTMLElement.prototype, 'scrollWidth', 'get').mockReturnValue(900);
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(400);
    const { container } = render(table());
    const region = screen.getByRole('region', { name: '任务清单' });
    expect(region).toHaveAttribute('tabindex', '0');
    expect(await axeViolations(container)).toEqual([]);
  });
});
