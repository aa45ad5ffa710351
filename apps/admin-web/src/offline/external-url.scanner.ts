/**
 * Juki-Net is a closed network: the console may load nothing from outside at run time. This scanner
 * finds, in HTML, CSS and JavaScript text, every reference through which a browser would load
 * something (src/href attributes, url(), @import, import/import(), fetch, workers, sockets…) and
 * reports those whose URL leaves the machine. Pure text in, findings out: the specs read the files.
 */
export type AssetKind = 'html' | 'css' | 'js';

export interface UrlReference {
  /** What made it a reference, e.g. `src=`, `url()`, `import`. */
  readonly via: string;
  readonly url: string;
}

interface ReferencePattern {
  readonly via: string;
  readonly kinds: readonly AssetKind[];
  readonly pattern: RegExp;
}

const QUOTED = String.raw`(?:"([^"]*)"|'([^']*)'|\x60([^\x60]*)\x60)`;

const PATTERNS: readonly ReferencePattern[] = [
  {
    via: 'attribute',
    kinds: ['html'],
    pattern: new RegExp(
      String.raw`\b(?:src|srcset|href|action|formaction|poster|data|manifest|background|ping|imagesrcset)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))`,
      'gi',
    ),
  },
  { via: 'url()', kinds: ['html', 'css', 'js'], pattern: /url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"]*?))\s*\)/gi },
  { via: '@import', kinds: ['html', 'css', 'js'], pattern: new RegExp(String.raw`@import\s+${QUOTED}`, 'gi') },
  { via: 'import', kinds: ['html', 'js'], pattern: new RegExp(String.raw`\b(?:import|from)\s*\(?\s*${QUOTED}`, 'g') },
  {
    via: 'call',
    kinds: ['html', 'js'],
    pattern: new RegExp(
      String.raw`\b(?:fetch|importScripts|sendBeacon|EventSource|WebSocket|Worker|SharedWorker|URL|open|register)\s*\(\s*(?:(?:"[^"]*"|'[^']*')\s*,\s*)?${QUOTED}`,
      'g',
    ),
  },
  { via: 'property', kinds: ['html', 'js'], pattern: new RegExp(String.raw`\.(?:src|href|action|srcset)\s*=\s*${QUOTED}`, 'g') },
  {
    via: 'setAttribute',
    kinds: ['html', 'js'],
    pattern: new RegExp(String.raw`setAttribute\(\s*["'](?:src|href|action|srcset)["']\s*,\s*${QUOTED}`, 'g'),
  },
];

/**
 * Every URL-like reference in the text; attribute values such as srcset may hold several. A value
 * that two patterns both match (`new URL("…")` is a call and looks like CSS `url()`) counts once.
 */
export function findReferences(text: string, kind: AssetKind): UrlReference[] {
  const found = new Map<number, UrlReference[]>();
  for (const { via, kinds, pattern } of PATTERNS) {
    if (!kinds.includes(kind)) continue;
    for (const match of text.matchAll(new RegExp(pattern.source, pattern.flags + 'd'))) {
      const group = match.slice(1).findIndex((g) => g !== undefined) + 1;
      const start = match.indices?.[group]?.[0];
      const value = match[group];
      if (group === 0 || start === undefined || value === undefined || found.has(start)) continue;
      const tokens = value.split(/[\s,]+/).filter((token) => token !== '');
      found.set(start, tokens.map((url) => ({ via, url })));
    }
  }
  return [...found.entries()].sort(([a], [b]) => a - b).flatMap(([, refs]) => refs);
}

/** References that would load from another machine: any absolute or protocol-relative URL not on loopback. */
export function findExternalReferences(text: string, kind: AssetKind): UrlReference[] {
  return findReferences(text, kind).filter((ref) => isExternalUrl(ref.url));
}

const LOOPBACK_HOSTS: ReadonlySet<string> = new Set(['localhost', '127.0.0.1', '[::1]']);

/** True for a URL with a host (`scheme://host…` or `//host…`) that is not this machine. */
export function isExternalUrl(url: string): boolean {
  const trimmed = url.trim();
  if (!/^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(trimmed)) return false; // relative, data:, blob:, mailto:, #…
  let host: string;
  try {
    host = new URL(trimmed, 'http://relative.invalid').hostname.toLowerCase();
  } catch {
    return true; // not parseable (e.g. a template with ${…} in the host): assume the worst
  }
  return !LOOPBACK_HOSTS.has(host);
}

/** Every http(s)/ws(s) URL written anywhere in the text, whether or not anything loads it. */
export function findUrlLiterals(text: string): string[] {
  return [...text.matchAll(/\b(?:https?|wss?):\/\/[^\s"'`()<>\\,;]*/gi)].map((m) => m[0]);
}
