// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeReference, REFERENCE_PATH, renderWidgetReference } from '../scripts/widget-reference';
import { WIDGET_ELEMENTS } from '../src/elements/index';

describe('docs/reference/widgets.md', () => {
  it('is what the widget declarations generate (run `npm run generate -w @rectify/widgets`)', () => {
    const committed = readFileSync(join(import.meta.dirname, '..', '..', '..', REFERENCE_PATH), 'utf8');
    expect(normalizeReference(committed)).toBe(normalizeReference(renderWidgetReference()));
  });

  it('documents every element, attribute and event', () => {
    const page = renderWidgetReference();
    for (const definition of WIDGET_ELEMENTS) {
      expect(page).toContain(`## \`<${definition.tagName}>\``);
      for (const name of Object.keys(definition.attributes)) expect(page).toContain(`| \`${name}\` |`);
      for (const name of Object.keys(definition.events)) expect(page).toContain(`| \`${name}\` |`);
    }
  });
});
