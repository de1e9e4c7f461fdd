import type { Lang } from './lang';

/** The commands of `rectify`. */
export const COMMANDS = ['validate', 'check', 'report', 'plan', 'serve'] as const;

/** One of the {@link COMMANDS}. */
export type Command = (typeof COMMANDS)[number];

const COMMON_ZH = `通用选项:
  --lang zh-CN|en      输出语言（默认 zh-CN，或取自 LC_ALL / LANG 环境变量）
  --format F           输出格式（见各命令）
  --out FILE, -o FILE  写入文件而不是标准输出
  --quiet, -q          不显示进度条和提示信息
  --help, -h           显示帮助`;

const COMMON_EN = `Common options:
  --lang zh-CN|en      language of the output (default zh-CN, or from LC_ALL / LANG)
  --format F           output format (see each command)
  --out FILE, -o FILE  write to a file instead of standard output
  --quiet, -q          no progress bar, no notes on stderr
  --help, -h           show help`;

const EXIT_ZH = `退出码: 0 无问题；1 有发现（规则不通过或记录有错误）；2 用法或输入有误（文件缺失、格式错误、功能不可用）`;
const EXIT_EN = `Exit codes: 0 clean; 1 findings (a rule failed or a record has an error); 2 bad usage or input (missing or malformed file, feature not available)`;

const INPUTS_ZH = `输入: JSON 数据集、NDJSON（{"header":…} 首行 + 每行 {"kind":…,"record":…}）、CSV/TSV、XLSX，或包含这些文件的文件夹。
      表格按中文表头读取，可用 --kind 指明记录类型（否则按表头识别）；GBK 编码的 CSV 会被自动识别。`;
const INPUTS_EN = `Inputs: JSON datasets, NDJSON ({"header":…} line, then one {"kind":…,"record":…} per line), CSV/TSV, XLSX,
        or folders holding them. Tables are read by their Chinese headers; name the record kind with --kind
        (otherwise it is told from the header); GBK-encoded CSV is detected.`;

const HELP: Record<'main' | Command, Record<Lang, string>> = {
  main: {
    'zh-CN': `rectify — 点题整治工具包命令行

用法: rectify <命令> [选项]

命令:
  validate <路径...>             校验数据文件（数据集、NDJSON、CSV、XLSX、文件夹）
  check <路径...> --as-of 日期    运行规则包，输出发现与指标
  report <报表> <路径...>         生成报表（JSON、Markdown、HTML、CSV、XLSX）
  plan <计划> <路径...>           编制抽查、交叉检查或审计计划
  serve                          启动 HTTP 服务

${COMMON_ZH}
  --version            显示版本

${EXIT_ZH}

查看命令帮助: rectify <命令> --help    English: rectify --help --lang en`,
    en: `rectify — the Rectify Kit command line

Usage: rectify <command> [options]

Commands:
  validate <path...>              validate data files (datasets, NDJSON, CSV, XLSX, folders)
  check <path...> --as-of DATE    run the rule packs; print findings and indicators
  report <report> <path...>       build a report (JSON, Markdown, HTML, CSV, XLSX)
  plan <plan> <path...>           plan sampling, cross-inspection or audits
  serve                           start the HTTP service

${COMMON_EN}
  --version            show the version

${EXIT_EN}

Help on a command: rectify <command> --help    中文: rectify --help --lang zh-CN`,
  },
  validate: {
    'zh-CN': `用法: rectify validate <路径...> [--kind 类型] [--max-issues N] [--format table|json|ndjson|markdown]

按已发布的数据模型校验每个文件（字段、代码表、统一社会信用代码/身份证校验位、日期先后、编号唯一、引用），
列出每个问题的位置（NDJSON 行号、表格行列、JSON 指针）和中英文说明。个人信息一律脱敏。

${INPUTS_ZH}

选项:
  --kind 类型          表格或 JSON 记录数组的记录类型（如 community、constructionProject）
  --max-issues N       每个文件最多列出的问题数（默认 1000；计数始终完整）
  --format F           table（默认）、json、ndjson、markdown

${COMMON_ZH}

${EXIT_ZH}

示例:
  rectify validate data/quanzhou-2023.json
  rectify validate 小区信息.xlsx --kind community
  rectify validate exports/ --format json --out validation.json`,
    en: `Usage: rectify validate <path...> [--kind KIND] [--max-issues N] [--format table|json|ndjson|markdown]

Validates every file against the published domain model (fields, codelists, USCC and resident ID check
characters, date order, unique ids, references) and lists each issue with its place (NDJSON line, table row
and column, JSON pointer) and a message in Chinese or English. Personal data is always masked.

${INPUTS_EN}

Options:
  --kind KIND          record kind of a table or a JSON list of records (community, constructionProject, …)
  --max-issues N       issues listed per file at most (default 1000; counts stay complete)
  --format F           table (default), json, ndjson, markdown

${COMMON_EN}

${EXIT_EN}

Examples:
  rectify validate data/quanzhou-2023.json
  rectify validate communities.xlsx --kind community --lang en
  rectify validate exports/ --format json --out validation.json`,
  },
  check: {
    'zh-CN': `用法: rectify check <路径...> --as-of YYYY-MM-DD [--pack public-income|wages]... [--param 规则.参数=值]...
                     [--year 年度] [--lenient] [--format table|json|ndjson|markdown]

运行规则包（check），输出不通过、待到期和无法判定的发现，以及整治指标（市、县、街道分解）。
截止日期按 Asia/Shanghai 从 --as-of 计算，不读取系统时钟。输入先经校验：有错误时退出码为 2（--lenient 仍然检查）。
单个 NDJSON 文件若分段写入（每段以 {"header":…} 行开始、自成一体），逐段检查，内存占用与段大小相当。

${INPUTS_ZH}

选项:
  --as-of 日期         判定日期（必填）
  --pack 包            public-income（公共收益）或 wages（工程款和农民工工资），可重复；默认两者
  --param R.n=v        覆盖规则或指标参数，如 --param PI-COMPLAINT-HANDLING.acceptDays=10，可重复
  --year 年度          无数据集信息时的整治年度（默认取 --as-of 的年份）
  --kind 类型          表格的记录类型
  --lenient            输入有校验错误时仍然检查
  --format F           table（默认）、json、ndjson、markdown

${COMMON_ZH}

${EXIT_ZH}

示例:
  rectify check data/quanzhou-2023.json --as-of 2023-11-30
  rectify check city.ndjson --as-of 2024-01-20 --pack wages --format ndjson --out findings.ndjson
  rectify check exports/ --as-of 2023-11-30 --pack public-income --format markdown`,
    en: `Usage: rectify check <path...> --as-of YYYY-MM-DD [--pack public-income|wages]... [--param RULE.name=value]...
                     [--year YEAR] [--lenient] [--format table|json|ndjson|markdown]

Runs the rule packs (check) and prints the failed, pending and unknown findings and the campaign indicators
(city, county, street breakdown). Deadlines are computed in Asia/Shanghai from --as-of; the clock is never
read. Inputs are validated first: with errors the exit code is 2 (--lenient checks anyway). A single NDJSON
file written in parts (each starting with a {"header":…} line and self-contained) is checked part by part,
in memory proportional to a part.

${INPUTS_EN}

Options:
  --as-of DATE         the as-of date (required)
  --pack PACK          public-income or wages, repeatable; default both
  --param R.n=v        override a rule or indicator parameter, e.g. --param PI-COMPLAINT-HANDLING.acceptDays=10; repeatable
  --year YEAR          campaign year of inputs without a dataset header (default: the year of --as-of)
  --kind KIND          record kind of tables
  --lenient            check even when the inputs have validation errors
  --format F           table (default), json, ndjson, markdown

${COMMON_EN}

${EXIT_EN}

Examples:
  rectify check data/quanzhou-2023.json --as-of 2023-11-30
  rectify check city.ndjson --as-of 2024-01-20 --pack wages --format ndjson --out findings.ndjson
  rectify check exports/ --as-of 2023-11-30 --pack public-income --format markdown --lang en`,
  },
  report: {
    'zh-CN': `用法: rectify report <报表> <路径...> --as-of YYYY-MM-DD --period 期间 [--division 区划代码]
                      [--seed 种子] [--set 参数=值]... [--format json|markdown|html|csv|xlsx] [--out 文件]

用 @rectify/reports 生成报表：先运行规则包，再按报表目录中的模板汇总并渲染。
格式取 --format，否则按 --out 的扩展名（.xlsx、.html、.md、.csv、.json），否则用报表的常用格式。
XLSX 不能输出到终端，请用 --out。运行 rectify report --list 查看报表、期间类型和参数（* 为必填）。

选项:
  --as-of 日期         判定日期（必填）
  --period 期间        月份 2023-07、季度 2023Q2 或年度 2023（按报表要求）
  --division 代码      报表所属区划（市 350500、县、街道）；公示类报表可省略
  --seed 种子          抽查、交叉检查报表的随机种子
  --set 名称=值        报表自身的参数，如 --set communityId=CM000001，可重复
  --pack 包、--param R.n=v、--year 年度、--kind 类型、--lenient  同 check
  --list               列出可用报表
  --format F           json、markdown、html、csv、xlsx

${COMMON_ZH}

${EXIT_ZH}

示例:
  rectify report --list
  rectify report pi-monthly-package data/ --as-of 2023-08-23 --division 350503 --period 2023-07 --out 7月报送.xlsx
  rectify report disclosure-notice data/ --as-of 2023-10-20 --period 2023Q3 --set communityId=CM000001 --format html --out 公示.html`,
    en: `Usage: rectify report <report> <path...> --as-of YYYY-MM-DD --period PERIOD [--division CODE]
                      [--seed SEED] [--set name=value]... [--format json|markdown|html|csv|xlsx] [--out FILE]

Builds a report with @rectify/reports: runs the rule packs, then the report's builder from the registry,
then renders it. The format is --format, else the ending of --out (.xlsx, .html, .md, .csv, .json), else the
report's usual format. XLSX cannot go to a terminal: use --out. rectify report --list shows the reports,
their period kind and parameters (* = required).

Options:
  --as-of DATE         the as-of date (required)
  --period PERIOD      month 2023-07, quarter 2023Q2 or year 2023, as the report needs
  --division CODE      division of the report (city 350500, a county, a street); notices may omit it
  --seed SEED          seed of the sampling and cross-inspection reports
  --set name=value     the report's own parameters, e.g. --set communityId=CM000001; repeatable
  --pack, --param R.n=v, --year, --kind, --lenient   as for check
  --list               list the reports
  --format F           json, markdown, html, csv, xlsx

${COMMON_EN}

${EXIT_EN}

Examples:
  rectify report --list --lang en
  rectify report pi-monthly-package data/ --as-of 2023-08-23 --division 350503 --period 2023-07 --out july.xlsx
  rectify report disclosure-notice data/ --as-of 2023-10-20 --period 2023Q3 --set communityId=CM000001 --out notice.html`,
  },
  plan: {
    'zh-CN': `用法: rectify plan sampling|cross-inspection|audits <路径...> [选项]

  sampling           实地抽查核实计划（“双随机”，PI.M2）：--year 年度 --seed 种子 [--county 县区代码]
                     [--share 1/2] [--inspectors 2]
  cross-inspection   交叉检查分组（PI.M3）：--quarter 2023Q3 --seed 种子 [--level county|street|committee]
                     [--within city|county|street]
  audits             第三方审计计划（PI.M5）：--year 年度 [--small-income-fen N] [--small-area N]
                     [--bundle-max N] [--objection-share-bp N]

同样的数据、选项和种子得到同样的计划。

选项:
  --format F           table（默认）、json、markdown
  --kind 类型          表格的记录类型

${COMMON_ZH}

${EXIT_ZH}

示例:
  rectify plan sampling data/quanzhou-2023.json --year 2023 --seed 2023Q3 --county 350503
  rectify plan cross-inspection data/ --quarter 2023Q3 --level street --seed 7 --format json`,
    en: `Usage: rectify plan sampling|cross-inspection|audits <path...> [options]

  sampling           on-site sampling verification (double random, PI.M2): --year YEAR --seed SEED
                     [--county CODE] [--share 1/2] [--inspectors 2]
  cross-inspection   cross-inspection groups (PI.M3): --quarter 2023Q3 --seed SEED
                     [--level county|street|committee] [--within city|county|street]
  audits             third-party audits (PI.M5): --year YEAR [--small-income-fen N] [--small-area N]
                     [--bundle-max N] [--objection-share-bp N]

The same data, options and seed give the same plan.

Options:
  --format F           table (default), json, markdown
  --kind KIND          record kind of tables

${COMMON_EN}

${EXIT_EN}

Examples:
  rectify plan sampling data/quanzhou-2023.json --year 2023 --seed 2023Q3 --county 350503
  rectify plan cross-inspection data/ --quarter 2023Q3 --level street --seed 7 --format json`,
  },
  serve: {
    'zh-CN': `用法: rectify serve [--port 8080] [--host 127.0.0.1] [--keys keys.json]

启动 @rectify/service HTTP 服务（OpenAPI 3.1 接口），按 Ctrl+C 停止。每个请求在标准输出写一行 JSON 日志。
密钥文件为 JSON 列表 [{"key":"至少16位","role":"city|county|street|vendor","divisionCode":"350503"}]，
规定每个密钥的角色和区划范围；不给出时，除 /v1/health 外的请求都被拒绝。

选项:
  --port 端口          默认 8080
  --host 地址          默认 127.0.0.1（仅本机）
  --keys 文件          API 密钥文件（JSON）

${COMMON_ZH}

${EXIT_ZH}`,
    en: `Usage: rectify serve [--port 8080] [--host 127.0.0.1] [--keys keys.json]

Starts the @rectify/service HTTP service (the OpenAPI 3.1 contract); Ctrl+C stops it. One JSON log line per
request goes to stdout. The keys file is a JSON list [{"key":"16+ chars","role":"city|county|street|vendor",
"divisionCode":"350503"}] giving each key a role and a division scope; without it every request but
/v1/health is refused.

Options:
  --port PORT          default 8080
  --host HOST          default 127.0.0.1 (this machine only)
  --keys FILE          API keys file (JSON)

${COMMON_EN}

${EXIT_EN}`,
  },
};

/** The help text of the command line (`main`) or of a command, in a language. */
export function helpText(topic: 'main' | Command, lang: Lang): string {
  return HELP[topic][lang];
}
