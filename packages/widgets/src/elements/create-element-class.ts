import type { Bilingual } from '@rectify/schemas';
import { type ComponentType, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { AttributeType, WidgetDefinition } from './widget-definition';

// Props the element handles itself instead of passing them to the component.
const ELEMENT_ONLY_PROPS = new Set(['data', 'src', 'shadow', 'lang']);

const SHADOW_CSS = ':host { display: block; } :host([hidden]) { display: none; }';

type FetchState =
  | { state: 'idle' }
  | { state: 'loading'; src: string; controller: AbortController }
  | { state: 'ready'; src: string; data: unknown }
  | { state: 'error'; src: string; message: Bilingual };

type Parsed = { ok: true; value: unknown } | { ok: false; message: Bilingual };

/** @internal Reads an attribute's text as its declared type; absent (`null`) is `undefined`, the prop's default. */
export function parseAttribute(name: string, type: AttributeType, text: string | null): Parsed {
  if (text === null) return { ok: true, value: undefined };
  switch (type) {
    case 'boolean':
      return { ok: true, value: text.trim().toLowerCase() !== 'false' };
    case 'number': {
      const trimmed = text.trim();
      const value = trimmed === '' ? Number.NaN : Number(trimmed);
      return { ok: true, value: Number.isFinite(value) ? value : undefined };
    }
    case 'json':
      try {
        return { ok: true, value: JSON.parse(text) };
      } catch {
        return {
          ok: false,
          message: { 'zh-CN': `属性 ${name} 不是有效的 JSON`, en: `The ${name} attribute is not valid JSON` },
        };
      }
    default:
      return { ok: true, value: text };
  }
}

/** @internal The language tag that applies to `element`: its own `lang`, an ancestor's (across shadow roots), else none. */
export function inheritedLang(element: Element): string | undefined {
  let node: Element | null = element;
  while (node) {
    const found = node.closest('[lang]');
    if (found) return found.getAttribute('lang') ?? undefined;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return undefined;
}

/**
 * @internal Builds the custom element class of a widget. Called by `define()`, never at module scope: the class
 * extends `HTMLElement`, which does not exist on a server.
 */
export function createElementClass(definition: WidgetDefinition<object>): CustomElementConstructor {
  const attributeEntries = Object.entries(definition.attributes);
  const eventEntries = Object.entries(definition.events).filter(([, event]) => event.callback !== '');
  const props = attributeEntries.map(([, spec]) => spec.prop).filter((prop) => prop !== 'lang');
  const component = definition.component as ComponentType<Record<string, unknown>>;

  class RectifyWidgetElement extends HTMLElement {
    /** The declaration the element was defined from. */
    static readonly definition = definition;

    static get observedAttributes(): string[] {
      return attributeEntries.map(([name]) => name);
    }

    // Values set by attribute or property; an absent key means the component's default.
    #values = new Map<string, unknown>();
    #attributeErrors = new Map<string, Bilingual>();
    #inline: unknown;
    #inlineError: Bilingual | undefined;
    #fetch: FetchState = { state: 'idle' };
    #root: Root | undefined;
    #mount: HTMLElement | undefined;
    #langObserver: MutationObserver | undefined;
    #lang: string | undefined;
    #upgraded = false;
    // Stable bridges: a new function each render would re-render memoised children for nothing.
    #callbacks: Record<string, (...args: never[]) => unknown> = Object.fromEntries(
      eventEntries.map(([type, event]) => [
        event.callback,
        (...args: never[]) => {
          const detail = event.detail ? event.detail(...args) : args[0];
          const notCancelled = this.dispatchEvent(
            new CustomEvent(type, {
              bubbles: true,
              composed: true,
              cancelable: event.cancelable === true,
              detail: detail === undefined ? null : detail,
            }),
          );
          return event.cancelable === true ? notCancelled : undefined;
        },
      ]),
    );

    connectedCallback(): void {
      if (!this.#upgraded) {
        this.#upgraded = true;
        this.#upgradeProperties();
        // Errors found while the parser set the attributes, before a listener on the page could hear them.
        for (const message of this.#attributeErrors.values()) this.#dispatchError(undefined, message);
      }
      this.#readInline();
      if (this.ownerDocument.readyState === 'loading') {
        // Defined before the parser reached the children: read the inline JSON once they are there.
        this.ownerDocument.addEventListener('DOMContentLoaded', () => this.#readInline() && this.#render(), {
          once: true,
        });
      }
      if (!this.#root) {
        const container = this.#container();
        this.#root = createRoot(container);
      }
      this.#observeLang();
      this.#load();
      this.#render();
    }

    disconnectedCallback(): void {
      // Moving an element disconnects and reconnects it in one task: keep the root unless it stays out.
      queueMicrotask(() => {
        if (this.isConnected) return;
        this.#langObserver?.disconnect();
        this.#langObserver = undefined;
        if (this.#fetch.state === 'loading') {
          this.#fetch.controller.abort();
          this.#fetch = { state: 'idle' };
        }
        this.#root?.unmount();
        this.#root = undefined;
      });
    }

    attributeChangedCallback(name: string, _old: string | null, text: string | null): void {
      const spec = definition.attributes[name];
      if (!spec) return;
      if (spec.prop === 'lang') {
        this.#render();
        return;
      }
      const parsed = parseAttribute(name, spec.type, text);
      if (parsed.ok) {
        this.#attributeErrors.delete(name);
        this.#set(spec.prop, parsed.value);
      } else {
        this.#attributeErrors.set(name, parsed.message);
        this.#set(spec.prop, undefined);
        if (this.isConnected) this.#dispatchError(undefined, parsed.message);
      }
    }

    /** @internal Reads a prop value set by attribute or property. */
    getProp(prop: string): unknown {
      return this.#values.get(prop);
    }

    /** @internal Sets a prop value; `undefined` resets it to the component's default. */
    setProp(prop: string, value: unknown): void {
      // A value set by property replaces whatever the attribute of the same prop failed to give.
      for (const [name, spec] of attributeEntries) if (spec.prop === prop) this.#attributeErrors.delete(name);
      this.#set(prop, value);
    }

    #set(prop: string, value: unknown): void {
      if (value === undefined) this.#values.delete(prop);
      else this.#values.set(prop, value);
      if (prop === 'src') this.#load();
      this.#render();
    }

    // A property set before the element was defined sits on the instance and hides the accessor: re-apply it.
    #upgradeProperties(): void {
      for (const prop of props) {
        if (!Object.hasOwn(this, prop)) continue;
        const value = (this as unknown as Record<string, unknown>)[prop];
        delete (this as unknown as Record<string, unknown>)[prop];
        this.#set(prop, value);
      }
    }

    #container(): HTMLElement {
      if (this.#mount) return this.#mount;
      const doc = this.ownerDocument;
      const mount = doc.createElement('div');
      mount.className = 'rk-mount';
      if (this.#values.get('shadow') === true) {
        const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
        const style = doc.createElement('style');
        style.textContent = SHADOW_CSS;
        shadow.append(style, mount);
      } else {
        // A child of its own, so an inline <script type="application/json"> child stays where the host put it.
        this.append(mount);
      }
      this.#mount = mount;
      return mount;
    }

    #readInline(): boolean {
      const script = Array.from(this.children).find(
        (child) =>
          child.localName === 'script' &&
          child.getAttribute('type')?.trim().toLowerCase() === 'application/json',
      );
      if (!script) return false;
      try {
        this.#inline = JSON.parse(script.textContent ?? '');
        this.#inlineError = undefined;
      } catch {
        this.#inline = undefined;
        this.#inlineError = {
          'zh-CN': '内嵌的 <script type="application/json"> 不是有效的 JSON',
          en: 'The inline <script type="application/json"> is not valid JSON',
        };
        this.#dispatchError(undefined, this.#inlineError);
      }
      return true;
    }

    #observeLang(): void {
      if (this.#langObserver || typeof MutationObserver === 'undefined') return;
      // Only `lang` attributes are reported, so watching the whole page costs nothing between changes.
      this.#langObserver = new MutationObserver(() => {
        if (inheritedLang(this) !== this.#lang) this.#render();
      });
      this.#langObserver.observe(this.ownerDocument.documentElement, {
        attributes: true,
        attributeFilter: ['lang'],
        subtree: true,
      });
    }

    #load(): void {
      const src = this.#values.get('src');
      const current = this.#fetch;
      if (typeof src !== 'string' || src.trim() === '') {
        if (current.state === 'loading') current.controller.abort();
        this.#fetch = { state: 'idle' };
        return;
      }
      if (!this.isConnected) return;
      if (current.state !== 'idle' && current.src === src) return;
      if (current.state === 'loading') current.controller.abort();
      const controller = new AbortController();
      this.#fetch = { state: 'loading', src, controller };
      const settle = (next: FetchState) => {
        // A newer `src` (or a disconnect) has taken over.
        if (this.#fetch.state !== 'loading' || this.#fetch.controller !== controller) return;
        this.#fetch = next;
        this.#render();
        if (next.state === 'ready') this.#dispatch('rectify-load', { src });
        if (next.state === 'error') this.#dispatchError(src, next.message);
      };
      fetch(new URL(src, this.ownerDocument.baseURI), {
        signal: controller.signal,
        credentials: 'same-origin',
        headers: { accept: 'application/json' },
      })
        .then(async (response) => {
          if (!response.ok) {
            settle({
              state: 'error',
              src,
              message: {
                'zh-CN': `数据地址返回 HTTP ${response.status}`,
                en: `The data URL answered HTTP ${response.status}`,
              },
            });
            return;
          }
          const data: unknown = await response.json();
          settle({ state: 'ready', src, data });
        })
        .catch((error: unknown) => {
          if (controller.signal.aborted) return;
          const invalid = error instanceof SyntaxError;
          settle({
            state: 'error',
            src,
            message: invalid
              ? { 'zh-CN': '数据地址返回的不是有效的 JSON', en: 'The data URL did not answer valid JSON' }
              : { 'zh-CN': '无法连接数据地址', en: 'The data URL could not be reached' },
          });
        });
    }

    #dispatch(type: string, detail: unknown): void {
      this.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true, detail }));
    }

    #dispatchError(src: string | undefined, message: Bilingual): void {
      this.#dispatch('rectify-error', { src: src ?? null, message });
    }

    #render(): void {
      if (!this.#root) return;
      this.#lang = inheritedLang(this);
      this.#root.render(createElement(component, this.#props()));
    }

    #props(): Record<string, unknown> {
      const explicit = this.#values.get('data');
      const fetched = this.#fetch.state === 'ready' ? this.#fetch.data : undefined;
      const fromSrc = this.#fetch.state !== 'idle';
      const data = explicit !== undefined ? explicit : fromSrc ? fetched : this.#inline;
      const result: Record<string, unknown> = {};
      if (definition.dataProp !== undefined) {
        if (data !== undefined) result[definition.dataProp] = data;
      } else if (data !== null && typeof data === 'object' && !Array.isArray(data)) {
        Object.assign(result, data);
      }
      for (const [prop, value] of this.#values) {
        if (!ELEMENT_ONLY_PROPS.has(prop)) result[prop] = value;
      }
      Object.assign(result, this.#callbacks);
      result.lang = this.#lang;
      const attributeError = this.#attributeErrors.values().next().value;
      if (attributeError) result.error = attributeError;
      else if (explicit === undefined && this.#fetch.state === 'error') result.error = this.#fetch.message;
      else if (explicit === undefined && this.#fetch.state === 'loading') result.loading = true;
      else if (explicit === undefined && !fromSrc && this.#inlineError) result.error = this.#inlineError;
      return result;
    }
  }

  for (const prop of props) {
    Object.defineProperty(RectifyWidgetElement.prototype, prop, {
      configurable: true,
      enumerable: true,
      get(this: RectifyWidgetElement) {
        return this.getProp(prop);
      },
      set(this: RectifyWidgetElement, value: unknown) {
        this.setProp(prop, value);
      },
    });
  }
  return RectifyWidgetElement;
}
