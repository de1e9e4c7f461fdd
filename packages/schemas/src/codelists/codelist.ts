/** One entry of a codelist: a stable code with Chinese and English titles. */
export interface CodelistEntry<C extends string = string> {
  /** Stable code, never renamed. */
  readonly code: C;
  /** Chinese title. */
  readonly zh: string;
  /** English title. */
  readonly en: string;
  /** What the code means, and the clause it serves where there is one. */
  readonly description: string;
}

/** A named codelist, shipped as CSV under `codelists/` and as these constants. */
export interface Codelist<C extends string = string> {
  /** File stem of the CSV (`codelists/<name>.csv`). */
  readonly name: string;
  /** Chinese and English title of the list. */
  readonly title: { readonly 'zh-CN': string; readonly en: string };
  /** The entries, in display order. */
  readonly entries: readonly CodelistEntry<C>[];
}

/** Builds a codelist and the tuple of its codes (for `z.enum`). */
export function defineCodelist<const C extends string>(
  name: string,
  title: { 'zh-CN': string; en: string },
  entries: readonly CodelistEntry<C>[],
): Codelist<C> & { readonly codes: [C, ...C[]] } {
  const codes = entries.map((e) => e.code) as [C, ...C[]];
  return { name, title, entries, codes };
}

/** Looks up an entry by code; `undefined` when the code is not in the list. */
export function codelistEntry<C extends string>(
  list: Codelist<C>,
  code: string,
): CodelistEntry<C> | undefined {
  return list.entries.find((e) => e.code === code);
}
