// Bundles the API for Node 20: `node apps/api/esbuild.config.mjs` → dist/apps/api/main.js (+ .map).
// Options: --entry=<file.ts> (default apps/api/src/main.ts) --outdir=<dir> (default dist/apps/api).
//
// esbuild alone emits no decorator metadata, which TypeORM and type-graphql read (`design:type`), so files
// that use decorators are first compiled by TypeScript's transpileModule (KNOWN-GOOD pitfall 3). Names
// are kept (`keepNames`) because TypeORM and type-graphql key their metadata by class name.
// node_modules stay external (native better-sqlite3, mysql2, @node-rs/argon2, typeorm…); @juki/* libraries
// are bundled from source through the tsconfig paths.
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const projectRoot = path.dirname(fileURLToPath(import.meta.url));
const workspaceRoot = path.resolve(projectRoot, '../..');
const tsconfigPath = path.join(projectRoot, 'tsconfig.app.json');

function option(name, fallback) {
  const prefix = `--${name}=`;
  const arg = process.argv.slice(2).find((a) => a.startsWith(prefix));
  return arg ? arg.slice(prefix.length) : fallback;
}

function compilerOptions() {
  const { config, error } = ts.readConfigFile(tsconfigPath, ts.sys.readFile);
  if (error) throw new Error(ts.flattenDiagnosticMessageText(error.messageText, '\n'));
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, projectRoot);
  return {
    ...parsed.options,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
    experimentalDecorators: true,
    emitDecoratorMetadata: true,
    sourceMap: false,
    inlineSourceMap: true,
    inlineSources: true,
    declaration: false,
    noEmit: false,
  };
}

/** TypeScript-compiles the .ts files that contain decorators, so that decorator metadata is emitted. */
function decoratorMetadataPlugin() {
  const options = compilerOptions();
  return {
    name: 'decorator-metadata',
    setup(builder) {
      builder.onLoad({ filter: /\.ts$/ }, async (args) => {
        if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
        const source = await readFile(args.path, 'utf8');
        if (!/^\s*@[A-Za-z_$][\w$]*\s*\(/m.test(source)) return undefined;
        const { outputText } = ts.transpileModule(source, { compilerOptions: options, fileName: args.path });
        return { contents: outputText, loader: 'js', resolveDir: path.dirname(args.path) };
      });
    },
  };
}

async function version() {
  const pkg = JSON.parse(await readFile(path.join(workspaceRoot, 'package.json'), 'utf8'));
  return String(pkg.version);
}

const entry = path.resolve(workspaceRoot, option('entry', 'apps/api/src/main.ts'));
const outdir = path.resolve(workspaceRoot, option('outdir', 'dist/apps/api'));

const started = Date.now();
const result = await build({
  absWorkingDir: workspaceRoot,
  entryPoints: [entry],
  outdir,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  keepNames: true,
  packages: 'external',
  tsconfig: tsconfigPath,
  define: { 'process.env.JUKI_SEC_BUILD_VERSION': JSON.stringify(await version()) },
  plugins: [decoratorMetadataPlugin()],
  logLevel: 'warning',
  metafile: true,
});
const outputs = Object.entries(result.metafile.outputs).filter(([file]) => file.endsWith('.js'));
for (const [file, { bytes }] of outputs) {
  console.log(`built ${file} (${(bytes / 1024).toFixed(0)} KiB) in ${Date.now() - started} ms`);
}
