import * as fs from 'node:fs';
import { SourceMap, type SourceMapPayload } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The parts of a V8 `.cpuprofile` (written by `node --cpu-prof`) that the summary reads. */
interface CpuProfile {
  readonly nodes: readonly {
    readonly id: number;
    readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number; readonly columnNumber: number };
    readonly children?: readonly number[];
  }[];
  /** Microseconds, on the same monotonic clock as `process.hrtime` (CLOCK_MONOTONIC on Linux). */
  readonly startTime: number;
  readonly endTime: number;
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

export interface ProfileLine {
  readonly name: string;
  /** Source file and line (through the bundle's source map), or a package / Node internal. */
  readonly where: string;
  readonly area: string;
  readonly ms: number;
  /** Share of the window's CPU time (samples that were not idle). */
  readonly share: number;
}

export interface ProfileSummary {
  readonly windowMs: number;
  readonly busyMs: number;
  readonly idleMs: number;
  /** V8's "(garbage collector)" samples: GC work on the main thread. */
  readonly gcMs: number;
  readonly programMs: number;
  readonly topSelf: readonly ProfileLine[];
  readonly areas: readonly { readonly area: string; readonly ms: number; readonly share: number }[];
  /** Inclusive (self + callees) time of the repository's own functions (apps/, libs/). */
  readonly topInclusiveOwn: readonly ProfileLine[];
}

interface Frame {
  readonly key: string;
  readonly name: string;
  readonly where: string;
  readonly area: string;
  readonly own: boolean;
}

const SPECIAL = new Set(['(idle)', '(garbage collector)', '(program)', '(root)']);

/** Reads a profile and summarises the samples taken between `fromUs` and `toUs` (monotonic µs). */
export function summariseCpuProfile(file: string, window: { readonly fromUs: number; readonly toUs: number }, repoRoot: string, top = 25): ProfileSummary {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;
  const frames = new Map<number, Frame>();
  const parent = new Map<number, number>();
  const maps = new SourceMaps(repoRoot);
  for (const node of profile.nodes) {
    frames.set(node.id, frameOf(node.callFrame, maps, repoRoot));
    for (const child of node.children ?? []) parent.set(child, node.id);
  }

  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const areas = new Map<string, number>();
  const frameByKey = new Map<string, Frame>();
  let idle = 0;
  let gc = 0;
  let program = 0;
  let busy = 0;
  let at = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    at += profile.timeDeltas[i] ?? 0;
    const weight = profile.timeDeltas[i + 1] ?? 0;
    if (at < window.fromUs || at > window.toUs || weight <= 0) continue;
    const nodeId = profile.samples[i] as number;
    const frame = frames.get(nodeId) as Frame;
    if (frame.name === '(idle)') {
      idle += weight;
      continue;
    }
    busy += weight;
    if (frame.name === '(garbage collector)') gc += weight;
    if (frame.name === '(program)') program += weight;
    self.set(frame.key, (self.get(frame.key) ?? 0) + weight);
    frameByKey.set(frame.key, frame);
    areas.set(frame.area, (areas.get(frame.area) ?? 0) + weight);
    const seen = new Set<string>();
    for (let id: number | undefined = nodeId; id !== undefined; id = parent.get(id)) {
      const f = frames.get(id) as Frame;
      if (!f.own || seen.has(f.key)) continue;
      seen.add(f.key);
      frameByKey.set(f.key, f);
      inclusive.set(f.key, (inclusive.get(f.key) ?? 0) + weight);
    }
  }
  const line = (key: string, us: number): ProfileLine => {
    const f = frameByKey.get(key) as Frame;
    return { name: f.name, where: f.where, area: f.area, ms: us / 1000, share: busy > 0 ? us / busy : 0 };
  };
  const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]);
  return {
    windowMs: (window.toUs - window.fromUs) / 1000,
    busyMs: busy / 1000,
    idleMs: idle / 1000,
    gcMs: gc / 1000,
    programMs: program / 1000,
    topSelf: sorted(self)
      .slice(0, top)
      .map(([key, us]) => line(key, us)),
    areas: sorted(areas).map(([area, us]) => ({ area, ms: us / 1000, share: busy > 0 ? us / busy : 0 })),
    topInclusiveOwn: sorted(inclusive)
      .slice(0, top)
      .map(([key, us]) => line(key, us)),
  };
}

function frameOf(callFrame: CpuProfile['nodes'][number]['callFrame'], maps: SourceMaps, repoRoot: string): Frame {
  const name = callFrame.functionName || '(anonymous)';
  if (SPECIAL.has(name) && callFrame.url === '') return { key: name, name, where: '', area: name, own: false };
  const url = callFrame.url;
  if (url === '') return { key: `${name}|native`, name, where: '(native)', area: 'v8/native', own: false };
  if (url.startsWith('node:')) {
    const module = url.slice('node:'.length);
    const area = `node:${module.startsWith('internal/') ? module.split('/').slice(0, 2).join('/') : module}`;
    return { key: `${name}|${url}:${callFrame.lineNumber}`, name, where: `${url}:${callFrame.lineNumber + 1}`, area, own: false };
  }
  let file = url.startsWith('file://') ? fileURLToPath(url) : url;
  let line = callFrame.lineNumber + 1;
  const original = maps.original(file, callFrame.lineNumber, callFrame.columnNumber);
  if (original) {
    file = original.file;
    line = original.line;
  }
  let relative = path.relative(repoRoot, file);
  // Files compiled by the build's decorator plugin carry their own inline map, relative to another folder.
  if (relative.startsWith('..')) {
    const inRepo = /(?:^|\/)((?:apps|libs|tools)\/.*)$/.exec(relative);
    if (inRepo?.[1] && fs.existsSync(path.join(repoRoot, inRepo[1]))) relative = inRepo[1];
  }
  const where = `${relative}:${line}`;
  const modules = relative.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const rest = relative.slice(modules + 'node_modules/'.length).split('/');
    const pkg = rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : (rest[0] as string);
    return { key: `${name}|${where}`, name, where: rest.join('/') + `:${line}`, area: pkg, own: false };
  }
  const parts = relative.split('/');
  const own = parts[0] === 'apps' || parts[0] === 'libs';
  // apps/api/src/<area>/… or libs/<lib>/src/lib/<area>/…
  const area = own ? (parts[0] === 'apps' ? parts.slice(0, 4).join('/') : parts.slice(0, 5).join('/')) : relative;
  return { key: `${name}|${where}`, name, where, area, own };
}

/** Maps bundle positions back to the TypeScript sources (`<bundle>.js.map` beside the bundle). */
class SourceMaps {
  private readonly maps = new Map<string, SourceMap | null>();

  constructor(private readonly repoRoot: string) {}

  original(file: string, line: number, column: number): { readonly file: string; readonly line: number } | null {
    if (file.includes(`${path.sep}node_modules${path.sep}`)) return null;
    let map = this.maps.get(file);
    if (map === undefined) {
      map = null;
      const mapFile = `${file}.map`;
      if (fs.existsSync(mapFile)) map = new SourceMap(JSON.parse(fs.readFileSync(mapFile, 'utf8')) as SourceMapPayload);
      this.maps.set(file, map);
    }
    if (!map) return null;
    const entry = map.findEntry(line, column) as { originalSource?: string; originalLine?: number };
    if (!entry.originalSource) return null;
    const source = entry.originalSource.startsWith('file://') ? fileURLToPath(entry.originalSource) : path.resolve(path.dirname(file), entry.originalSource);
    return { file: path.resolve(this.repoRoot, source), line: (entry.originalLine ?? 0) + 1 };
  }
}
