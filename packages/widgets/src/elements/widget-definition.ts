import type { ComponentType } from 'react';

/**
 * How an attribute's text becomes a prop: as it is (`string`), parsed as JSON (`json`), present or absent
 * (`boolean`; the text `"false"` counts as absent, for templating systems that print booleans), or a finite number
 * (`number`; anything else counts as absent).
 */
export type AttributeType = 'string' | 'json' | 'boolean' | 'number';

/** One attribute of a widget element, and the JS property / component prop it sets. */
export interface WidgetAttribute {
  /** The component prop (and element property) the attribute sets. */
  prop: string;
  /** How the attribute's text is read. */
  type: AttributeType;
  /** What it does, for the generated reference. */
  description: string;
}

/** One `rectify-*` event a widget element dispatches, bridged from a component callback. */
export interface WidgetEvent {
  /** The component callback prop the event is bridged from (`onSelect`). */
  callback: string;
  /** What `event.detail` holds, for the generated reference. */
  description: string;
  /**
   * Builds `detail` from the callback's arguments. Defaults to the first argument. Returning `undefined` keeps
   * the event's detail `null`.
   */
  detail?: (...args: never[]) => unknown;
  /**
   * Whether the host may call `event.preventDefault()` to stop the widget's own action (the callback then returns
   * `false` to the component). Defaults to `false`.
   */
  cancelable?: boolean;
}

/** Options of {@link defineWidget}. */
export interface DefineWidgetOptions {
  /** One-line summary of the widget, for the generated reference. */
  description: string;
  /**
   * The prop the element's data (the `data` attribute or property, the `src` URL's JSON, an inline
   * `<script type="application/json">` child) is given to. Defaults to none: the data is then an object whose
   * fields are spread as props.
   */
  dataProp?: string;
  /** What the data is, for the generated reference. */
  dataDescription: string;
  /** The widget's own attributes, by attribute name (kebab-case). Defaults to none. */
  attributes?: Readonly<Record<string, WidgetAttribute>>;
  /** The events the element dispatches, by event name (`rectify-select`). Defaults to none. */
  events?: Readonly<Record<string, WidgetEvent>>;
}

/**
 * A widget element declared by {@link defineWidget}: plain data, safe to import anywhere (nothing touches the DOM
 * until {@link WidgetDefinition.define} is called in a browser).
 */
export interface WidgetDefinition<P extends object = Record<string, unknown>> {
  /** The custom element name (`rectify-findings-list`). */
  readonly tagName: string;
  /** The React component the element renders. */
  readonly component: ComponentType<P>;
  /** One-line summary of the widget. */
  readonly description: string;
  /** The prop the element's data is given to; `undefined` when the data is spread as props. */
  readonly dataProp: string | undefined;
  /** What the data is. */
  readonly dataDescription: string;
  /** Every attribute the element observes, the shared ones ({@link COMMON_ATTRIBUTES}) first. */
  readonly attributes: Readonly<Record<string, WidgetAttribute>>;
  /** Every event the element dispatches, the shared ones ({@link COMMON_EVENTS}) first. */
  readonly events: Readonly<Record<string, WidgetEvent>>;
  /**
   * Registers the element in `registry` and returns its class; defining twice is harmless (the class already
   * registered under the name is returned). Returns `undefined` where there are no custom elements (Node, SSR).
   * Defaults to the page's `customElements`.
   */
  define(registry?: CustomElementRegistry): CustomElementConstructor | undefined;
}

/**
 * The attributes every widget element has. `lang` is read, not set (the element's own `lang`, then the nearest
 * ancestor's, then the page's); `shadow` is read when the element is first connected.
 */
export const COMMON_ATTRIBUTES: Readonly<Record<string, WidgetAttribute>> = {
  data: {
    prop: 'data',
    type: 'json',
    description:
      'The data as JSON. The `data` property takes the same value as an object; an inline `<script type="application/json">` child works too.',
  },
  src: {
    prop: 'src',
    type: 'string',
    description:
      'A URL to fetch the data from as JSON (same-origin credentials); the widget shows its loading state, then the data or its error state.',
  },
  lang: {
    prop: 'lang',
    type: 'string',
    description:
      'Language: `en` (or `en-*`) for English, anything else Simplified Chinese. Read from the element, then the nearest ancestor, then `<html lang>`.',
  },
  theme: {
    prop: 'theme',
    type: 'string',
    description:
      'Theme: `default`, `high-contrast` or `elder` (适老化: 18pt text, 60px targets, 7:1 contrast). Defaults to `default`.',
  },
  'heading-level': {
    prop: 'headingLevel',
    type: 'number',
    description: 'Level of the widget title heading, 2-6, to fit the host page outline. Defaults to 2.',
  },
  loading: {
    prop: 'loading',
    type: 'boolean',
    description:
      'Shows the loading state, for a host that fetches the data itself. `src` sets it while fetching.',
  },
  error: {
    prop: 'error',
    type: 'string',
    description:
      'Shows the error state with this message, for a host that fetches the data itself; an empty value shows the generic message.',
  },
  shadow: {
    prop: 'shadow',
    type: 'boolean',
    description:
      'Renders into an open shadow root with the styles inside it (read once, when the element is first connected). Light DOM by default.',
  },
};

/** The events every widget element dispatches (not bridged from a component callback). */
export const COMMON_EVENTS: Readonly<Record<string, WidgetEvent>> = {
  'rectify-load': {
    callback: '',
    description: '`{ src }`: the data from `src` arrived and is shown.',
  },
  'rectify-error': {
    callback: '',
    description:
      '`{ src, message }`: the data could not be loaded from `src`, or a JSON attribute could not be parsed; the widget shows its error state.',
  },
};
