import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ApiModule } from './api-module';
import { API_MODULES } from './api-modules';

describe('API_MODULES', () => {
  const moduleFiles = fs
    .readdirSync(__dirname, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => fs.readdirSync(path.join(__dirname, d.name)).filter((f) => f.endsWith('.module.ts')).map((f) => path.join(d.name, f)));

  it('registers every <area>/<area>.module.ts exactly once', () => {
    const declared = moduleFiles.flatMap((file) => {
      const exports = require(path.join(__dirname, file)) as Record<string, ApiModule>;
      return Object.values(exports);
    });
    expect(declared.length).toBeGreaterThan(0);
    expect(new Set(API_MODULES)).toEqual(new Set(declared));
    expect(API_MODULES.length).toBe(declared.length);
  });

  it('names each module after its folder', () => {
    for (const file of moduleFiles) {
      const exports = require(path.join(__dirname, file)) as Record<string, ApiModule>;
      for (const mod of Object.values(exports)) expect(mod.name).toBe(path.dirname(file));
    }
  });
});
