/** A JSON answer (`application/json; charset=utf-8`) from a value or from text already serialised. */
export function jsonResponse(
  body: unknown,
  status = 200,
  type = 'application/json; charset=utf-8',
  headers: Record<string, string> = {},
): Response {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return new Response(text, { status, headers: { 'content-type': type, ...headers } });
}

/** Memoises a value computed once on first use (catalogs and schemas never change while the service runs). */
export function once<T>(compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value;
  };
}
