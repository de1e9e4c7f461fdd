import { HttpProblem } from './problem';

/** A parsed media type: lower-cased `type/subtype` and its parameters. */
export interface MediaType {
  /** `application/json`. */
  readonly essence: string;
  /** Parameters, names lower-cased (`charset`). */
  readonly params: Readonly<Record<string, string>>;
}

/** Parses a `Content-Type` value; `undefined` when absent or malformed. */
export function parseMediaType(value: string | null | undefined): MediaType | undefined {
  if (!value) return undefined;
  const [head = '', ...rest] = value.split(';');
  const essence = head.trim().toLowerCase();
  if (!/^[a-z0-9!#$&^_.+*-]+\/[a-z0-9!#$&^_.+*-]+$/.test(essence)) return undefined;
  const params: Record<string, string> = {};
  for (const part of rest) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    params[part.slice(0, eq).trim().toLowerCase()] = part
      .slice(eq + 1)
      .trim()
      .replace(/^"(.*)"$/, '$1');
  }
  return { essence, params };
}

/**
 * Checks the request's `Content-Type` against the types an operation reads, and answers which one it is.
 * Text types must be UTF-8 when they name a charset. Throws {@link HttpProblem} `UNSUPPORTED_MEDIA_TYPE`.
 */
export function requireContentType<T extends string>(
  header: string | null | undefined,
  accepted: readonly T[],
): T {
  const type = parseMediaType(header);
  const found = type && accepted.find((a) => a === type.essence);
  const charset = type?.params.charset?.toLowerCase();
  const binary = found !== undefined && !found.startsWith('text/') && !found.includes('json');
  if (!found || (!binary && charset !== undefined && charset !== 'utf-8' && charset !== 'utf8'))
    throw new HttpProblem('UNSUPPORTED_MEDIA_TYPE', { accepted: [...accepted] });
  return found;
}

interface AcceptEntry {
  type: string;
  subtype: string;
  q: number;
  order: number;
}

function parseAccept(header: string): AcceptEntry[] {
  const out: AcceptEntry[] = [];
  header.split(',').forEach((part, order) => {
    const media = parseMediaType(part.trim().replace(/^\*$/, '*/*'));
    if (!media) return;
    const [type = '*', subtype = '*'] = media.essence.split('/');
    const q = media.params.q === undefined ? 1 : Number(media.params.q);
    out.push({ type, subtype, q: Number.isFinite(q) ? q : 0, order });
  });
  return out;
}

/**
 * Picks the representation to answer with: the offered type the `Accept` header ranks best (by q, then by
 * specificity, then the order offered). No header, or an empty one, takes the first offer. Throws
 * {@link HttpProblem} `NOT_ACCEPTABLE` when nothing offered is acceptable.
 */
export function negotiate<T extends string>(header: string | null | undefined, offers: readonly T[]): T {
  const first = offers[0];
  if (first === undefined) throw new Error('negotiate: no offers');
  if (!header || header.trim() === '') return first;
  const entries = parseAccept(header);
  let best: { offer: T; q: number; specificity: number; index: number } | undefined;
  offers.forEach((offer, index) => {
    const [type, subtype] = offer.split('/');
    let match: { q: number; specificity: number } | undefined;
    for (const e of entries) {
      const specificity =
        e.type === type && e.subtype === subtype ? 2 : e.type === type && e.subtype === '*' ? 1 : 0;
      const matches = specificity > 0 || (e.type === '*' && e.subtype === '*');
      if (matches && (!match || specificity > match.specificity)) match = { q: e.q, specificity };
    }
    if (!match || match.q <= 0) return;
    if (
      !best ||
      match.q > best.q ||
      (match.q === best.q && match.specificity > best.specificity) ||
      (match.q === best.q && match.specificity === best.specificity && index < best.index)
    )
      best = { offer, q: match.q, specificity: match.specificity, index };
  });
  if (!best) throw new HttpProblem('NOT_ACCEPTABLE', { accepted: [...offers] });
  return best.offer;
}
