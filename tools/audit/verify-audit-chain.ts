/**
 * `npm run audit:verify` — verifies the hash chain of the operation history (第19条第1項) in the database
 * that DATABASE_URL names (exactly as the API reads it: `mysql://…`/`mariadb://…`, else an SQLite path,
 * default data/juki-sec.sqlite). Read-only: it runs no migration and writes nothing.
 *
 *   npm run audit:verify -- [--json] [--anchor <sequence>:<sha256>]… [--page-size <n>]
 *
 * Exit status: 0 the chain verifies; 1 it is broken (the FIRST broken link is printed); 2 usage or
 * database error. Write down the `verified through` line: passed back as --anchor later, it reveals a
 * chain rewritten wholesale by someone with database access.
 */
import 'reflect-metadata';
import * as path from 'node:path';
import { AuditChainHeadEntity, AuditCheckpointEntity, AuditEventEntity, verifyAuditChain, type AuditChainAnchor, type AuditChainVerification } from '@juki/domain';
// The tool must connect exactly as the API does (DATABASE_URL parsing, UTC session clock: the hashes seal
// instants), so it runs the API's own database code rather than a copy of it.
// eslint-disable-next-line @nx/enforce-module-boundaries -- scope:tools may use anything; apps/api has no package alias
import { createDataSource } from '../../apps/api/src/database/create-data-source';
// eslint-disable-next-line @nx/enforce-module-boundaries -- as above
import { describeDatabase, parseDatabaseUrl } from '../../apps/api/src/database/database-config';

export interface VerifyCliOptions {
  readonly json: boolean;
  readonly anchors: readonly AuditChainAnchor[];
  readonly pageSize?: number;
}

export const USAGE = 'usage: verify-audit-chain [--json] [--anchor <sequence>:<sha256>]... [--page-size <n>]';

/** Parses the arguments; throws a RangeError with the usage on anything unexpected. */
export function parseVerifyCliArgs(argv: readonly string[]): VerifyCliOptions {
  let json = false;
  let pageSize: number | undefined;
  const anchors: AuditChainAnchor[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const value = (): string => {
      const next = argv[++i];
      if (next === undefined) throw new RangeError(`${arg} needs a value\n${USAGE}`);
      return next;
    };
    if (arg === '--json') json = true;
    else if (arg === '--anchor') {
      const match = /^(\d+):([0-9a-fA-F]{64})$/.exec(value());
      if (!match) throw new RangeError(`--anchor must be <sequence>:<64 hex digits>\n${USAGE}`);
      anchors.push({ sequence: Number(match[1]), hash: (match[2] as string).toLowerCase() });
    } else if (arg === '--page-size') {
      pageSize = Number(value());
      if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 10_000) throw new RangeError(`--page-size must be 1–10000\n${USAGE}`);
    } else throw new RangeError(`unknown argument ${arg}\n${USAGE}`);
  }
  return { json, anchors, ...(pageSize !== undefined ? { pageSize } : {}) };
}

/** The report a person reads. */
export function describeVerification(result: AuditChainVerification, database: string): string {
  const lines = [`operation history (第19条第1項) in ${database}`];
  if (result.checkpoint) lines.push(`  from checkpoint: sequence ${result.checkpoint.sequence} ${result.checkpoint.hash}`);
  lines.push(`  events checked:  ${result.checked}`);
  if (result.verifiedThrough) lines.push(`  verified through: ${result.verifiedThrough.sequence}:${result.verifiedThrough.hash}`);
  if (result.ok) lines.push('  OK: the chain is unbroken');
  else if (result.firstBrokenAt) {
    const b = result.firstBrokenAt;
    lines.push(`  BROKEN at sequence ${b.sequence}${b.id ? ` (event ${b.id})` : ''}: ${b.reason}`);
  }
  return lines.join('\n') + '\n';
}

/** Runs the verification; returns the exit status. */
export async function runVerifyAuditChain(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  out: (text: string) => void,
  err: (text: string) => void,
  repoRoot: string,
): Promise<number> {
  let options: VerifyCliOptions;
  try {
    options = parseVerifyCliArgs(argv);
  } catch (error) {
    err(`${(error as Error).message}\n`);
    return 2;
  }
  const config = parseDatabaseUrl(env['DATABASE_URL'], repoRoot, 2);
  const dataSource = createDataSource(config, { entities: [AuditEventEntity, AuditChainHeadEntity, AuditCheckpointEntity], migrations: [] });
  try {
    await dataSource.initialize();
    const result = await verifyAuditChain(dataSource.manager, { anchors: options.anchors, ...(options.pageSize ? { pageSize: options.pageSize } : {}) });
    out(options.json ? `${JSON.stringify(result)}\n` : describeVerification(result, describeDatabase(config)));
    return result.ok ? 0 : 1;
  } catch (error) {
    err(`cannot verify the operation history in ${describeDatabase(config)}: ${(error as Error).message}\n`);
    return 2;
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
  }
}

if (require.main === module) {
  runVerifyAuditChain(
    process.argv.slice(2),
    process.env,
    (text) => process.stdout.write(text),
    (text) => process.stderr.write(text),
    path.resolve(__dirname, '../..'),
  ).then(
    (status) => {
      process.exitCode = status;
    },
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
