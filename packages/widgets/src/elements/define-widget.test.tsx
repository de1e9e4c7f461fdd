import fc from 'fast-check';
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { inheritedLang, parseAttribute } from './create-element-class';
import { defineWidget } from './define-widget';
import { WidgetElementError } from './widget-element-error';

interface ProbeProps {
  items?: string[];
  label?: string;
  compact?: boolean;
  limit?: number;
  lang?: string;
  theme?: string;
  loading?: boolean;
  error?: unknown;
  onPick?: (item: string, index: number) => void;
  onClose?: () => boolean | undefined;
}

// A stand-in widget that shows every prop it gets, so the tests read the element's wiring from the DOM.
function Probe(props: ProbeProps) {
  if (props.error) {
    const text = typeof props.error === 'object' ? (props.error as { en: string }).en : String(props.error);
    return <p role="alert">{text}</p>;
  }
  if (props.loading) return <p role="status">loading</p>;
  return (
    <div
      className="probe"
      data-lang={props.lang ?? ''}
      data-theme={props.theme ?? ''}
      data-label={props.label ?? 'default'}
      data-compact={String(props.compact ?? 'default')}
      data-limit={String(props.limit ?? 'default')}
    >
      {(props.items ?? []).map((item, index) => (
        <button key={item} type="button" onClick={() => props.onPick?.(item, index)}>
          {item}
        </button>
      ))}
      <button type="button" className="close" onClick={() => props.onClose?.()}>
        close
      </button>
    </div>
  );
}

// React's act() warns unless the environment says it supports it.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let counter = 0;
function probeWidget(spread = false) {
  counter += 1;
  return defineWidget(`rectify-probe-${counter}`, Probe, {
    description: 'A probe.',
    ...(spread ? {} : { dataProp: 'items' }),
    dataDescription: 'Items.',
    attributes: {
      label: { prop: 'label', type: 'string', description: 'Label.' },
      compact: { prop: 'compact', type: 'boolean', description: 'Compact.' },
      limit: { prop: 'limit', type: 'number', description: 'Limit.' },
    },
    events: {
      'rectify-pick': {
        callback: 'onPick',
        description: '`{ item, index }`.',
        detail: (item: string, index: number) => ({ item, index }),
      },
      'rectify-close': { callback: 'onClose', description: 'Nothing.', cancelable: true },
    },
  });
}

async function mount(html: string): Promise<HTMLElement> {
  const host = document.createElement('div');
  await act(async () => {
    host.innerHTML = html;
    document.body.append(host);
  });
  return host.firstElementChild as HTMLElement;
}

const flush = () => act(async () => {});

afterEach(async () => {
  // Removal unmounts the React roots: inside act, like every other update.
  await act(async () => {
    document.body.innerHTML = '';
  });
  document.documentElement.removeAttribute('lang');
  vi.unstubAllGlobals();
});

describe('defineWidget', () => {
  it.each([
    ['probe', 'not prefixed'],
    ['rectify-', 'empty name'],
    ['rectify-Findings', 'upper case'],
    ['rectify-a--b', 'double hyphen'],
  ])('rejects the tag name %s (%s)', (tag) => {
    expect(() => defineWidget(tag, Probe, { description: '', dataDescription: '' })).toThrow(
      WidgetElementError,
    );
  });

  it('rejects an attribute that takes a shared name, and a malformed event', () => {
    const attributes = { theme: { prop: 'theme', type: 'string' as const, description: '' } };
    expect(() =>
      defineWidget('rectify-x', Probe, { description: '', dataDescription: '', attributes }),
    ).toThrow(/taken/);
    const events = { select: { callback: 'onPick', description: '' } };
    expect(() => defineWidget('rectify-x', Probe, { description: '', dataDescription: '', events })).toThrow(
      /malformed/,
    );
  });

  it('declares the shared attributes and events beside its own', () => {
    const widget = probeWidget();
    expect(Object.keys(widget.attributes)).toEqual([
      'data',
      'src',
      'lang',
      'theme',
      'heading-level',
      'loading',
      'error',
      'shadow',
      'label',
      'compact',
      'limit',
    ]);
    expect(Object.keys(widget.events)).toEqual([
      'rectify-load',
      'rectify-error',
      'rectify-pick',
      'rectify-close',
    ]);
  });

  it('defines once: defining twice returns the registered class', () => {
    const widget = probeWidget();
    const first = widget.define();
    expect(first).toBeDefined();
    expect(widget.define()).toBe(first);
    expect(customElements.get(widget.tagName)).toBe(first);
    expect(document.getElementById('rectify-widgets-elements')?.textContent).toContain(widget.tagName);
  });
});

describe('data', () => {
  it('takes data from the JSON attribute, then the property', async () => {
    const widget = probeWidget();
    widget.define();
    const element = await mount(`<${widget.tagName} data='["a","b"]'></${widget.tagName}>`);
    expect(Array.from(element.querySelectorAll('.probe button:not(.close)'), (b) => b.textContent)).toEqual([
      'a',
      'b',
    ]);
    await act(async () => {
      (element as unknown as { data: unknown }).data = ['c'];
    });
    expect(element.querySelector('.probe button')?.textContent).toBe('c');
    expect((element as unknown as { data: unknown }).data).toEqual(['c']);
  });

  it('spreads an object as props when the widget has no data prop', async () => {
    const widget = probeWidget(true);
    widget.define();
    const element = await mount(`<${widget.tagName} data='{"items":["x"],"label":"L"}'></${widget.tagName}>`);
    expect(element.querySelector('.probe')?.getAttribute('data-label')).toBe('L');
    expect(element.querySelector('.probe button')?.textContent).toBe('x');
  });

  it('reads an inline <script type="application/json"> child and leaves it in place', async () => {
    const widget = probeWidget();
    widget.define();
    const element = await mount(
      `<${widget.tagName}><script type="application/json">["inline"]</script></${widget.tagName}>`,
    );
    expect(element.querySelector('.probe button')?.textContent).toBe('inline');
    expect(element.querySelector('script')).not.toBeNull();
  });

  it('shows the error state for invalid JSON, dispatches rectify-error, and recovers', async () => {
    const widget = probeWidget();
    widget.define();
    const errors: unknown[] = [];
    document.addEventListener('rectify-error', (event) => errors.push((event as CustomEvent).detail), {
      once: true,
    });
    const element = await mount(`<${widget.tagName} data='[oops'></${widget.tagName}>`);
    expect(element.querySelector('[role="alert"]')?.textContent).toBe('The data attribute is not valid JSON');
    expect(errors).toEqual([
      {
        src: null,
        message: { 'zh-CN': '属性 data 不是有效的 JSON', en: 'The data attribute is not valid JSON' },
      },
    ]);
    await act(async () => element.setAttribute('data', '["ok"]'));
    expect(element.querySelector('.probe button')?.textContent).toBe('ok');
  });

  it('lets a property replace what a malformed attribute failed to give', async () => {
    const widget = probeWidget();
    widget.define();
    const element = await mount(`<${widget.tagName} data='[oops'></${widget.tagName}>`);
    expect(element.querySelector('[role="alert"]')).not.toBeNull();
    await act(async () => {
      (element as unknown as { data: unknown }).data = ['fixed'];
    });
    expect(element.querySelector('[role="alert"]')).toBeNull();
    expect(element.querySelector('.probe button')?.textContent).toBe('fixed');
  });

  it('fetches src: loading, then the data and rectify-load', async () => {
    const widget = probeWidget();
    widget.define();
    let resolve: (response: Response) => void = () => {};
    const fetchMock = vi.fn(() => new Promise<Response>((r) => (resolve = r)));
    vi.stubGlobal('fetch', fetchMock);
    const loads: unknown[] = [];
    document.addEventListener('rectify-load', (event) => loads.push((event as CustomEvent).detail), {
      once: true,
    });
    const element = await mount(`<${widget.tagName} src="/data/items.json"></${widget.tagName}>`);
    expect(element.querySelector('[role="status"]')?.textContent).toBe('loading');
    expect(String(fetchMock.mock.calls[0]?.[0 as never])).toMatch(/\/data\/items\.json$/);
    await act(async () => resolve(new Response('["fetched"]', { status: 200 })));
    await flush();
    expect(element.querySelector('.probe button')?.textContent).toBe('fetched');
    expect(loads).toEqual([{ src: '/data/items.json' }]);
  });

  it.each([
    [new Response('nope', { status: 404 }), 'The data URL answered HTTP 404'],
    [new Response('{not json', { status: 200 }), 'The data URL did not answer valid JSON'],
  ])('shows the error state when src fails (%#)', async (response, message) => {
    const widget = probeWidget();
    widget.define();
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => response),
    );
    const element = await mount(`<${widget.tagName} src="/x.json"></${widget.tagName}>`);
    await flush();
    expect(element.querySelector('[role="alert"]')?.textContent).toBe(message);
  });

  it('shows the error state when src cannot be reached', async () => {
    const widget = probeWidget();
    widget.define();
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('network');
      }),
    );
    const element = await mount(`<${widget.tagName} src="/x.json"></${widget.tagName}>`);
    await flush();
    expect(element.querySelector('[role="alert"]')?.textContent).toBe('The data URL could not be reached');
  });

  it('prefers the data attribute over src', async () => {
    const widget = probeWidget();
    widget.define();
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('["from src"]')),
    );
    const element = await mount(`<${widget.tagName} src="/x.json" data='["own"]'></${widget.tagName}>`);
    await flush();
    expect(element.querySelector('.probe button')?.textContent).toBe('own');
  });
});

describe('attributes and properties', () => {
  it('reads typed attributes, and removing one resets the property to its default', async () => {
    const widget = probeWidget();
    widget.define();
    const element = await mount(
      `<${widget.tagName} label="hi" compact limit="20" theme="elder"></${widget.tagName}>`,
    );
    const probe = () => element.querySelector('.probe') as HTMLElement;
    expect(probe().dataset).toMatchObject({ label: 'hi', compact: 'true', limit: '20', theme: 'elder' });
    const props = element as unknown as { label?: string; compact?: boolean; limit?: number };
    expect([props.label, props.compact, props.limit]).toEqual(['hi', true, 20]);
    await act(async () => {
      element.removeAttribute('label');
      element.removeAttribute('compact');
      element.removeAttribute('limit');
    });
    expect(probe().dataset).toMatchObject({ label: 'default', compact: 'default', limit: 'default' });
    expect([props.label, props.compact, props.limit]).toEqual([undefined, undefined, undefined]);
  });

  it('keeps a property set before the element was defined', async () => {
    const widget = probeWidget();
    const element = document.createElement(widget.tagName) as HTMLElement & {
      items?: unknown;
      data?: unknown;
    };
    element.data = ['early'];
    await act(async () => document.body.append(element));
    await act(async () => {
      widget.define();
    });
    expect(element.querySelector('.probe button')?.textContent).toBe('early');
  });

  it.each([
    ['boolean', '', true],
    ['boolean', 'false', false],
    ['boolean', 'FALSE ', false],
    ['boolean', 'compact', true],
    ['number', '12.5', 12.5],
    ['number', '', undefined],
    ['number', 'abc', undefined],
    ['number', 'Infinity', undefined],
    ['string', '  x ', '  x '],
    ['json', '{"a":1}', { a: 1 }],
  ] as const)('parses a %s attribute %j', (type, text, value) => {
    expect(parseAttribute('x', type, text)).toEqual({ ok: true, value });
  });

  it('reads any absent attribute as the default', () => {
    for (const type of ['string', 'json', 'boolean', 'number'] as const) {
      expect(parseAttribute('x', type, null)).toEqual({ ok: true, value: undefined });
    }
  });

  it('round-trips any JSON value and any finite number through the attribute text', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const parsed = parseAttribute('data', 'json', JSON.stringify(value));
        expect(parsed).toEqual({ ok: true, value: JSON.parse(JSON.stringify(value)) });
      }),
    );
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        const parsed = parseAttribute('n', 'number', String(value));
        expect(parsed.ok && Object.is(parsed.value, value === 0 ? 0 : value)).toBe(true);
      }),
    );
  });
});

describe('language', () => {
  it('takes the element lang, then an ancestor, then the page, and follows changes', async () => {
    const widget = probeWidget();
    widget.define();
    document.documentElement.setAttribute('lang', 'en');
    const element = await mount(`<${widget.tagName} data='[]'></${widget.tagName}>`);
    const lang = () => element.querySelector('.probe')?.getAttribute('data-lang');
    expect(lang()).toBe('en');
    await act(async () => element.setAttribute('lang', 'zh-CN'));
    expect(lang()).toBe('zh-CN');
    await act(async () => element.removeAttribute('lang'));
    expect(lang()).toBe('en');
    await act(async () => element.parentElement?.setAttribute('lang', 'en-GB'));
    await flush();
    expect(lang()).toBe('en-GB');
  });

  it('crosses shadow roots to find the language', () => {
    const host = document.createElement('div');
    host.setAttribute('lang', 'en');
    const shadow = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('span');
    shadow.append(inner);
    document.body.append(host);
    expect(inheritedLang(inner)).toBe('en');
    expect(inheritedLang(document.createElement('span'))).toBeUndefined();
  });
});

describe('events', () => {
  it('bridges callbacks to rectify-* events that bubble, are composed, and carry detail', async () => {
    const widget = probeWidget();
    widget.define();
    const element = await mount(`<${widget.tagName} data='["a","b"]'></${widget.tagName}>`);
    const seen: CustomEvent[] = [];
    document.addEventListener('rectify-pick', (event) => seen.push(event as CustomEvent), { once: true });
    await act(async () => (element.querySelectorAll('.probe button')[1] as HTMLElement).click());
    expect(seen).toHaveLength(1);
    expect(seen[0]?.detail).toEqual({ item: 'b', index: 1 });
    expect(seen[0]?.bubbles).toBe(true);
    expect(seen[0]?.composed).toBe(true);
    expect(seen[0]?.target).toBe(element);
  });

  it('lets the host cancel a cancelable event; detail is null when there is none', async () => {
    const widget = probeWidget();
    widget.define();
    const element = await mount(`<${widget.tagName} data='[]'></${widget.tagName}>`);
    const details: unknown[] = [];
    element.addEventListener('rectify-close', (event) => {
      details.push((event as CustomEvent).detail);
      event.preventDefault();
    });
    await act(async () => (element.querySelector('.close') as HTMLElement).click());
    expect(details).toEqual([null]);
  });
});

describe('shadow DOM and lifecycle', () => {
  it('renders into a shadow root with the styles inside it when asked', async () => {
    const widget = probeWidget();
    widget.define();
    const element = await mount(`<${widget.tagName} shadow data='["s"]'></${widget.tagName}>`);
    expect(element.querySelector('.probe')).toBeNull();
    expect(element.shadowRoot?.querySelector('.probe button')?.textContent).toBe('s');
    expect(element.shadowRoot?.querySelector('style')?.textContent).toContain(':host');
  });

  it('renders in light DOM by default', async () => {
    const widget = probeWidget();
    widget.define();
    const element = await mount(`<${widget.tagName} data='["l"]'></${widget.tagName}>`);
    expect(element.shadowRoot).toBeNull();
    expect(element.querySelector('.rk-mount .probe')).not.toBeNull();
  });

  it('keeps its content when moved, and unmounts when removed', async () => {
    const widget = probeWidget();
    widget.define();
    const element = await mount(`<${widget.tagName} data='["m"]'></${widget.tagName}>`);
    const other = document.createElement('div');
    document.body.append(other);
    await act(async () => other.append(element));
    expect(element.querySelector('.probe button')?.textContent).toBe('m');
    await act(async () => element.remove());
    await flush();
    expect(element.querySelector('.probe')).toBeNull();
    await act(async () => document.body.append(element));
    expect(element.querySelector('.probe button')?.textContent).toBe('m');
  });
});
