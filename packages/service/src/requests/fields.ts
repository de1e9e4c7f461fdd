import type { Bilingual } from '@rectify/schemas';
import type { components } from '../generated/openapi.generated';
import { HttpProblem } from '../http/problem';

/** One thing wrong with a request, with where it is. */
export type RequestError = components['schemas']['RequestError'];

const CIVIL_DATE = /^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$/;
const QUARTER = /^[0-9]{4}Q[1-4]$/;
const MONTH = /^[0-9]{4}-(0[1-9]|1[0-2])$/;

/** What a field must be, in both languages, for the messages. */
const WHAT = {
  object: { 'zh-CN': '对象', en: 'an object' },
  date: { 'zh-CN': '日期 YYYY-MM-DD', en: 'a date YYYY-MM-DD' },
  quarter: { 'zh-CN': '季度（如 2023Q2）', en: 'a quarter like 2023Q2' },
  month: { 'zh-CN': '月份（如 2023-07）', en: 'a month like 2023-07' },
  boolean: { 'zh-CN': '布尔值', en: 'a boolean' },
  integer: { 'zh-CN': '整数', en: 'an integer' },
  number: { 'zh-CN': '数值', en: 'a number' },
  string: { 'zh-CN': '字符串', en: 'a string' },
  array: { 'zh-CN': '数组', en: 'an array' },
} as const;

/**
 * Reads the fields of a JSON request body, collecting every error with its JSON Pointer before answering: a
 * caller fixes all of them in one round. Messages name the field and what it must be, never the value sent.
 */
export class FieldReader {
  /** Errors found so far. */
  readonly errors: RequestError[] = [];
  /** The body as an object (empty when it is not one; an error is then recorded). */
  readonly body: Record<string, unknown>;

  constructor(body: unknown, allowed?: readonly string[]) {
    if (body === null || typeof body !== 'object' || Array.isArray(body)) {
      this.body = {};
      this.fail('/', { 'zh-CN': '请求体应为 JSON 对象', en: 'The body must be a JSON object' });
      return;
    }
    this.body = body as Record<string, unknown>;
    if (allowed)
      for (const key of Object.keys(this.body))
        if (!allowed.includes(key))
          this.fail(`/${pointerToken(key)}`, { 'zh-CN': '未知字段', en: 'Unknown field' });
  }

  /** Records an error. */
  fail(pointer: string, message: Bilingual): void {
    this.errors.push({ pointer, message });
  }

  private wrong(key: string, what: Bilingual, required = false): undefined {
    this.fail(`/${pointerToken(key)}`, {
      'zh-CN': `字段“${key}”${required ? '必填，' : ''}应为${what['zh-CN']}`,
      en: `Field "${key}" ${required ? 'is required and ' : ''}must be ${what.en}`,
    });
    return undefined;
  }

  /** A field that must be present (any JSON). */
  required(key: string): unknown {
    if (!(key in this.body)) {
      this.fail(`/${pointerToken(key)}`, {
        'zh-CN': `缺少必填字段“${key}”`,
        en: `Required field "${key}" is missing`,
      });
      return undefined;
    }
    return this.body[key];
  }

  /** A civil date `YYYY-MM-DD`. */
  date(key: string, required = false): string | undefined {
    const v = this.body[key];
    if (v === undefined) return required ? this.wrong(key, WHAT.date, true) : undefined;
    return typeof v === 'string' && CIVIL_DATE.test(v) ? v : this.wrong(key, WHAT.date);
  }

  /** A boolean. */
  boolean(key: string): boolean | undefined {
    const v = this.body[key];
    if (v === undefined) return undefined;
    return typeof v === 'boolean' ? v : this.wrong(key, WHAT.boolean);
  }

  /** An integer within bounds. */
  integer(key: string, min: number, max: number, required = false): number | undefined {
    const v = this.body[key];
    if (v === undefined) return required ? this.wrong(key, WHAT.integer, true) : undefined;
    return Number.isInteger(v) && (v as number) >= min && (v as number) <= max
      ? (v as number)
      : this.wrong(key, {
          'zh-CN': `${min} 至 ${max} 的整数`,
          en: `an integer from ${min} to ${max}`,
        });
  }

  /** A finite number within bounds. */
  number(key: string, min: number, max: number): number | undefined {
    const v = this.body[key];
    if (v === undefined) return undefined;
    return typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max
      ? v
      : this.wrong(key, { 'zh-CN': `${min} 至 ${max} 的数值`, en: `a number from ${min} to ${max}` });
  }

  /** A string matching a pattern, or one of a list. */
  text(key: string, test: RegExp | readonly string[], what: Bilingual, required = false): string | undefined {
    const v = this.body[key];
    if (v === undefined) return required ? this.wrong(key, what, true) : undefined;
    const ok = typeof v === 'string' && (Array.isArray(test) ? test.includes(v) : (test as RegExp).test(v));
    return ok ? (v as string) : this.wrong(key, what);
  }

  /** A seed: an integer or a string of at most 200 characters. */
  seed(key: string): number | string | undefined {
    const v = this.body[key];
    if (v === undefined)
      return this.wrong(key, { 'zh-CN': '整数或字符串', en: 'an integer or a string' }, true);
    if (Number.isSafeInteger(v) || (typeof v === 'string' && v.length <= 200)) return v as number | string;
    return this.wrong(key, {
      'zh-CN': '整数或不超过200字的字符串',
      en: 'an integer or a string of ≤ 200 characters',
    });
  }

  /** A list of strings, each one of `allowed` (or matching a pattern), without duplicates. */
  list(
    key: string,
    allowed: RegExp | readonly string[],
    what: Bilingual,
    minItems = 0,
  ): string[] | undefined {
    const v = this.body[key];
    if (v === undefined) return undefined;
    const ok = (s: unknown) =>
      typeof s === 'string' && (Array.isArray(allowed) ? allowed.includes(s) : (allowed as RegExp).test(s));
    if (!Array.isArray(v) || v.length < minItems || !v.every(ok) || new Set(v).size !== v.length)
      return this.wrong(key, {
        'zh-CN': `不重复的数组，元素为${what['zh-CN']}`,
        en: `an array of distinct ${what.en}`,
      });
    return v as string[];
  }

  /** A plain object. */
  object(key: string): Record<string, unknown> | undefined {
    const v = this.body[key];
    if (v === undefined) return undefined;
    return v !== null && typeof v === 'object' && !Array.isArray(v)
      ? (v as Record<string, unknown>)
      : this.wrong(key, WHAT.object);
  }

  /** Throws {@link HttpProblem} `INVALID_REQUEST` with every error found, if any. */
  done(): void {
    if (this.errors.length > 0)
      throw new HttpProblem('INVALID_REQUEST', {
        detail: `${this.errors.length} field(s) do not follow the contract.`,
        errors: this.errors,
      });
  }
}

/** Escapes a key as a JSON Pointer token. */
export function pointerToken(key: string): string {
  return key.replaceAll('~', '~0').replaceAll('/', '~1');
}

/** Patterns and labels shared by the request readers. */
export const FIELD_PATTERNS = { quarter: QUARTER, month: MONTH, civilDate: CIVIL_DATE } as const;

/** Labels shared by the request readers. */
export const FIELD_LABELS = WHAT;
