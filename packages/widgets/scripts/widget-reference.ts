// Renders docs/reference/widgets.md from the defineWidget declarations (pure; the generator and its test share it).
import {
  COMMON_ATTRIBUTES,
  COMMON_EVENTS,
  WIDGET_ELEMENTS,
  type WidgetAttribute,
  type WidgetDefinition,
  type WidgetEvent,
} from '../src/elements/index';

/** Where the generated page lives, from the repository root. */
export const REFERENCE_PATH = 'docs/reference/widgets.md';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function attributeTable(attributes: [string, WidgetAttribute][]): string[] {
  return [
    '| attribute | property | type | description |',
    '| --- | --- | --- | --- |',
    ...attributes.map(
      ([name, spec]) =>
        `| \`${name}\` | ${spec.prop === 'lang' ? '`lang` (native)' : `\`${spec.prop}\``} | ${spec.type} | ${cell(spec.description)} |`,
    ),
  ];
}

function eventTable(events: [string, WidgetEvent][], bridged: boolean): string[] {
  return [
    bridged ? '| event | from callback | cancelable | `detail` |' : '| event | cancelable | `detail` |',
    bridged ? '| --- | --- | --- | --- |' : '| --- | --- | --- |',
    ...events.map(([name, event]) =>
      bridged
        ? `| \`${name}\` | \`${event.callback}\` | ${event.cancelable ? 'yes' : 'no'} | ${cell(event.description)} |`
        : `| \`${name}\` | ${event.cancelable ? 'yes' : 'no'} | ${cell(event.description)} |`,
    ),
  ];
}

function componentName(definition: WidgetDefinition<object>): string {
  const component = definition.component as { displayName?: string; name?: string };
  return component.displayName ?? component.name ?? 'anonymous';
}

function widgetSection(definition: WidgetDefinition<object>): string[] {
  const own = Object.entries(definition.attributes).filter(
    ([name]) => !Object.hasOwn(COMMON_ATTRIBUTES, name),
  );
  const events = Object.entries(definition.events).filter(([name]) => !Object.hasOwn(COMMON_EVENTS, name));
  const data =
    definition.dataProp === undefined
      ? `Data (\`data\`, \`src\` or inline JSON): ${definition.dataDescription} Its fields are spread as props.`
      : `Data (\`data\`, \`src\` or inline JSON) goes to the \`${definition.dataProp}\` prop: ${definition.dataDescription}`;
  return [
    `## \`<${definition.tagName}>\``,
    '',
    `${definition.description} React component: \`${componentName(definition)}\`.`,
    '',
    data,
    '',
    ...(own.length > 0 ? ['Attributes (besides the shared ones):', '', ...attributeTable(own), ''] : []),
    ...(events.length > 0
      ? ['Events (besides `rectify-load` and `rectify-error`):', '', ...eventTable(events, true), '']
      : []),
  ];
}

/** The Markdown of the widget reference. */
export function renderWidgetReference(
  elements: readonly WidgetDefinition<object>[] = WIDGET_ELEMENTS,
): string {
  const lines = [
    '# Widget elements',
    '',
    'Generated from the `defineWidget` declarations in `packages/widgets/src/elements/` by',
    '`npm run generate -w @rectify/widgets`; do not edit. A test fails when this page is stale.',
    '',
    'Every element renders its React component in light DOM (or an open shadow root with `shadow`). Each',
    'attribute sets the JS property named in the table; removing the attribute resets the property to the',
    "component's default. Data comes from the `data` property or attribute, then the `src` URL, then an inline",
    '`<script type="application/json">` child. Events bubble, are composed, and carry their data in `detail`.',
    'See the guide: [Embedding widgets](../guides/embedding-widgets.md).',
    '',
    '| element | bundle |',
    '| --- | --- |',
    ...elements.map(
      (definition) =>
        `| [\`<${definition.tagName}>\`](#${definition.tagName}) | \`${definition.tagName}-<version>.iife.js\` |`,
    ),
    '',
    'The all-in-one bundle `rectify-widgets-<version>.iife.js` defines every element.',
    '',
    '## Shared attributes',
    '',
    ...attributeTable(Object.entries(COMMON_ATTRIBUTES)),
    '',
    '## Shared events',
    '',
    ...eventTable(Object.entries(COMMON_EVENTS), false),
    '',
    ...elements.flatMap(widgetSection),
  ];
  return `${lines.join('\n').trimEnd()}\n`;
}

/**
 * The page with table padding removed, for comparing: the committed page is formatted by Biome (which aligns the
 * table columns), the rendered one is not.
 */
export function normalizeReference(markdown: string): string {
  return markdown
    .split('\n')
    .map((line) =>
      line.startsWith('|')
        ? line
            .replace(/ *\| */g, '|')
            .replace(/\|-+(?=\|)/g, '|-')
            .trim()
        : line.trimEnd(),
    )
    .join('\n');
}
