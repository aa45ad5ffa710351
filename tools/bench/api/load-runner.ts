import autocannon from 'autocannon';

/** One GraphQL request as autocannon sends it, and the exact body a correct answer has. */
export interface LoadTarget {
  readonly url: string;
  readonly token: string;
  readonly body: string;
  /** The server's own answer in the equality check: every response must be byte-identical to it. */
  readonly expectBody: string;
}

export interface LoadRun {
  readonly requests: number;
  readonly seconds: number;
  readonly requestsPerSecond: number;
  /** Per-response latencies (ms), for percentiles pooled over rounds. */
  readonly latenciesMs: readonly number[];
  /** Connection errors + timeouts + non-2xx + bodies differing from the expected one. */
  readonly failures: number;
}

/** Runs autocannon against one target for `seconds` with `connections` keep-alive connections. */
export async function runLoad(target: LoadTarget, connections: number, seconds: number): Promise<LoadRun> {
  const latencies: number[] = [];
  const instance = autocannon({
    url: target.url,
    connections,
    duration: seconds,
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${target.token}` },
    body: target.body,
    expectBody: target.expectBody,
    timeout: 30,
  });
  instance.on('response', (_client, _status, _bytes, responseTime) => {
    latencies.push(responseTime);
  });
  const result = await instance;
  const requests = latencies.length;
  return {
    requests,
    seconds: result.duration,
    requestsPerSecond: requests / result.duration,
    latenciesMs: latencies,
    failures: result.errors + result.timeouts + result.non2xx + result.mismatches,
  };
}

/** The q-quantile (0–1) of values, nearest rank. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank] as number;
}

export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}
