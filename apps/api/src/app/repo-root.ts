import * as fs from 'node:fs';
import * as path from 'node:path';

/** The repository root (the folder with nx.json) above `start`, or the working directory outside a checkout. */
export function findRepoRoot(start: string = __dirname): string {
  for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'nx.json'))) return dir;
    if (path.dirname(dir) === dir) return process.cwd();
  }
}
