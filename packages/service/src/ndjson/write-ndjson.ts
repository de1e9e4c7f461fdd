import type { CheckResult } from '@rectify/rules';

const encoder = new TextEncoder();

/** Findings per chunk written to the stream. */
const BATCH = 256;

/**
 * A check result as an NDJSON stream: one `{"type":"finding","finding":…}` line per finding, then one
 * `{"type":"summary",…}` line with everything else and the number of findings. Lines are serialised as the
 * consumer reads, so a large result is never held as one string.
 */
export function checkResultStream(result: CheckResult): ReadableStream<Uint8Array> {
  const { findings, ...rest } = result;
  let next = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (next < findings.length) {
        let text = '';
        const end = Math.min(findings.length, next + BATCH);
        for (; next < end; next++)
          text += `${JSON.stringify({ type: 'finding', finding: findings[next] })}\n`;
        controller.enqueue(encoder.encode(text));
        return;
      }
      controller.enqueue(
        encoder.encode(`${JSON.stringify({ type: 'summary', ...rest, findings: findings.length })}\n`),
      );
      controller.close();
    },
  });
}
