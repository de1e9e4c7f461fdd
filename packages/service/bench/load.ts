// A bounded concurrent request loop over loopback, shared by the throughput bench and the soak.

/** One request of a scenario: what to send. */
export interface Scenario {
  /** Label in the output. */
  readonly name: string;
  /** The path, e.g. `/v1/check`. */
  readonly path: string;
  /** The JSON body, serialised once. */
  readonly body: string;
  /** Extra headers. */
  readonly headers?: Record<string, string>;
}

/** What a run measured. */
export interface RunStats {
  readonly requests: number;
  readonly errors: number;
  /** Statuses that were not 200, with counts. */
  readonly statuses: Record<string, number>;
  readonly seconds: number;
  readonly perSecond: number;
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
}

/** Nearest-rank percentile of sorted milliseconds. */
function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

/**
 * Sends the scenarios round-robin from `concurrency` workers until `seconds` have passed (each worker finishes
 * its request in flight, so the run is bounded). Every answer must be 200 and is read to its end.
 */
export async function run(
  baseUrl: string,
  apiKey: string,
  scenarios: readonly Scenario[],
  seconds: number,
  concurrency: number,
): Promise<RunStats> {
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let errors = 0;
  let next = 0;
  const started = performance.now();
  const end = started + seconds * 1000;
  const worker = async () => {
    while (performance.now() < end) {
      const scenario = scenarios[next++ % scenarios.length] as Scenario;
      const t0 = performance.now();
      try {
        const response = await fetch(`${baseUrl}${scenario.path}`, {
          method: 'POST',
          headers: {
            authorization: `Bearer ${apiKey}`,
            'content-type': 'application/json',
            ...scenario.headers,
          },
          body: scenario.body,
        });
        await response.arrayBuffer();
        if (response.status !== 200) {
          errors++;
          statuses[response.status] = (statuses[response.status] ?? 0) + 1;
        }
      } catch (error) {
        errors++;
        const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name;
        statuses[`network ${cause}`] = (statuses[`network ${cause}`] ?? 0) + 1;
      }
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    statuses,
    seconds: elapsed,
    perSecond: latencies.length / elapsed,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    max: latencies.at(-1) ?? 0,
  };
}

/** A positive number from the environment, or the fallback. */
export function envNumber(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}
