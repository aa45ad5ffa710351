import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { createInterface } from 'node:readline';

/** What the preloaded probe (process-probe.cjs) reports about a server process. */
export interface ProbeSample {
  readonly cpuUserUs: number;
  readonly cpuSystemUs: number;
  readonly gc: { readonly count: number; readonly ms: number; readonly minorMs: number; readonly majorMs: number; readonly otherMs: number };
  readonly elu: { readonly idle: number; readonly active: number; readonly utilization: number };
  readonly monotonicUs: number;
  readonly heapUsed: number;
}

export interface ServerProcess {
  readonly name: string;
  readonly pid: number;
  /** The GraphQL endpoint. */
  readonly url: string;
  probe(): Promise<ProbeSample>;
  /** SIGTERM, then waits for the exit (SIGKILL after `graceMs`); resolves with the exit code. */
  stop(graceMs?: number): Promise<number | null>;
}

export interface ServerSpawn {
  readonly name: string;
  /** The JavaScript file to run with node. */
  readonly script: string;
  readonly env: Readonly<Record<string, string>>;
  /** Extra node flags, e.g. --cpu-prof. */
  readonly nodeArgs?: readonly string[];
  /** Reads one stdout line; returns the GraphQL URL once the server says it listens. */
  readonly readyUrl: (line: string) => string | null;
  readonly timeoutMs?: number;
}

const PROBE = path.join(__dirname, 'process-probe.cjs');

/**
 * Starts a server as its own node process (like production), with the probe preloaded and an IPC channel
 * for it. Its stdout is read for the ready line and otherwise DISCARDED (the API prints the demo
 * credentials there); the last lines of stderr are kept for the error message if it fails to start.
 */
export async function spawnServer(spec: ServerSpawn): Promise<ServerProcess> {
  const child = spawn(process.execPath, [...(spec.nodeArgs ?? []), '--require', PROBE, spec.script], {
    env: { ...process.env, ...spec.env },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  const stderr: string[] = [];
  createInterface({ input: child.stderr as NodeJS.ReadableStream }).on('line', (line) => {
    stderr.push(line);
    if (stderr.length > 40) stderr.shift();
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`${spec.name} did not start within ${spec.timeoutMs ?? 60_000} ms`)), spec.timeoutMs ?? 60_000);
    const fail = (error: Error): void => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`${error.message}\n--- ${spec.name} stderr (last lines) ---\n${stderr.join('\n')}`));
    };
    const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
    lines.on('line', (line) => {
      const found = spec.readyUrl(line);
      if (found) {
        clearTimeout(timer);
        resolve(found);
      }
    });
    child.once('exit', (code) => fail(new Error(`${spec.name} exited with ${code} before it listened`)));
  });
  return handle(spec.name, child, url, exited);
}

function handle(name: string, child: ChildProcess, url: string, exited: Promise<number | null>): ServerProcess {
  let nextId = 1;
  const pending = new Map<number, (sample: ProbeSample) => void>();
  child.on('message', (message: unknown) => {
    const m = message as { type?: string; id?: number } & ProbeSample;
    if (m.type !== 'bench-probe' || m.id === undefined) return;
    pending.get(m.id)?.(m);
    pending.delete(m.id);
  });
  return {
    name,
    pid: child.pid as number,
    url,
    probe: () =>
      new Promise<ProbeSample>((resolve, reject) => {
        const id = nextId++;
        const timer = setTimeout(() => reject(new Error(`${name}: no probe answer`)), 5_000);
        pending.set(id, (sample) => {
          clearTimeout(timer);
          resolve(sample);
        });
        child.send({ type: 'bench-probe', id });
      }),
    stop: async (graceMs = 20_000) => {
      if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}
