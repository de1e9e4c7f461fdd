// The app endpoints under /app: page data for the web app, report downloads and spreadsheet uploads. Everything
// reads the stored dataset; checks are cached per as-of date in AppData.
import type { Bilingual } from '@rectify/schemas';
import { type Context, Hono } from 'hono';
import type { AppError, MetaResponse } from '../shared/api';
import { type AppData, isCivilDate, NoDatasetError } from './app-data';
import { buildReportFile, ReportRequestError, reportListings } from './reports';
import { seedInfo } from './seed';
import { countRecords, loadDatasetHeader } from './storage/dataset-store';
import type { Storage } from './storage/storage';
import {
  getUpload,
  isUploadKind,
  listUploads,
  MAX_UPLOAD_BYTES,
  processUpload,
  UPLOAD_KINDS,
  UPLOAD_TABLES,
} from './uploads';
import {
  CITY_CODE,
  communityView,
  countyCodes,
  dashboardView,
  divisionView,
  NotFoundError,
  projectView,
  samplingView,
  tasksView,
} from './views';

/** What the app routes need. */
export interface AppRoutesOptions {
  storage: Storage;
  data: AppData;
  /** The key the web app calls /v1 with; given to the page by /app/meta. */
  demoKey: string;
}

class BadRequest extends Error {
  constructor(
    readonly code: string,
    readonly bilingual: Bilingual,
  ) {
    super(bilingual.en);
  }
}

const problem = (c: Context, status: 400 | 404 | 413 | 500 | 503, code: string, message: Bilingual) =>
  c.json<AppError>({ error: { code, message } }, status);

/** The /app endpoints as a Hono app. */
export function appRoutes(options: AppRoutesOptions): Hono {
  const { storage, data, demoKey } = options;
  const app = new Hono();

  const asOfOf = async (c: Context): Promise<string> => {
    const given = c.req.query('asOf');
    if (given === undefined || given === '') {
      const header = await loadDatasetHeader(storage);
      if (!header) throw new NoDatasetError('No dataset is stored yet');
      return header.generatedAt.slice(0, 10);
    }
    if (!isCivilDate(given))
      throw new BadRequest('INVALID_AS_OF', {
        'zh-CN': 'asOf 须为 YYYY-MM-DD 日期',
        en: 'asOf must be a date YYYY-MM-DD',
      });
    return given;
  };

  app.onError((error, c) => {
    if (error instanceof BadRequest) return problem(c, 400, error.code, error.bilingual);
    if (error instanceof ReportRequestError)
      return problem(c, 400, 'INVALID_REPORT_REQUEST', {
        'zh-CN': `报表请求有误：${error.message}`,
        en: error.message,
      });
    if (error instanceof NotFoundError)
      return problem(c, 404, 'NOT_FOUND', { 'zh-CN': `未找到：${error.message}`, en: error.message });
    if (error instanceof NoDatasetError)
      return problem(c, 503, 'NO_DATASET', { 'zh-CN': '数据尚未生成', en: 'No dataset is stored yet' });
    return problem(c, 500, 'INTERNAL', { 'zh-CN': '服务器内部错误', en: 'Internal error' });
  });

  app.get('/app/health', async (c) => {
    await storage.query('select 1');
    return c.json({ ok: true, engine: storage.engine });
  });

  app.get('/app/meta', async (c) => {
    const loaded = await data.dataset();
    const { dataset } = loaded;
    const [byKind, seed] = await Promise.all([countRecords(storage), seedInfo(storage)]);
    const asOf = dataset.generatedAt.slice(0, 10);
    const body: MetaResponse = {
      engine: storage.engine,
      asOf,
      campaignYear: dataset.campaignYear,
      generatedAt: dataset.generatedAt,
      ...(dataset.source ? { source: dataset.source } : {}),
      records: Object.values(byKind).reduce((n, v) => n + (v ?? 0), 0),
      byKind: byKind as Record<string, number>,
      ...(seed
        ? {
            seed: {
              seed: seed.seed,
              communities: seed.communities,
              projects: seed.projects,
              plantRate: seed.plantRate,
              planted: seed.planted,
            },
          }
        : {}),
      city: { code: CITY_CODE, name: loaded.divisions.get(CITY_CODE)?.name ?? '泉州市', level: 'city' },
      counties: countyCodes(loaded).map((code) => ({
        code,
        name: loaded.divisions.get(code)?.name ?? code,
        level: 'county' as const,
      })),
      demoKey,
      reports: reportListings(asOf, seed?.seed ?? 'quanzhou-demo', dataset.records.community?.[0]?.id),
    };
    return c.json(body);
  });

  app.get('/app/dashboard', async (c) => {
    const asOf = await asOfOf(c);
    const [loaded, checked] = await Promise.all([data.dataset(), data.check(asOf)]);
    return c.json(await dashboardView(storage, loaded, checked));
  });

  app.get('/app/divisions/:code', async (c) => {
    const asOf = await asOfOf(c);
    const [loaded, checked] = await Promise.all([data.dataset(), data.check(asOf)]);
    return c.json(await divisionView(storage, loaded, checked, c.req.param('code')));
  });

  app.get('/app/communities/:id', async (c) => {
    const asOf = await asOfOf(c);
    const [loaded, checked] = await Promise.all([data.dataset(), data.check(asOf)]);
    return c.json(await communityView(storage, loaded, checked, c.req.param('id')));
  });

  app.get('/app/projects/:id', async (c) => {
    const asOf = await asOfOf(c);
    const [loaded, checked] = await Promise.all([data.dataset(), data.check(asOf)]);
    return c.json(await projectView(storage, loaded, checked, c.req.param('id')));
  });

  app.get('/app/tasks', async (c) => {
    const asOf = await asOfOf(c);
    const loaded = await data.dataset();
    const divisionCode = c.req.query('divisionCode') || CITY_CODE;
    if (divisionCode !== CITY_CODE && !countyCodes(loaded).includes(divisionCode))
      throw new BadRequest('INVALID_DIVISION', {
        'zh-CN': 'divisionCode 须为泉州市或其下辖县（市、区）代码',
        en: 'divisionCode must be Quanzhou or one of its counties',
      });
    return c.json(await tasksView(storage, loaded, asOf, divisionCode));
  });

  app.get('/app/sampling', async (c) => {
    const loaded = await data.dataset();
    const yearText = c.req.query('year') || String(loaded.dataset.campaignYear);
    if (!/^[0-9]{4}$/.test(yearText))
      throw new BadRequest('INVALID_YEAR', { 'zh-CN': 'year 须为四位年份', en: 'year must be YYYY' });
    const countyCode = c.req.query('countyCode') || undefined;
    if (countyCode !== undefined && !countyCodes(loaded).includes(countyCode))
      throw new BadRequest('INVALID_DIVISION', {
        'zh-CN': '未知的县（市、区）代码',
        en: 'Unknown county code',
      });
    const seed = c.req.query('seed') || `${(await seedInfo(storage))?.seed ?? 'quanzhou-demo'}-${yearText}`;
    return c.json(samplingView(loaded, Number(yearText), seed, countyCode));
  });

  app.get('/app/reports/:id', async (c) => {
    const asOf = await asOfOf(c);
    const [loaded, checked] = await Promise.all([data.dataset(), data.check(asOf)]);
    const { format = 'xlsx', period, divisionCode = CITY_CODE, lang, asOf: _a, ...params } = c.req.query();
    const file = await buildReportFile(loaded.dataset, checked.result, {
      id: c.req.param('id'),
      format,
      ...(period === undefined ? {} : { period }),
      divisionCode,
      lang: lang === 'en' ? 'en' : 'zh-CN',
      asOf,
      params,
    });
    const inline = format === 'html';
    const ascii = file.fileName.replace(/[^A-Za-z0-9._-]/g, '_');
    return new Response(file.body as string | Uint8Array<ArrayBuffer>, {
      headers: {
        'content-type': file.mediaType,
        'content-disposition': `${inline ? 'inline' : 'attachment'}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        'cache-control': 'no-store',
      },
    });
  });

  app.get('/app/uploads', async (c) =>
    c.json({ tables: UPLOAD_TABLES, uploads: await listUploads(storage) }),
  );

  app.get('/app/uploads/:id', async (c) => {
    const upload = await getUpload(storage, c.req.param('id'));
    if (!upload) throw new NotFoundError(`No upload ${c.req.param('id')}`);
    return c.json(upload);
  });

  app.post('/app/uploads', async (c) => {
    const kind = c.req.query('kind') ?? '';
    if (!isUploadKind(kind))
      throw new BadRequest('INVALID_KIND', {
        'zh-CN': `kind 须为以下之一：${UPLOAD_KINDS.join('、')}`,
        en: `kind must be one of ${UPLOAD_KINDS.join(', ')}`,
      });
    const declared = Number(c.req.header('content-length') ?? '0');
    if (declared > MAX_UPLOAD_BYTES)
      return problem(c, 413, 'TOO_LARGE', { 'zh-CN': '文件超过 10 MB', en: 'The file is larger than 10 MB' });
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    if (bytes.byteLength > MAX_UPLOAD_BYTES)
      return problem(c, 413, 'TOO_LARGE', { 'zh-CN': '文件超过 10 MB', en: 'The file is larger than 10 MB' });
    let fileName = 'upload';
    try {
      fileName = decodeURIComponent(c.req.header('x-file-name') ?? 'upload').slice(0, 200) || 'upload';
    } catch {
      // A malformed name is not worth refusing the file for.
    }
    const asOf = await asOfOf(c);
    const loaded = await data.dataset();
    return c.json(await processUpload(storage, loaded.dataset, asOf, { fileName, kind, bytes }), 201);
  });

  app.all('/app/*', (c) => problem(c, 404, 'NOT_FOUND', { 'zh-CN': '没有这个接口', en: 'No such endpoint' }));
  return app;
}
