import type { Bilingual } from '@rectify/schemas';
import type { components } from '../generated/openapi.generated';

/** An RFC 9457 problem as the service answers it (`application/problem+json`). */
export type ProblemDetails = components['schemas']['ProblemDetails'];

/** A stable problem code. */
export type ProblemCode = components['schemas']['ProblemCode'];

/** The catalog entry of a problem code. */
export interface ProblemCodeEntry {
  /** The HTTP status it is answered with. */
  readonly status: number;
  /** Short English title (the RFC 9457 `title`). */
  readonly title: string;
  /** The message in both languages. */
  readonly message: Bilingual;
}

/**
 * Every problem the service answers, by its stable code. Codes are stable forever; `docs/guides/http-service.md`
 * lists them. Messages never carry request data, so they can hold no personal data.
 */
export const PROBLEM_CODES: Readonly<Record<ProblemCode, ProblemCodeEntry>> = {
  API_KEY_MISSING: {
    status: 401,
    title: 'API key missing',
    message: {
      'zh-CN': '缺少 API 密钥：请在 Authorization: Bearer 或 X-API-Key 请求头中提供',
      en: 'No API key: send it as Authorization: Bearer <key> or X-API-Key',
    },
  },
  API_KEY_INVALID: {
    status: 401,
    title: 'API key not recognised',
    message: { 'zh-CN': 'API 密钥无效', en: 'The API key is not recognised' },
  },
  ROLE_FORBIDDEN: {
    status: 403,
    title: 'Operation not allowed for this role',
    message: { 'zh-CN': '该密钥的角色无权调用此接口', en: "The key's role may not call this operation" },
  },
  OUT_OF_SCOPE: {
    status: 403,
    title: 'Records outside the key’s division',
    message: {
      'zh-CN': '请求中有超出该密钥辖区的记录，已拒绝整个请求（未做任何处理）',
      en: "The request holds records outside the key's division; it was refused as a whole",
    },
  },
  NOT_FOUND: {
    status: 404,
    title: 'Not found',
    message: { 'zh-CN': '接口不存在', en: 'No such endpoint' },
  },
  KIND_UNKNOWN: {
    status: 404,
    title: 'Unknown record kind',
    message: { 'zh-CN': '未知的记录类型', en: 'Unknown record kind' },
  },
  REPORT_UNKNOWN: {
    status: 404,
    title: 'Unknown report',
    message: { 'zh-CN': '未知的报表', en: 'Unknown report' },
  },
  METHOD_NOT_ALLOWED: {
    status: 405,
    title: 'Method not allowed',
    message: { 'zh-CN': '该接口不支持此请求方法', en: 'This endpoint does not take this method' },
  },
  NOT_ACCEPTABLE: {
    status: 406,
    title: 'Not acceptable',
    message: {
      'zh-CN': 'Accept 请求头要求的格式本接口无法提供',
      en: 'The Accept header names no format this endpoint produces',
    },
  },
  BODY_TOO_LARGE: {
    status: 413,
    title: 'Body too large',
    message: {
      'zh-CN': '请求体超过服务允许的大小',
      en: 'The request body is larger than the service accepts',
    },
  },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    title: 'Unsupported media type',
    message: {
      'zh-CN': '不支持该 Content-Type（JSON 须为 UTF-8 编码）',
      en: 'This Content-Type is not accepted here (JSON must be UTF-8)',
    },
  },
  MALFORMED_JSON: {
    status: 400,
    title: 'Malformed JSON',
    message: { 'zh-CN': '请求体不是有效的 JSON', en: 'The request body is not valid JSON' },
  },
  MALFORMED_NDJSON: {
    status: 400,
    title: 'Malformed NDJSON',
    message: {
      'zh-CN': 'NDJSON 请求体格式不正确：首行为头部，其余每行为一条 {kind, record}',
      en: 'Malformed NDJSON: a header line first, then one {kind, record} per line',
    },
  },
  INVALID_REQUEST: {
    status: 400,
    title: 'Invalid request',
    message: { 'zh-CN': '请求不符合接口约定', en: 'The request does not follow the contract' },
  },
  INVALID_OPTION: {
    status: 400,
    title: 'Invalid option',
    message: { 'zh-CN': '选项或参数取值无效', en: 'An option or parameter has an invalid value' },
  },
  DATASET_INVALID: {
    status: 422,
    title: 'Dataset invalid',
    message: {
      'zh-CN': '数据集未通过校验，请先修正 validation 中列出的问题',
      en: 'The dataset does not validate; fix the issues listed in validation first',
    },
  },
  INTERNAL: {
    status: 500,
    title: 'Internal error',
    message: {
      'zh-CN': '服务内部错误，请联系管理员并提供请求编号',
      en: 'Internal error; quote the request id to the operator',
    },
  },
};

/** The optional members a problem may carry besides the standard ones. */
export type ProblemExtras = Partial<
  Pick<
    ProblemDetails,
    'detail' | 'errors' | 'validation' | 'outOfScope' | 'limitBytes' | 'accepted' | 'allowed'
  >
>;

/** Thrown inside the service's handlers to answer with a problem; the error handler renders it. */
export class HttpProblem extends Error {
  override readonly name = 'HttpProblem';
  /** The problem code. */
  readonly code: ProblemCode;
  /** Extra members of the problem body. */
  readonly extras: ProblemExtras;
  /** Extra response headers (`Allow`, `WWW-Authenticate`). */
  readonly headers: Readonly<Record<string, string>>;
  constructor(code: ProblemCode, extras: ProblemExtras = {}, headers: Record<string, string> = {}) {
    super(extras.detail ?? PROBLEM_CODES[code].title);
    this.code = code;
    this.extras = extras;
    this.headers = headers;
  }
}

const kebab = (code: string) => code.toLowerCase().replaceAll('_', '-');

/** The problem body of a code. */
export function problemBody(
  code: ProblemCode,
  requestId: string,
  instance: string,
  extras: ProblemExtras = {},
): ProblemDetails {
  const entry = PROBLEM_CODES[code];
  return {
    type: `https://rectify-kit.org/problems/${kebab(code)}`,
    title: entry.title,
    status: entry.status,
    ...(extras.detail === undefined ? {} : { detail: extras.detail }),
    instance,
    code,
    message: entry.message,
    requestId,
    ...Object.fromEntries(Object.entries(extras).filter(([k, v]) => k !== 'detail' && v !== undefined)),
  };
}
