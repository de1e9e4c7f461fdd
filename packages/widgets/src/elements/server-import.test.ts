// @vitest-environment node
import { type ComponentType, createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import * as widgets from '../index';

describe('elements on a server', () => {
  it('import without a DOM, and defining is a no-op', () => {
    expect(typeof document).toBe('undefined');
    expect(widgets.defineAll()).toEqual({});
    for (const definition of widgets.WIDGET_ELEMENTS) expect(definition.define()).toBeUndefined();
  });

  it.each(widgets.WIDGET_ELEMENTS.map((definition) => [definition.tagName, definition] as const))(
    '%s renders its component with renderToString',
    (_tag, definition) => {
      const component = definition.component as ComponentType<{ loading?: boolean }>;
      const html = renderToString(createElement(component, { loading: true }));
      expect(html).toContain('data-rk-widget');
    },
  );

  it('declares one element per widget, with unique tag names', () => {
    const tags = widgets.WIDGET_ELEMENTS.map((definition) => definition.tagName);
    expect(new Set(tags).size).toBe(8);
    expect(tags.every((tag) => tag.startsWith('rectify-'))).toBe(true);
  });
});
