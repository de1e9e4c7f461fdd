import { describe, expect, it } from 'vitest';
import { WIDGET_CSS, WIDGET_NAMES, widgetsCss } from './index';

// Splits a selector list on its top-level commas (not those inside :where(…)).
function splitList(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(') depth += 1;
    if (ch === ')') depth -= 1;
    if (ch === ',' && depth === 0) {
      parts.push(current.trim());
      current = '';
    } else current += ch;
  }
  parts.push(current.trim());
  return parts;
}

// The selectors of a style sheet, nested at-rules (@media) unwrapped; @keyframes steps left out.
function selectors(css: string): string[] {
  const out: string[] = [];
  const body = css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/@keyframes[^{]+\{(?:[^{}]*\{[^}]*\})*[^}]*\}/g, '');
  for (const match of body.matchAll(/([^{}]+)\{/g)) {
    const text = (match[1] ?? '').trim();
    if (text.startsWith('@')) continue;
    out.push(...splitList(text));
  }
  return out;
}

describe('widget CSS', () => {
  it('has a style sheet for every widget', () => {
    expect(Object.keys(WIDGET_CSS).sort()).toEqual([...WIDGET_NAMES].sort());
  });

  it('never uses rem (host pages set odd root sizes)', () => {
    expect(widgetsCss).not.toMatch(/[0-9.]rem\b/);
  });

  it('styles nothing outside the widgets: every selector names an rk- class', () => {
    const all = selectors(widgetsCss);
    expect(all.length).toBeGreaterThan(50);
    expect(all.filter((s) => !s.includes('.rk-'))).toEqual([]);
  });

  it('keeps host overrides possible: no !important', () => {
    expect(widgetsCss).not.toContain('!important');
  });
});
