// Keyboard helpers for the interaction stories: reach an element with Tab only, as a keyboard user does.
import { userEvent } from 'storybook/test';

/** Presses Tab until `target` has focus; throws after `limit` presses (the element is not reachable). */
export async function tabTo(target: Element, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    if (target.ownerDocument.activeElement === target) return;
    await userEvent.tab();
  }
  if (target.ownerDocument.activeElement !== target) {
    throw new Error(`Tab did not reach ${target.outerHTML.slice(0, 80)} in ${limit} presses`);
  }
}
