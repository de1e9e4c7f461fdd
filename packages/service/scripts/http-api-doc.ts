// The HTTP API reference page (docs/reference/http-api.md), generated from openapi.yaml.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

type Operation = {
  summary?: string;
  description?: string;
  operationId?: string;
  tags?: string[];
  requestBody?: { content?: Record<string, unknown> };
  responses?: Record<string, { description?: string; content?: Record<string, unknown> }>;
};

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ').trim();

/** Markdown of every operation of the contract: method, path, summary, request media types and responses. */
export function httpApiMarkdown(specText: string): string {
  const spec = parse(specText) as {
    info: { title: string; version: string };
    paths: Record<string, Record<string, Operation>>;
  };
  const lines = [
    '# HTTP API reference',
    '',
    `Generated from \`packages/service/openapi.yaml\` (${spec.info.title} ${spec.info.version}) by`,
    '`npm run generate:docs -w @rectify/service`; do not edit. The contract itself is the source of truth; see',
    '[the HTTP service guide](../guides/http-service.md) for keys, scopes and examples.',
    '',
    '| method | path | what it does | request | responses |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const request = Object.keys(op.requestBody?.content ?? {}).join(', ') || '—';
      const responses = Object.entries(op.responses ?? {})
        .map(([status, r]) => `${status}${r.content ? ` (${Object.keys(r.content).join(', ')})` : ''}`)
        .join('; ');
      lines.push(
        `| ${method.toUpperCase()} | \`${path}\` | ${cell(op.summary ?? op.operationId ?? '')} | ${cell(request)} | ${cell(responses)} |`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Where the page is written. */
export const HTTP_API_DOC = join(import.meta.dirname, '../../../docs/reference/http-api.md');
/** The contract. */
export const OPENAPI_FILE = join(import.meta.dirname, '../openapi.yaml');

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const { writeFileSync } = await import('node:fs');
  writeFileSync(HTTP_API_DOC, httpApiMarkdown(readFileSync(OPENAPI_FILE, 'utf8')));
  process.stdout.write(`wrote ${HTTP_API_DOC}\n`);
}
