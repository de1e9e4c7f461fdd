import type { ComponentType } from 'react';
import { createElementClass } from './create-element-class';
import {
  COMMON_ATTRIBUTES,
  COMMON_EVENTS,
  type DefineWidgetOptions,
  type WidgetDefinition,
} from './widget-definition';
import { WidgetElementError } from './widget-element-error';

const TAG_NAME = /^rectify-[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const ATTRIBUTE_NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const EVENT_NAME = /^rectify-[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

// One low-specificity rule per document, so hosts can still lay the elements out as they like.
function ensureDisplayBlock(doc: Document, tagName: string): void {
  const id = 'rectify-widgets-elements';
  let style = doc.getElementById(id);
  if (!style) {
    style = doc.createElement('style');
    style.id = id;
    doc.head.prepend(style);
  }
  const rule = `:where(${tagName}) { display: block; }`;
  if (!style.textContent?.includes(rule)) style.textContent = `${style.textContent ?? ''}${rule}\n`;
}

/**
 * Declares the custom element of a widget: `tagName` renders `component` with react-dom's `createRoot`. Data
 * comes by the `data` attribute (JSON) or property, a `src` URL (fetched as JSON, with the loading and error
 * states), or an inline `<script type="application/json">` child, in that order of precedence. Each attribute of
 * `options.attributes` sets a prop (and is mirrored by a JS property of the prop's name); removing it resets the
 * prop to the component's default. Component callbacks of `options.events` become `rectify-*` events that bubble
 * and are composed, with the data in `detail`. Every element also takes the {@link COMMON_ATTRIBUTES}.
 *
 * Pure: nothing touches the DOM until `define()` is called, so the module can be imported on a server.
 *
 * @throws {WidgetElementError} when the tag, an attribute or an event name is malformed (API misuse).
 */
export function defineWidget<P extends object>(
  tagName: string,
  component: ComponentType<P>,
  options: DefineWidgetOptions,
): WidgetDefinition<P> {
  if (!TAG_NAME.test(tagName)) {
    throw new WidgetElementError('INVALID_TAG_NAME', `"${tagName}" is not a rectify-* custom element name`);
  }
  const own = options.attributes ?? {};
  for (const [name, spec] of Object.entries(own)) {
    if (!ATTRIBUTE_NAME.test(name) || spec.prop === '' || Object.hasOwn(COMMON_ATTRIBUTES, name)) {
      throw new WidgetElementError(
        'INVALID_DECLARATION',
        `${tagName}: attribute "${name}" is malformed or taken`,
      );
    }
  }
  for (const [name, event] of Object.entries(options.events ?? {})) {
    if (!EVENT_NAME.test(name) || event.callback === '' || Object.hasOwn(COMMON_EVENTS, name)) {
      throw new WidgetElementError(
        'INVALID_DECLARATION',
        `${tagName}: event "${name}" is malformed or taken`,
      );
    }
  }
  let elementClass: CustomElementConstructor | undefined;
  const definition: WidgetDefinition<P> = {
    tagName,
    component,
    description: options.description,
    dataProp: options.dataProp,
    dataDescription: options.dataDescription,
    attributes: Object.freeze({ ...COMMON_ATTRIBUTES, ...own }),
    events: Object.freeze({ ...COMMON_EVENTS, ...options.events }),
    define(registry) {
      const target = registry ?? (typeof customElements === 'undefined' ? undefined : customElements);
      if (!target) return undefined;
      const existing = target.get(tagName);
      if (existing) return existing;
      elementClass ??= createElementClass(definition as unknown as WidgetDefinition<object>);
      target.define(tagName, elementClass);
      if (typeof document !== 'undefined' && document.head) ensureDisplayBlock(document, tagName);
      return elementClass;
    },
  };
  return Object.freeze(definition);
}
