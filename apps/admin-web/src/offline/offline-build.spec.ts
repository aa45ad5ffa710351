import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { findExternalReferences, findReferences, findUrlLiterals, type AssetKind } from './external-url.scanner';

/**
 * Closed network (Juki-Net): the console must load nothing from outside at run time. These specs read
 * the BUILT output (dist/apps/admin-web; the `test` target depends on `build`) and the sources.
 */
const appRoot = join(__dirname, '..', '..');
const distRoot = join(appRoot, '..', '..', 'dist', 'apps', 'admin-web');

const KIND_BY_EXTENSION: Readonly<Record<string, AssetKind>> = {
  '.html': 'html',
  '.css': 'css',
  '.js': 'js',
  '.mjs': 'js',
  '.ts': 'js',
  '.tsx': 'js',
};

/**
 * URLs that may be WRITTEN in the bundle because nothing ever loads them: XML namespace names (react-dom
 * creates SVG/MathML elements with them), React's production error text and React Router's and the
 * bundler's error/warning texts, which only name a page, and `http://localhost`, the base React Router
 * gives `new URL()` to parse a path (never fetched, and the loopback anyway). Refine's telemetry beacon
 * and documentation links are removed at build time (vite.config.mts): they must not appear.
 */
const NON_LOADED_URL_PREFIXES = [
  'http://www.w3.org/',
  'https://react.dev/errors/',
  'https://reactrouter.com/',
  'https://github.com/ungap/url-search-params',
  'https://rolldown.rs/',
];
const NON_LOADED_URLS = ['http://localhost'];

function filesUnder(dir: string, skip: (path: string) => boolean = () => false): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (skip(path)) return [];
    return entry.isDirectory() ? filesUnder(path, skip) : [path];
  });
}

function scannable(paths: readonly string[]): Array<{ file: string; kind: AssetKind; text: string }> {
  return paths.flatMap((path) => {
    const kind = KIND_BY_EXTENSION[extname(path)];
    return kind ? [{ file: path, kind, text: readFileSync(path, 'utf8') }] : [];
  });
}

describe('built console (dist/apps/admin-web)', () => {
  const indexHtml = join(distRoot, 'index.html');

  it('exists (run `npx nx run admin-web:build` first; the test target does)', () => {
    expect(existsSync(indexHtml)).toBe(true);
  });

  const assets = existsSync(distRoot) ? scannable(filesUnder(distRoot)) : [];

  it('has HTML, CSS and JavaScript to scan', () => {
    expect(new Set(assets.map((a) => a.kind))).toEqual(new Set(['html', 'css', 'js']));
  });

  it('references no external URL (src, href, url(), @import, import, fetch, sockets, workers)', () => {
    const external = assets.flatMap(({ file, kind, text }) =>
      findExternalReferences(text, kind).map((ref) => `${relative(distRoot, file)}: ${ref.via} ${ref.url}`),
    );
    expect(external).toEqual([]);
  });

  it('loads its own scripts and styles by root-relative paths', () => {
    const html = readFileSync(indexHtml, 'utf8');
    const refs = findReferences(html, 'html').map((r) => r.url);
    expect(refs.filter((url) => url.startsWith('/assets/')).length).toBeGreaterThanOrEqual(2);
    expect(refs.every((url) => url.startsWith('/assets/') || url.startsWith('data:'))).toBe(true);
  });

  it('writes no other URL than XML namespaces and React error-page names', () => {
    const unexpected = assets.flatMap(({ file, text }) =>
      findUrlLiterals(text)
        .filter((url) => !NON_LOADED_URLS.includes(url) && !NON_LOADED_URL_PREFIXES.some((prefix) => url.startsWith(prefix)))
        .map((url) => `${relative(distRoot, file)}: ${url}`),
    );
    expect(unexpected).toEqual([]);
  });

  it('contains no trace of Refine\'s telemetry beacon', () => {
    expect(assets.filter((a) => /telemetry\.refine\.dev|refine\.ams3\.cdn/.test(a.text)).map((a) => a.file)).toEqual([]);
  });

  it('keeps the password estimator\'s word lists out of the first load (the meter loads them on demand)', () => {
    const html = readFileSync(indexHtml, 'utf8');
    const firstLoad = findReferences(html, 'html')
      .map((r) => r.url)
      .filter((url) => url.endsWith('.js'));
    expect(firstLoad.length).toBeGreaterThan(0);
    expect(firstLoad.filter((url) => url.includes('password-dictionaries'))).toEqual([]);
    expect(filesUnder(join(distRoot, 'assets')).some((f) => /password-dictionaries-.*\.js$/.test(f))).toBe(true);
  });

  it('ships no web font', () => {
    expect(assets.filter((a) => /@font-face/i.test(a.text)).map((a) => a.file)).toEqual([]);
    expect(filesUnder(distRoot).filter((f) => /\.(woff2?|ttf|otf|eot)$/i.test(f))).toEqual([]);
  });

  it('declares a same-origin Content-Security-Policy before anything is loaded', () => {
    const html = readFileSync(indexHtml, 'utf8');
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html);
    expect(csp).not.toBeNull();
    const policy = (csp?.[1] ?? '').replace(/&#39;/g, "'");
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("connect-src 'self'");
    expect(policy).not.toMatch(/https?:|\*|'unsafe-inline'|'unsafe-eval'/);
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.search(/<script|<link rel="stylesheet"/));
  });
});

describe('console sources', () => {
  const sources = scannable([
    join(appRoot, 'index.html'),
    ...filesUnder(join(appRoot, 'src'), (path) => path.includes('offline') || /\.spec\.tsx?$/.test(path)),
  ]);

  it('include index.html, the stylesheet and the components', () => {
    expect(sources.map((s) => relative(appRoot, s.file))).toEqual(
      expect.arrayContaining(['index.html', join('src', 'app', 'app.css'), join('src', 'app', 'App.tsx'), join('src', 'main.tsx')]),
    );
  });

  it('reference no external URL', () => {
    const external = sources.flatMap(({ file, kind, text }) =>
      findExternalReferences(text, kind).map((ref) => `${relative(appRoot, file)}: ${ref.via} ${ref.url}`),
    );
    expect(external).toEqual([]);
  });

  it('use a Japanese-capable system font stack', () => {
    const css = readFileSync(join(appRoot, 'src', 'app', 'app.css'), 'utf8');
    const stack = /--font-family:\s*([^;]+);/.exec(css)?.[1]?.replace(/\s+/g, ' ');
    expect(stack).toBe("'Hiragino Sans', 'Hiragino Kaku Gothic ProN', 'Noto Sans JP', 'Yu Gothic', YuGothic, Meiryo, sans-serif");
  });
});
