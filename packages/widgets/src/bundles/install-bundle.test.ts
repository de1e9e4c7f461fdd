import { afterEach, describe, expect, it } from 'vitest';
import { incomeStatementElement, wageRightsBoardElement } from '../elements/index';
import { installBundle } from './install-bundle';

const scope = globalThis as { RectifyWidgets?: unknown };

afterEach(() => {
  delete scope.RectifyWidgets;
});

describe('installBundle', () => {
  it('adds to one global, bundle after bundle, and defines the elements', () => {
    installBundle({ incomeStatementElement }, [incomeStatementElement]);
    const global = installBundle({ wageRightsBoardElement }, [wageRightsBoardElement]);
    expect(scope.RectifyWidgets).toBe(global);
    expect(Object.keys(global.elements).sort()).toEqual([
      'rectify-income-statement',
      'rectify-wage-rights-board',
    ]);
    expect(global.incomeStatementElement).toBe(incomeStatementElement);
    expect(global.wageRightsBoardElement).toBe(wageRightsBoardElement);
    expect(global.version).toBe('0.0.0-source');
    expect(customElements.get('rectify-income-statement')).toBeDefined();
    expect(customElements.get('rectify-wage-rights-board')).toBeDefined();
  });

  it('is harmless when the same bundle loads twice', () => {
    const first = installBundle({ incomeStatementElement }, [incomeStatementElement]);
    const elementClass = customElements.get('rectify-income-statement');
    const second = installBundle({ incomeStatementElement }, [incomeStatementElement]);
    expect(second).toBe(first);
    expect(customElements.get('rectify-income-statement')).toBe(elementClass);
  });
});
