import 'reflect-metadata';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildApiSchema } from '../graphql/build-api-schema';
import { printApiSchema } from './print-api-schema';

/** Writes the SDL (`npx nx run api:schema`; the path argument defaults to apps/api/schema.graphql). */
async function emitSchema(target: string): Promise<void> {
  const sdl = printApiSchema(await buildApiSchema());
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, sdl);
  process.stdout.write(`wrote ${path.relative(process.cwd(), target)} (${sdl.length} bytes)\n`);
}

emitSchema(path.resolve(process.argv[2] ?? 'apps/api/schema.graphql')).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
