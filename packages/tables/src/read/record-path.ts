const INDEX = /^(?:0|[1-9][0-9]{0,5})$/;

/**
 * Sets `value` at a path of segments in `target`, creating objects (or arrays, for numeric segments) on
 * the way. `__proto__`, `constructor` and `prototype` are never followed.
 */
export function setPath(target: Record<string, unknown>, segments: readonly string[], value: unknown): void {
  let node: Record<string, unknown> | unknown[] = target;
  for (let i = 0; i < segments.length; i += 1) {
    const key = segments[i] as string;
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') return;
    const last = i === segments.length - 1;
    const slot = Array.isArray(node) && INDEX.test(key) ? Number(key) : key;
    const holder = node as Record<string | number, unknown>;
    if (last) {
      holder[slot] = value;
      return;
    }
    let next = holder[slot];
    if (next === null || typeof next !== 'object') {
      next = INDEX.test(segments[i + 1] as string) ? [] : {};
      holder[slot] = next;
    }
    node = next as Record<string, unknown> | unknown[];
  }
}

/** The value at a path of segments, or `undefined`. */
export function getPath(target: unknown, segments: readonly string[]): unknown {
  let node = target;
  for (const key of segments) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** Removes the value at a path of segments, if present. */
export function deletePath(target: unknown, segments: readonly string[]): void {
  const parent = getPath(target, segments.slice(0, -1));
  if (parent !== null && typeof parent === 'object')
    delete (parent as Record<string, unknown>)[segments.at(-1) as string];
}

/** The segments of an RFC 6901 JSON Pointer (`/board/exists` → `['board', 'exists']`). */
export function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));
}

/** The JSON Pointer of a path of segments. */
export function pointerOf(segments: readonly string[]): string {
  return segments.map((s) => `/${s.replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}
