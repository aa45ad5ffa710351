import * as fs from 'node:fs';
import * as path from 'node:path';
import { MIGRATIONS } from './migration-registry';

const FILE = /^(\d{13})-[a-z0-9-]+\.migration\.ts$/;

describe('MIGRATIONS', () => {
  const files = fs.readdirSync(__dirname).filter((f) => f.endsWith('.migration.ts'));

  it('names every migration file <13-digit timestamp>-<kebab-name>.migration.ts', () => {
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expect(file).toMatch(FILE);
  });

  it('registers every migration class of the folder, once, oldest first', () => {
    const declared = files.flatMap((file) => {
      const exports = require(path.join(__dirname, file)) as Record<string, unknown>;
      const timestamp = FILE.exec(file)?.[1];
      return Object.values(exports).map((value) => ({ value, timestamp }));
    });
    expect(new Set(MIGRATIONS)).toEqual(new Set(declared.map((d) => d.value)));
    expect(MIGRATIONS.length).toBe(declared.length);
    const names = MIGRATIONS.map((M) => new M().name ?? '');
    expect(new Set(names).size).toBe(names.length);
    const stamps = names.map((n) => Number(/(\d{13})$/.exec(n)?.[1]));
    expect(stamps).toEqual([...stamps].sort((a, b) => a - b));
    for (const d of declared) {
      const name = new (d.value as new () => { name?: string })().name;
      expect(name?.endsWith(d.timestamp ?? 'missing')).toBe(true);
    }
  });
});
