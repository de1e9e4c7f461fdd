// Validates every response a test receives against openapi.yaml: declared status, media type, headers, body.
import { readFileSync } from 'node:fs';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { parse } from 'yaml';

type Json = Record<string, unknown>;

/** The spec, parsed. */
export const SPEC = parse(readFileSync(new URL('../../openapi.yaml', import.meta.url), 'utf8')) as Json;

const DATE = /^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$/;
const DATE_TIME =
  /^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]+)?)?(Z|[+-][0-9]{2}:[0-9]{2})$/;

const ajv = new Ajv2020({ strict: false, allErrors: true, unicodeRegExp: false });
ajv.addFormat('date', { type: 'string', validate: (v: string) => DATE.test(v) });
ajv.addFormat('date-time', { type: 'string', validate: (v: string) => DATE_TIME.test(v) });
ajv.addFormat('binary', { type: 'string', validate: () => true });
ajv.addSchema(SPEC, 'openapi.json');

const compiled = new Map<string, ValidateFunction>();
/** The compiled validator of a schema of the spec, given by its JSON Pointer (`/components/schemas/X`). */
export function validatorAt(pointer: string): ValidateFunction {
  let fn = compiled.get(pointer);
  if (!fn) {
    fn = ajv.compile({ $ref: `openapi.json#${pointer}` });
    compiled.set(pointer, fn);
  }
  return fn;
}

/** Resolves a local `$ref` of the spec. */
function deref<T = Json>(node: unknown): T {
  let value = node as Json;
  while (value && typeof value.$ref === 'string') {
    const path = (value.$ref as string).replace(/^#\//, '').split('/');
    value = path.reduce<Json>((n, k) => n[k.replaceAll('~1', '/').replaceAll('~0', '~')] as Json, SPEC);
  }
  return value as T;
}

interface Operation {
  id: string;
  method: string;
  template: string;
  pattern: RegExp;
  responses: Json;
  pointer: string;
}

const METHODS = ['get', 'post', 'put', 'delete', 'patch'];

/** Every operation of the spec. */
export const OPERATIONS: Operation[] = Object.entries(SPEC.paths as Json).flatMap(([template, item]) =>
  METHODS.filter((m) => (item as Json)[m]).map((m) => {
    const op = (item as Json)[m] as Json;
    return {
      id: op.operationId as string,
      method: m.toUpperCase(),
      template,
      pattern: new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`),
      responses: op.responses as Json,
      pointer: `/paths/${template.replaceAll('~', '~0').replaceAll('/', '~1')}/${m}`,
    };
  }),
);

/** `operationId status` pairs declared by the spec. */
export function declaredPairs(): string[] {
  return OPERATIONS.flatMap((op) => Object.keys(op.responses).map((status) => `${op.id} ${status}`));
}

const essence = (type: string | null) => (type ?? '').split(';')[0]?.trim().toLowerCase() ?? '';

/** What the checker found about one response. */
export interface Checked {
  operation: string;
  status: number;
  problems: string[];
}

/**
 * Checks a response against the spec. Unknown paths and methods must answer a ProblemDetails (`NOT_FOUND`,
 * `METHOD_NOT_ALLOWED`, or 401 before either); everything else must be declared by its operation.
 */
export async function checkResponse(method: string, url: string, response: Response): Promise<Checked> {
  const path = new URL(url).pathname;
  const problems: string[] = [];
  const requestId = response.headers.get('x-request-id');
  if (!requestId || !/^[A-Za-z0-9._:-]{1,128}$/.test(requestId))
    problems.push('X-Request-Id missing or malformed');
  const type = essence(response.headers.get('content-type'));
  const op = OPERATIONS.find((o) => o.method === method && o.pattern.test(path));
  if (!op) {
    if (type !== 'application/problem+json') problems.push(`unrouted ${method} ${path}: ${type}`);
    const body = await response.json();
    const fn = validatorAt('/components/schemas/ProblemDetails');
    if (!fn(body)) problems.push(`unrouted problem body: ${ajv.errorsText(fn.errors)}`);
    return { operation: `(unrouted ${method})`, status: response.status, problems };
  }
  const declared = op.responses[String(response.status)];
  if (!declared) {
    problems.push(`${op.id}: status ${response.status} not declared`);
    return { operation: op.id, status: response.status, problems };
  }
  const resp = deref<Json>(declared);
  for (const [name, header] of Object.entries((resp.headers ?? {}) as Json)) {
    const value = response.headers.get(name);
    if (value === null) problems.push(`${op.id} ${response.status}: header ${name} missing`);
    const pattern = (deref<Json>(header).schema as Json | undefined)?.pattern;
    if (value !== null && typeof pattern === 'string' && !new RegExp(pattern).test(value))
      problems.push(`${op.id} ${response.status}: header ${name} does not match`);
  }
  const content = (resp.content ?? {}) as Json;
  if (!(type in content)) {
    problems.push(`${op.id} ${response.status}: media type ${type} not declared`);
    return { operation: op.id, status: response.status, problems };
  }
  const schemaPointer = `${op.pointer}/responses/${response.status}/content/${type.replaceAll('/', '~1')}/schema`;
  const mediaSchema = (deref<Json>(declared).content as Json)[type] as Json;
  const ref = (declared as Json).$ref;
  const pointer =
    typeof ref === 'string' ? `${ref.slice(1)}/content/${type.replaceAll('/', '~1')}/schema` : schemaPointer;
  const fn = validatorAt(pointer);
  const check = (value: unknown, where: string) => {
    if (!fn(value)) problems.push(`${op.id} ${response.status} ${where}: ${ajv.errorsText(fn.errors)}`);
  };
  const schema = mediaSchema.schema as Json;
  if (type === 'application/x-ndjson') {
    const lines = (await response.text()).split('\n').filter((l) => l !== '');
    if (lines.length === 0) problems.push(`${op.id}: empty NDJSON`);
    for (const [i, line] of lines.entries()) check(JSON.parse(line), `line ${i + 1}`);
  } else if (schema.format === 'binary') {
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) problems.push(`${op.id}: binary body is not a zip (XLSX)`);
  } else if (type.includes('json')) {
    check(await response.json(), 'body');
  } else {
    check(await response.text(), 'body');
  }
  return { operation: op.id, status: response.status, problems };
}

/** A fetch that checks every response against the spec and records what it saw. */
export interface ContractFetch {
  /** Use it as `fetch` (also with the typed client). */
  fetch: (input: Request | string | URL, init?: RequestInit) => Promise<Response>;
  /** Every problem found, by response. */
  readonly failures: string[];
  /** `operationId status` pairs seen. */
  readonly seen: Set<string>;
  /** Responses checked. */
  count: number;
}

/** Creates a {@link ContractFetch}. */
export function contractFetch(): ContractFetch {
  const state: ContractFetch = {
    failures: [],
    seen: new Set(),
    count: 0,
    fetch: async (input, init) => {
      const request = new Request(input, init);
      const response = await fetch(request);
      const checked = await checkResponse(request.method, request.url, response.clone());
      state.count++;
      state.seen.add(`${checked.operation} ${checked.status}`);
      state.failures.push(...checked.problems);
      return response;
    },
  };
  return state;
}
