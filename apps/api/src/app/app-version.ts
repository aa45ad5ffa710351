import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * The version of this build: set by the esbuild bundle (apps/api/esbuild.config.mjs), else read from the
 * repository's package.json (running from source), else "0.0.0-dev".
 */
export function appVersion(repoRoot: string): string {
  const built = process.env.JUKI_SEC_BUILD_VERSION;
  if (built) return built;
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version?: unknown };
    return typeof pkg.version === 'string' ? `${pkg.version}-dev` : '0.0.0-dev';
  } catch {
    return '0.0.0-dev';
  }
}
