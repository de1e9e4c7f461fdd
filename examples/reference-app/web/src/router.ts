// Hash routing without a router dependency: `#/county/350502` → { page: 'county', id: '350502' }.
import { useEffect, useState } from 'react';

/** The pages of the app. */
export type Page =
  | 'dashboard'
  | 'county'
  | 'street'
  | 'community'
  | 'project'
  | 'tasks'
  | 'sampling'
  | 'reports'
  | 'upload'
  | 'not-found';

/** Where the hash points. */
export interface Route {
  page: Page;
  /** The division code, community id or project id of a detail page. */
  id?: string;
}

const DETAIL: readonly Page[] = ['county', 'street', 'community', 'project'];
const LIST: readonly Page[] = ['tasks', 'sampling', 'reports', 'upload'];

/** Reads a hash (`#/street/350502001`). */
export function parseHash(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  const [head, id] = parts;
  if (head === undefined) return { page: 'dashboard' };
  if ((DETAIL as string[]).includes(head) && id !== undefined && parts.length === 2)
    return { page: head as Page, id };
  if ((LIST as string[]).includes(head) && parts.length === 1) return { page: head as Page };
  return { page: 'not-found' };
}

/** The hash of a route. */
export function href(page: Page, id?: string): string {
  if (page === 'dashboard') return '#/';
  return id === undefined ? `#/${page}` : `#/${page}/${encodeURIComponent(id)}`;
}

/** The current route, following `hashchange`. */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(window.location.hash));
  useEffect(() => {
    const follow = () => {
      setRoute(parseHash(window.location.hash));
      window.scrollTo(0, 0);
    };
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  return route;
}
