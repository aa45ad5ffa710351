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

// Vite reads the config from the default export (the one default export in this app).
export default defineConfig({
  root: projectRoot,
  cacheDir: `${workspaceRoot}node_modules/.vite/apps/admin-web`,
  plugins: [react(), contentSecurityPolicy()],
  resolve: {
    // The same mapping as tsconfig.base.json `paths`; exact, so `@juki/policies/testing` stays out.
    alias: [{ find: /^@juki\/policies$/, replacement: `${workspaceRoot}libs/policies/src/index.ts` }],
  },
  server: { host: '127.0.0.1', port: 4200, strictPort: true },
  preview: { host: '127.0.0.1', port: 4300, strictPort: true },
  build: {
    outDir: `${workspaceRoot}dist/apps/admin-web`,
    emptyOutDir: true,
    reportCompressedSize: true,
  },
});
