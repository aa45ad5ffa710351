import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const projectRoot = fileURLToPath(new URL('.', import.meta.url));
const workspaceRoot = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Juki-Net is a closed network: the built page may load nothing but its own origin. The policy is
 * added to the built index.html only, because the dev server's React Refresh preamble is an inline
 * script that `script-src 'self'` would block.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'juki-content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * Refine ships a telemetry beacon (an image request to telemetry.refine.dev) that `disableTelemetry`
 * switches off at run time; on a closed network the bundle must not even contain it. This removes the
 * beacon's request and the documentation links of Refine's developer warnings from its ESM build, and
 * fails the build if Refine's code changed so that the beacon is no longer found (then review it).
 */
export function stripRefineTelemetry(): Plugin {
  return {
    name: 'juki-strip-refine-telemetry',
    apply: 'build',
    transform(code, id) {
      if (!/[\\/]@refinedev[\\/]core[\\/]dist[\\/]index\.mjs$/.test(id)) return null;
      const beacon = /transport\(`https:\/\/telemetry\.refine\.dev\/telemetry\?payload=\$\{encoded\}`\);/;
      if (!beacon.test(code)) this.error('@refinedev/core: the telemetry beacon was not found; review stripRefineTelemetry');
      return {
        code: code
          .replace(beacon, 'void encoded;')
          .replace(/https:\/\/(?:[a-z0-9-]+\.)*refine\.(?:dev|ams3\.cdn\.digitaloceanspaces\.com)[^\s"'`)]*/g, '')
          .replace(/https:\/\/discord\.gg\/refine/g, ''),
        map: null,
      };
    },
  };
}

/**
 * rc-table measures the scrollbar on mount (@rc-component/util getScrollBarSize) and, to honour custom
 * `::-webkit-scrollbar` styles, first injects a <style> — an EMPTY rule when the page has none, as here.
 * The CSP refuses injected styles (and reports each refusal): inject the rule only when it has content,
 * which leaves the measurement unchanged. Fails the build if the code changed (then review it).
 */
export function skipEmptyScrollbarRule(): Plugin {
  return {
    name: 'juki-skip-empty-scrollbar-rule',
    apply: 'build',
    transform(code, id) {
      if (!/[\\/]@rc-component[\\/]util[\\/]es[\\/]getScrollBarSize\.js$/.test(id)) return null;
      const injection = 'updateCSS(`\n#${randomId}::-webkit-scrollbar {';
      if (!code.includes(injection)) this.error('@rc-component/util getScrollBarSize changed; review skipEmptyScrollbarRule');
      return { code: code.replace(injection, `if (widthStyle || heightStyle) ${injection}`), map: null };
    },
  };
}

// Vite reads the config from the default export (the one default export in this app).
export default defineConfig({
  root: projectRoot,
  cacheDir: `${workspaceRoot}node_modules/.vite/apps/admin-web`,
  plugins: [react(), contentSecurityPolicy(), stripRefineTelemetry(), skipEmptyScrollbarRule()],
  resolve: {
    // The same mapping as tsconfig.base.json `paths`; exact, so `@juki/policies/testing` stays out.
    alias: [{ find: /^@juki\/policies$/, replacement: `${workspaceRoot}libs/policies/src/index.ts` }],
  },
  // `nx serve admin-web` beside a running API (`npm start`): same-origin /graphql through the dev server.
  server: { host: '127.0.0.1', port: 4200, strictPort: true, proxy: { '/graphql': 'http://127.0.0.1:3000' } },
  preview: { host: '127.0.0.1', port: 4300, strictPort: true },
  build: {
    outDir: `${workspaceRoot}dist/apps/admin-web`,
    emptyOutDir: true,
    reportCompressedSize: true,
    chunkSizeWarningLimit: 4000,
    rolldownOptions: {
      // libs/policies is pure by rule (no I/O, no registration at import time) and so are the estimator's
      // word lists: importing the @juki/policies barrel then costs only what is used, and the word lists
      // stay in the chunk that the password meter loads on demand.
      treeshake: {
        moduleSideEffects: (id: string) => !/[\\/]libs[\\/]policies[\\/]src[\\/]|[\\/]@zxcvbn-ts[\\/]/.test(id),
      },
      output: {
        codeSplitting: {
          groups: [
            // The password estimator's word lists (≈ 3 MB): only the lazily loaded meter uses them.
            { name: 'password-dictionaries', test: /@zxcvbn-ts|password-dictionaries\.loader|password-guess\.estimator|ranked-word\.index/ },
          ],
        },
      },
    },
  },
});
