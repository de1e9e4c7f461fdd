import axe from 'axe-core';

/**
 * Runs axe-core on a rendered container and returns its violations as `rule: html` lines (empty when clean).
 * Colour contrast is off: happy-dom computes no styles; the browser tests in Chromium check contrast.
 */
export async function axeViolations(container: Element): Promise<string[]> {
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.html}`));
}
