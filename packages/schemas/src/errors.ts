/** A message in both languages of the kit. */
export interface Bilingual {
  /** Simplified Chinese (the default language of the kit). */
  readonly 'zh-CN': string;
  /** English. */
  readonly en: string;
}

/** The entry of an issue code in the catalog. */
export interface IssueCodeEntry {
  /** Default severity; identifier checks that are only advisory are warnings. */
  readonly severity: 'error' | 'warning';
  /** Message template; `{field}` and other `{param}` placeholders are filled from the issue's params. */
  readonly template: Bilingual;
  /** What it means and how to fix it. */
  readonly description: string;
}

/**
 * The catalog of validation issue codes. Codes are stable forever: a renamed code keeps an entry in
 * {@link RENAMED_ISSUE_CODES}. `docs/reference/error-codes.md` is generated from this map.
 */
export const ISSUE_CODES = {
  SCHEMA_REQUIRED: {
    severity: 'error',
    template: { 'zh-CN': '缺少必填字段“{field}”', en: 'Required field "{field}" is missing' },
    description: 'A required field is absent.',
  },
  SCHEMA_TYPE: {
    severity: 'error',
    template: {
      'zh-CN': '字段“{field}”类型应为 {expected}',
      en: 'Field "{field}" must be of type {expected}',
    },
    description: 'Wrong JSON type, e.g. a string where an integer amount in fen is expected.',
  },
  SCHEMA_ENUM: {
    severity: 'error',
    template: {
      'zh-CN': '字段“{field}”的取值不在代码表中（可选：{allowed}）',
      en: 'Field "{field}" is not one of the codes ({allowed})',
    },
    description: 'The value is not in the codelist of the field.',
  },
  SCHEMA_PATTERN: {
    severity: 'error',
    template: { 'zh-CN': '字段“{field}”格式不正确', en: 'Field "{field}" has the wrong format' },
    description:
      'The text does not match the documented pattern (dates YYYY-MM-DD, quarters 2023Q2, ids, codes).',
  },
  SCHEMA_FORMAT: {
    severity: 'error',
    template: { 'zh-CN': '字段“{field}”不是有效的{format}', en: 'Field "{field}" is not a valid {format}' },
    description: 'A date that does not exist (2023-02-30) or an instant without an offset.',
  },
  SCHEMA_RANGE: {
    severity: 'error',
    template: {
      'zh-CN': '字段“{field}”超出允许范围（{limit}）',
      en: 'Field "{field}" is out of range ({limit})',
    },
    description:
      'Number below its minimum or above its maximum; money is integer fen and not negative unless a balance.',
  },
  SCHEMA_LENGTH: {
    severity: 'error',
    template: {
      'zh-CN': '字段“{field}”长度不符合要求（{limit}）',
      en: 'Field "{field}" has the wrong length ({limit})',
    },
    description: 'Empty or over-long text.',
  },
  SCHEMA_ITEMS: {
    severity: 'error',
    template: {
      'zh-CN': '列表“{field}”的条目数不符合要求（{limit}）',
      en: 'List "{field}" has the wrong number of items ({limit})',
    },
    description: 'A list that must not be empty is empty.',
  },
  SCHEMA_UNKNOWN_FIELD: {
    severity: 'error',
    template: {
      'zh-CN': '未知字段“{field}”（扩展数据请放在 ext 中）',
      en: 'Unknown field "{field}" (put host extensions in ext)',
    },
    description: 'A field the model does not define; usually a typo. Host-specific data belongs in `ext`.',
  },
  SCHEMA_ANY_OF: {
    severity: 'error',
    template: {
      'zh-CN': '字段“{field}”不符合任何允许的形式',
      en: 'Field "{field}" matches none of the allowed forms',
    },
    description: 'E.g. a posting time that is neither a civil date nor an instant with offset.',
  },
  SCHEMA_INVALID: {
    severity: 'error',
    template: {
      'zh-CN': '字段“{field}”不符合数据模型（{keyword}）',
      en: 'Field "{field}" does not fit the model ({keyword})',
    },
    description: 'Any other schema violation.',
  },
  USCC_FORMAT: {
    severity: 'error',
    template: {
      'zh-CN': '“{field}”不是18位统一社会信用代码',
      en: '"{field}" is not an 18-character Unified Social Credit Code',
    },
    description: 'GB 32100-2015 format.',
  },
  USCC_CHECK_CHARACTER: {
    severity: 'error',
    template: {
      'zh-CN': '“{field}”统一社会信用代码校验码错误',
      en: '"{field}": the USCC check character is wrong',
    },
    description: 'The 18th character does not match GB 32100-2015 (likely a typo).',
  },
  USCC_ORGANISATION_CODE: {
    severity: 'error',
    template: {
      'zh-CN': '“{field}”中的组织机构代码校验码错误',
      en: '"{field}": the embedded organisation code does not check',
    },
    description: 'Characters 9-17 are an organisation code (GB 11714) whose check character is wrong.',
  },
  RESIDENT_ID_FORMAT: {
    severity: 'error',
    template: {
      'zh-CN': '“{field}”不是18位居民身份号码',
      en: '"{field}" is not an 18-character resident ID number',
    },
    description: 'GB 11643-1999 format.',
  },
  RESIDENT_ID_CHECK_CHARACTER: {
    severity: 'error',
    template: {
      'zh-CN': '“{field}”居民身份号码校验码错误',
      en: '"{field}": the resident ID check character is wrong',
    },
    description: 'MOD 11-2 check fails (likely a typo).',
  },
  RESIDENT_ID_BIRTH_DATE: {
    severity: 'error',
    template: {
      'zh-CN': '“{field}”居民身份号码中的出生日期无效',
      en: '"{field}": the birth date in the resident ID is not valid',
    },
    description: 'Characters 7-14 are not a real date.',
  },
  BANK_CARD_FORMAT: {
    severity: 'warning',
    template: { 'zh-CN': '“{field}”银行账号格式异常', en: '"{field}": unusual bank account number format' },
    description: 'Not 12-19 digits; many corporate accounts are longer, so only a warning.',
  },
  BANK_CARD_LUHN: {
    severity: 'warning',
    template: {
      'zh-CN': '“{field}”银行卡号未通过 Luhn 校验',
      en: '"{field}": the card number fails the Luhn check',
    },
    description: 'Only a warning: many Chinese corporate accounts are not Luhn numbers.',
  },
  DATE_ORDER: {
    severity: 'error',
    template: { 'zh-CN': '“{field}”早于“{after}”', en: '"{field}" is earlier than "{after}"' },
    description: 'An end before its start, e.g. a notice taken down before it was posted.',
  },
  COUNT_EXCEEDS_TOTAL: {
    severity: 'error',
    template: { 'zh-CN': '“{field}”大于“{total}”', en: '"{field}" exceeds "{total}"' },
    description: 'A part larger than its whole, e.g. approving owners above participating owners.',
  },
  SUBJECT_MISSING: {
    severity: 'error',
    template: {
      'zh-CN': '记录未指明对象（需要 {fields} 之一）',
      en: 'The record names no subject (one of {fields} is needed)',
    },
    description: 'An inspection or problem must name a community, project or enterprise.',
  },
  DUPLICATE_ID: {
    severity: 'error',
    template: { 'zh-CN': '编号“{id}”在 {kind} 中重复', en: 'Id "{id}" is repeated in {kind}' },
    description: 'Two records of the same kind share an id; neither is dropped, the host must resolve it.',
  },
  REFERENCE_UNKNOWN: {
    severity: 'warning',
    template: {
      'zh-CN': '“{field}”引用的 {target}“{id}”不在数据集中',
      en: '"{field}" refers to {target} "{id}" not in the dataset',
    },
    description:
      'A reference to a record the dataset does not contain (checked only when the dataset has records of that kind).',
  },
  KIND_UNKNOWN: {
    severity: 'error',
    template: { 'zh-CN': '未知的记录类型“{kind}”', en: 'Unknown record kind "{kind}"' },
    description: 'validate() was asked for a kind the model does not define.',
  },
  TOO_MANY_ISSUES: {
    severity: 'warning',
    template: {
      'zh-CN': '问题过多，仅列出前 {limit} 条',
      en: 'Too many issues; only the first {limit} are listed',
    },
    description: 'The report was truncated at maxIssues; counts still cover everything.',
  },
} as const satisfies Record<string, IssueCodeEntry>;

/** A stable validation issue code. */
export type IssueCode = keyof typeof ISSUE_CODES;

/** Codes that were renamed, old → new. Empty until a code is renamed; old codes stay recognisable forever. */
export const RENAMED_ISSUE_CODES: Readonly<Record<string, IssueCode>> = {};

/** Fills a bilingual template with params. Unknown placeholders are left as they are. */
export function formatMessage(template: Bilingual, params: Readonly<Record<string, unknown>>): Bilingual {
  return { 'zh-CN': fill(template['zh-CN'], params), en: fill(template.en, params) };
}

// A template split once into literal text (even indexes) and placeholder names (odd indexes): a rule check
// formats tens of thousands of findings from a few dozen templates.
const COMPILED = new Map<string, readonly string[]>();
function compile(text: string): readonly string[] {
  let parts = COMPILED.get(text);
  if (parts === undefined) {
    parts = text.split(/\{([a-zA-Z]+)\}/);
    if (COMPILED.size >= 10_000) COMPILED.clear();
    COMPILED.set(text, parts);
  }
  return parts;
}

function fill(text: string, params: Readonly<Record<string, unknown>>): string {
  const parts = compile(text);
  if (parts.length === 1) return text;
  let out = parts[0] as string;
  for (let i = 1; i < parts.length; i += 2) {
    const key = parts[i] as string;
    out += key in params ? String(params[key]) : `{${key}}`;
    out += parts[i + 1] as string;
  }
  return out;
}

/** Thrown only for misuse of the API (never for bad data, which gets a report). */
export class SchemasError extends Error {
  override readonly name = 'SchemasError';
  /** Stable code of the misuse. */
  readonly code: 'KIND_UNKNOWN' | 'INVALID_ARGUMENT';
  constructor(code: 'KIND_UNKNOWN' | 'INVALID_ARGUMENT', message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}
