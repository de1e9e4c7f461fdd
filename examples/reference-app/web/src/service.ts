// The kit's HTTP service (/v1) called from the page with the demo key the server hands out in /app/meta. A demo
// convenience on loopback only: a real portal keeps its key on its own server.
import { useEffect, useState } from 'react';
import type { RuleInfo } from '../../shared/api';

interface RulesBody {
  packs: { id: string; version: string; hash: string; rules: RuleInfo[] }[];
}

let catalog: Promise<RulesBody> | undefined;

/** The rule catalog of `GET /v1/rules`, fetched once per page load. */
export function fetchRuleCatalog(demoKey: string): Promise<RulesBody> {
  catalog ??= fetch('/v1/rules', {
    headers: { authorization: `Bearer ${demoKey}`, accept: 'application/json' },
  }).then(async (response) => {
    if (!response.ok) throw new Error(`/v1/rules answered ${response.status}`);
    return (await response.json()) as RulesBody;
  });
  catalog.catch(() => {
    catalog = undefined;
  });
  return catalog;
}

/** The service's rule packs and their rules (id, title, quote), once loaded. */
export function useRuleCatalog(demoKey: string): RulesBody | undefined {
  const [body, setBody] = useState<RulesBody | undefined>(undefined);
  useEffect(() => {
    let live = true;
    fetchRuleCatalog(demoKey).then(
      (b) => {
        if (live) setBody(b);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [demoKey]);
  return body;
}
