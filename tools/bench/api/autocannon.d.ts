/**
 * The part of autocannon 9's programmatic API that the API bench uses (the package ships no types; see
 * node_modules/autocannon/README.md, "API").
 */
declare module 'autocannon' {
  import type { EventEmitter } from 'node:events';

  interface Options {
    url: string;
    connections?: number;
    duration?: number;
    method?: string;
    headers?: Record<string, string>;
    body?: string;
    /** Responses whose body differs are counted in `mismatches`. */
    expectBody?: string;
    timeout?: number;
  }

  interface Histogram {
    readonly min: number;
    readonly max: number;
    readonly average: number;
    readonly total: number;
    readonly p50: number;
    readonly p99: number;
  }

  interface Result {
    readonly requests: Histogram;
    readonly latency: Histogram;
    readonly duration: number;
    readonly errors: number;
    readonly timeouts: number;
    readonly mismatches: number;
    readonly non2xx: number;
  }

  interface Instance extends EventEmitter, PromiseLike<Result> {
    stop(): void;
    on(event: 'response', listener: (client: unknown, statusCode: number, resBytes: number, responseTime: number) => void): this;
  }

  function autocannon(options: Options): Instance;
  namespace autocannon {
    export type { Options, Result, Instance, Histogram };
  }
  export = autocannon;
}
