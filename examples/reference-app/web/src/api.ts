// Fetching the /app endpoints: a hook with loading and error states, aborted when the page changes.
import { useCallback, useEffect, useState } from 'react';
import type { AppError } from '../../shared/api';

/** The state of a request. */
export interface ApiState<T> {
  data?: T;
  error?: AppError['error'] | { code: string; message: { 'zh-CN': string; en: string } };
  loading: boolean;
  reload: () => void;
}

/** Fetches JSON; rejects with the endpoint's error body. */
export async function getJson<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(path, { ...init, headers: { accept: 'application/json', ...init?.headers } });
  const body = (await response.json().catch(() => undefined)) as T | AppError | undefined;
  if (!response.ok) {
    const error = (body as AppError | undefined)?.error ?? {
      code: `HTTP_${response.status}`,
      message: { 'zh-CN': `请求失败（${response.status}）`, en: `Request failed (${response.status})` },
    };
    throw error;
  }
  return body as T;
}

/** GETs `path` (nothing when `null`), again whenever it changes or `reload` is called. */
export function useApi<T>(path: string | null): ApiState<T> {
  const [state, setState] = useState<Omit<ApiState<T>, 'reload'>>({ loading: path !== null });
  const [attempt, setAttempt] = useState(0);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: attempt re-runs the request on reload
  useEffect(() => {
    if (path === null) return;
    const controller = new AbortController();
    setState((s) => ({ data: s.data, loading: true }));
    getJson<T>(path, { signal: controller.signal }).then(
      (data) => setState({ data, loading: false }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const known = error as ApiState<T>['error'];
        setState({
          loading: false,
          error:
            known && typeof known === 'object' && 'code' in known
              ? known
              : { code: 'NETWORK', message: { 'zh-CN': '网络错误', en: 'Network error' } },
        });
      },
    );
    return () => controller.abort();
  }, [path, attempt]);
  return { ...state, reload };
}

/** `path` with the query parameters that are set. */
export function withQuery(path: string, query: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '') params.set(k, v);
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}
