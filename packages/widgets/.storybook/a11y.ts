// The accessibility gate of every story: axe-core with the WCAG 2.2 AA rule tags, failing the story on any violation.
import axe from 'axe-core';

/** The axe rule tags of WCAG 2.2 level AA (the acceptance bar of the widgets). */
export const WCAG_22_AA_TAGS: readonly string[] = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** What a story's `parameters.a11y` holds (the shape of @storybook/addon-a11y's parameters). */
export interface A11yParameters {
  /** `'error'` fails the story on a violation, `'todo'` only reports, `'off'` skips. */
  test?: 'error' | 'todo' | 'off';
  /** Skips the check. */
  disable?: boolean;
  /** axe run options. */
  options?: axe.RunOptions;
}

// One axe run at a time: axe refuses to start while another run is going.
let queue: Promise<unknown> = Promise.resolve();

/** Runs axe on `element` and throws, listing each rule and node, when it finds a violation. */
export async function assertNoAxeViolations(element: Element, options: axe.RunOptions = {}): Promise<void> {
  const run = queue.then(() =>
    axe.run(element, { runOnly: { type: 'tag', values: [...WCAG_22_AA_TAGS] }, ...options }),
  );
  queue = run.catch(() => undefined);
  const { violations } = await run;
  if (violations.length === 0) return;
  const lines = violations.flatMap((violation) => [
    `${violation.id} (${violation.impact ?? 'unknown'}): ${violation.help}`,
    ...violation.nodes.map((node) => `  ${node.target.join(' ')}`),
  ]);
  throw new Error(`Accessibility violations (WCAG 2.2 AA):\n${lines.join('\n')}`);
}
