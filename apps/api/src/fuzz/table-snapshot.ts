import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';

/** One row as the database returns it. */
export type Row = Readonly<Record<string, unknown>>;

/** What changed in one table between two snapshots (rows matched by primary key). */
export interface TableDiff {
  readonly table: string;
  readonly added: readonly Row[];
  readonly removed: readonly Row[];
  readonly changed: readonly { readonly before: Row; readonly after: Row }[];
}

/** The append-only history as a snapshot saw it: the first `size` rows of `log` (in sequence order). */
interface AppendView {
  readonly log: AppendLog;
  readonly generation: number;
  readonly size: number;
}

/** Every table's row count and content checksum at one moment (and what is needed to diff two moments). */
export interface Snapshot {
  readonly counts: ReadonlyMap<string, number>;
  readonly checksums: ReadonlyMap<string, string>;
  readonly rows: ReadonlyMap<string, ReadonlyMap<string, string>>;
  readonly appended: ReadonlyMap<string, AppendView>;
}

interface TableInfo {
  readonly name: string;
  readonly quoted: string;
  readonly key: readonly string[];
  /** Append-only with a monotonic column: read incrementally past the last value seen. */
  readonly appendColumn?: string;
}

/** The rows of an append-only table read so far, in order; a new generation starts when rows disappear. */
interface AppendLog {
  generation: number;
  keys: string[];
  rows: string[];
  last: number;
  /** The rows of the previous generation, to diff across a purge. */
  previous: Map<string, string> | null;
}

/**
 * Every table of the database and its primary key, asked of the database itself (SQLite's catalogue or
 * MariaDB's information_schema). A table without a primary key is keyed by all its columns.
 */
export async function discoverTables(dataSource: DataSource): Promise<{ readonly name: string; readonly key: readonly string[] }[]> {
  const out: { name: string; key: string[] }[] = [];
  if (dataSource.options.type === 'better-sqlite3') {
    const tables = (await dataSource.query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")) as { name: string }[];
    for (const { name } of tables) {
      const columns = (await dataSource.query(`PRAGMA table_info(${dataSource.driver.escape(name)})`)) as { name: string; pk: number }[];
      const key = columns.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk).map((c) => c.name);
      out.push({ name, key: key.length > 0 ? key : columns.map((c) => c.name) });
    }
  } else {
    const tables = (await dataSource.query("SELECT TABLE_NAME AS name FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE'")) as { name: string }[];
    const keys = (await dataSource.query(
      "SELECT TABLE_NAME AS name, COLUMN_NAME AS col FROM information_schema.KEY_COLUMN_USAGE WHERE TABLE_SCHEMA = DATABASE() AND CONSTRAINT_NAME = 'PRIMARY' ORDER BY ORDINAL_POSITION",
    )) as { name: string; col: string }[];
    for (const { name } of tables) {
      let key = keys.filter((k) => k.name === name).map((k) => k.col);
      if (key.length === 0) key = ((await dataSource.query(`SHOW COLUMNS FROM ${dataSource.driver.escape(name)}`)) as { Field: string }[]).map((c) => c.Field);
      out.push({ name, key });
    }
  }
  return out.sort((a, b) => a.name.localeCompare(b.name));
}

/** The operation history grows by the thousands in a fuzz run: it is read incrementally by sequence. */
const APPEND_ONLY: Readonly<Record<string, string>> = { audit_event: 'sequence' };

function keyOf(row: Row, key: readonly string[]): string {
  return key.map((k) => String(row[k])).join('\u0000');
}

function stable(row: Row): string {
  return JSON.stringify(Object.keys(row).sort().map((k) => [k, row[k] instanceof Date ? (row[k] as Date).toISOString() : row[k]]));
}

function parseRow(json: string): Row {
  return Object.fromEntries(JSON.parse(json) as [string, unknown][]);
}

/**
 * Watches every table of the database (discovered from the database, not listed by hand): `snapshot()`
 * returns the row count and a SHA-256 of the sorted rows of each table, and `diffSnapshots(a, b)` what
 * was added, removed or changed between two consecutive snapshots. The append-only operation history is
 * read incrementally (rows past the last sequence seen); `verifyUnchangedHistory()` re-reads it in full
 * and fails on any earlier row that changed (call it now and then and at the end).
 */
export class TableWatcher {
  private readonly logs = new Map<string, AppendLog>();

  private constructor(
    private readonly dataSource: DataSource,
    readonly tables: readonly TableInfo[],
  ) {}

  static async open(dataSource: DataSource): Promise<TableWatcher> {
    const infos = (await discoverTables(dataSource)).map(({ name, key }): TableInfo => {
      const appendColumn = APPEND_ONLY[name];
      return { name, quoted: dataSource.driver.escape(name), key, ...(appendColumn ? { appendColumn } : {}) };
    });
    return new TableWatcher(dataSource, infos);
  }

  private async readAppendLog(table: TableInfo & { readonly appendColumn: string }): Promise<AppendLog> {
    let log = this.logs.get(table.name);
    if (!log) {
      log = { generation: 0, keys: [], rows: [], last: Number.MIN_SAFE_INTEGER, previous: null };
      this.logs.set(table.name, log);
    }
    const column = this.dataSource.driver.escape(table.appendColumn);
    const [{ n }] = (await this.dataSource.query(`SELECT COUNT(*) AS n FROM ${table.quoted}`)) as [{ n: number | string }];
    const fresh = (await this.dataSource.query(`SELECT * FROM ${table.quoted} WHERE ${column} > ? ORDER BY ${column}`, [log.last])) as Row[];
    if (Number(n) !== log.rows.length + fresh.length) {
      // Rows disappeared (a purge) or appeared out of order: a new generation, read in full.
      const previous = new Map(log.keys.map((k, i) => [k, log?.rows[i] as string]));
      const all = (await this.dataSource.query(`SELECT * FROM ${table.quoted} ORDER BY ${column}`)) as Row[];
      log.generation += 1;
      log.previous = previous;
      log.keys = all.map((row) => keyOf(row, table.key));
      log.rows = all.map(stable);
      log.last = all.length > 0 ? Number((all[all.length - 1] as Row)[table.appendColumn]) : Number.MIN_SAFE_INTEGER;
      return log;
    }
    for (const row of fresh) {
      log.keys.push(keyOf(row, table.key));
      log.rows.push(stable(row));
    }
    if (fresh.length > 0) log.last = Number((fresh[fresh.length - 1] as Row)[table.appendColumn]);
    return log;
  }

  async snapshot(): Promise<Snapshot> {
    const counts = new Map<string, number>();
    const checksums = new Map<string, string>();
    const rows = new Map<string, ReadonlyMap<string, string>>();
    const appended = new Map<string, AppendView>();
    for (const table of this.tables) {
      if (table.appendColumn) {
        const log = await this.readAppendLog(table as TableInfo & { readonly appendColumn: string });
        counts.set(table.name, log.rows.length);
        // Earlier rows are verified in full by verifyUnchangedHistory; here: generation, size and the last row.
        checksums.set(table.name, `${log.generation}:${log.rows.length}:${createHash('sha256').update(log.rows[log.rows.length - 1] ?? '').digest('hex')}`);
        appended.set(table.name, { log, generation: log.generation, size: log.rows.length });
        continue;
      }
      const content = new Map<string, string>();
      for (const row of (await this.dataSource.query(`SELECT * FROM ${table.quoted}`)) as Row[]) content.set(keyOf(row, table.key), stable(row));
      counts.set(table.name, content.size);
      const hash = createHash('sha256');
      for (const key of [...content.keys()].sort()) hash.update(content.get(key) as string).update('\n');
      checksums.set(table.name, hash.digest('hex'));
      rows.set(table.name, content);
    }
    return { counts, checksums, rows, appended };
  }

  /**
   * Re-reads the append-only tables in full: the names of those where a row read earlier has changed or
   * vanished (what incremental reads by sequence cannot see).
   */
  async verifyUnchangedHistory(): Promise<string[]> {
    const differing: string[] = [];
    for (const table of this.tables) {
      const log = this.logs.get(table.name);
      if (!table.appendColumn || !log) continue;
      const all = (await this.dataSource.query(`SELECT * FROM ${table.quoted}`)) as Row[];
      const now = new Map(all.map((row) => [keyOf(row, table.key), stable(row)]));
      const unchanged = log.keys.every((k, i) => now.get(k) === log.rows[i]);
      // Rows appended since the last snapshot are not an error; rows that vanished or changed are.
      if (!unchanged) differing.push(table.name);
    }
    return differing;
  }
}

/** What changed in each table from `before` to `after`, two consecutive snapshots (equal checksums: skipped). */
export function diffSnapshots(before: Snapshot, after: Snapshot): TableDiff[] {
  const out: TableDiff[] = [];
  for (const [table, checksum] of after.checksums) {
    if (before.checksums.get(table) === checksum) continue;
    const view = after.appended.get(table);
    const old = before.appended.get(table);
    if (view && old) {
      if (view.generation === old.generation) {
        out.push({ table, added: view.log.rows.slice(old.size, view.size).map(parseRow), removed: [], changed: [] });
        continue;
      }
      // Across a purge: the previous generation in full against the current one.
      const a = view.log.previous ?? new Map<string, string>();
      const b = new Map(view.log.keys.map((k, i) => [k, view.log.rows[i] as string]));
      out.push(diffMaps(table, a, b));
      continue;
    }
    out.push(diffMaps(table, before.rows.get(table) ?? new Map<string, string>(), after.rows.get(table) ?? new Map<string, string>()));
  }
  return out;
}

function diffMaps(table: string, a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): TableDiff {
  const added: Row[] = [];
  const removed: Row[] = [];
  const changed: { before: Row; after: Row }[] = [];
  for (const [key, json] of b) {
    const old = a.get(key);
    if (old === undefined) added.push(parseRow(json));
    else if (old !== json) changed.push({ before: parseRow(old), after: parseRow(json) });
  }
  for (const [key, json] of a) if (!b.has(key)) removed.push(parseRow(json));
  return { table, added, removed, changed };
}
