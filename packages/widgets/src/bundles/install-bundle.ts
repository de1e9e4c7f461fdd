import type { WidgetDefinition } from '../elements/index';

// Replaced by the bundle build (scripts/build-bundles.mjs) with the package version.
declare const __RECTIFY_WIDGETS_VERSION__: string | undefined;

/** What a `<script>` bundle adds to `window.RectifyWidgets`. */
export interface BundleGlobal {
  /** The package version the bundle was built from. */
  version: string;
  /** The element declarations by tag name, from every bundle loaded on the page. */
  elements: Record<string, WidgetDefinition<object>>;
  [member: string]: unknown;
}

/**
 * Installs an IIFE bundle: adds `members` and the element declarations to the one global `window.RectifyWidgets`
 * (a second bundle adds to what the first put there) and defines the elements, which is harmless when a bundle
 * loaded before already defined them.
 */
export function installBundle(
  members: Record<string, unknown>,
  definitions: readonly WidgetDefinition<object>[],
): BundleGlobal {
  const scope = globalThis as { RectifyWidgets?: BundleGlobal };
  const previous = scope.RectifyWidgets;
  const installed: BundleGlobal = Object.assign(previous ?? { version: '', elements: {} }, members, {
    version: typeof __RECTIFY_WIDGETS_VERSION__ === 'string' ? __RECTIFY_WIDGETS_VERSION__ : '0.0.0-source',
    elements: { ...previous?.elements },
  });
  for (const definition of definitions) {
    installed.elements[definition.tagName] = definition;
    definition.define();
  }
  scope.RectifyWidgets = installed;
  return installed;
}
