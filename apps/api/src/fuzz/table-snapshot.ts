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
  /** Every column, quoted (for the SQLite fingerprint). */
  readonly columns: readonly string[];
  /** Append-only with a monotonic column: read incrementally past the last value seen. */
  readonly appendColumn?: string;
}

/** A table as the previous snapshot read it: its fingerprint, rows and checksum (reused while the fingerprint holds). */
interface TableState {
  readonly fingerprint: string;
  readonly content: ReadonlyMap<string, string>;
  readonly checksum: string;
}

/** better-sqlite3's Database, as far as the fingerprint needs it (the connection TypeORM holds). */
interface SqliteDatabase {
  aggregate(name: string, options: { start: () => unknown; step: (total: unknown, ...values: unknown[]) => unknown; result: (total: unknown) => unknown; varargs: boolean }): unknown;
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
export async function discoverTables(dataSource: DataSource): Promise<{ readonly name: string; readonly key: readonly string[]; readonly columns: readonly string[] }[]> {
  const out: { name: string; key: string[]; columns: string[] }[] = [];
  if (dataSource.options.type === 'better-sqlite3') {
    const tables = (await dataSource.query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")) as { name: string }[];
    for (const { name } of tables) {
      const columns = (await dataSource.query(`PRAGMA table_info(${dataSource.driver.escape(name)})`)) as { name: string; pk: number }[];
      const key = columns.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk).map((c) => c.name);
      out.push({ name, key: key.length > 0 ? key : columns.map((c) => c.name), columns: columns.map((c) => c.name) });
    }
  } else {
    const tables = (await dataSource.query("SELECT TABLE_NAME AS name FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE'")) as { name: string }[];
    const keys = (await dataSource.query(
      "SELECT TABLE_NAME AS name, COLUMN_NAME AS col FROM information_schema.KEY_COLUMN_USAGE WHERE TABLE_SCHEMA = DATABASE() AND CONSTRAINT_NAME = 'PRIMARY' ORDER BY ORDINAL_POSITION",
    )) as { name: string; col: string }[];
    for (const { name } of tables) {
      let key = keys.filter((k) => k.name === name).map((k) => k.col);
      if (key.length === 0) key = ((await dataSource.query(`SHOW COLUMNS FROM ${dataSource.driver.escape(name)}`)) as { Field: string }[]).map((c) => c.Field);
      out.push({ name, key, columns: [] });
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
  private readonly states = new Map<string, TableState>();
  /** Tables read in full by the last snapshot (the others' fingerprints had not moved). */
  lastRead: readonly string[] = [];

  private constructor(
    private readonly dataSource: DataSource,
    readonly tables: readonly TableInfo[],
  ) {}

  static async open(dataSource: DataSource): Promise<TableWatcher> {
    const infos = (await discoverTables(dataSource)).map(({ name, key, columns }): TableInfo => {
      const appendColumn = APPEND_ONLY[name];
      return { name, quoted: dataSource.driver.escape(name), key, columns: columns.map((c) => dataSource.driver.escape(c)), ...(appendColumn ? { appendColumn } : {}) };
    });
    if (dataSource.options.type === 'better-sqlite3') registerSqliteFingerprint(dataSource);
    return new TableWatcher(dataSource, infos);
  }

  /**
   * A fingerprint of every table's content, computed in the database in ONE statement (MariaDB's
   * `CHECKSUM TABLE`; on SQLite an order-independent aggregate over every column, registered on the
   * connection): a table whose fingerprint has not moved since the last snapshot is not read again.
   */
  private async fingerprints(tables: readonly TableInfo[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    if (tables.length === 0) return out;
    if (this.dataSource.options.type === 'better-sqlite3') {
      const sql = tables.map((t, i) => `SELECT ${i} AS i, fuzz_fingerprint(${t.columns.join(', ')}) AS f FROM ${t.quoted}`).join(' UNION ALL ');
      for (const row of (await this.dataSource.query(sql)) as { i: number; f: string }[]) out.set((tables[row.i] as TableInfo).name, String(row.f));
    } else {
      const rows = (await this.dataSource.query(`CHECKSUM TABLE ${tables.map((t) => t.quoted).join(', ')} EXTENDED`)) as { Table: string; Checksum: string | number | null }[];
      for (const row of rows) out.set(row.Table.slice(row.Table.lastIndexOf('.') + 1), String(row.Checksum));
    }
    return out;
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
    const fingerprints = await this.fingerprints(this.tables.filter((t) => !t.appendColumn));
    const read: string[] = [];
    for (const table of this.tables) {
      if (table.appendColumn) {
        const log = await this.readAppendLog(table as TableInfo & { readonly appendColumn: string });
        counts.set(table.name, log.rows.length);
        // Earlier rows are verified in full by verifyUnchangedHistory; here: generation, size and the last row.
        checksums.set(table.name, `${log.generation}:${log.rows.length}:${createHash('sha256').update(log.rows[log.rows.length - 1] ?? '').digest('hex')}`);
        appended.set(table.name, { log, generation: log.generation, size: log.rows.length });
        continue;
      }
      const fingerprint = fingerprints.get(table.name) ?? '';
      const previous = this.states.get(table.name);
      if (previous && fingerprint !== '' && previous.fingerprint === fingerprint) {
        counts.set(table.name, previous.content.size);
        checksums.set(table.name, previous.checksum);
        rows.set(table.name, previous.content);
        continue;
      }
      read.push(table.name);
      const content = new Map<string, string>();
      for (const row of (await this.dataSource.query(`SELECT * FROM ${table.quoted}`)) as Row[]) content.set(keyOf(row, table.key), stable(row));
      counts.set(table.name, content.size);
      const hash = createHash('sha256');
      for (const key of [...content.keys()].sort()) hash.update(content.get(key) as string).update('\n');
      const checksum = hash.digest('hex');
      checksums.set(table.name, checksum);
      rows.set(table.name, content);
      this.states.set(table.name, { fingerprint, content, checksum });
    }
    this.lastRead = read;
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

/** 32-bit FNV-1a of a row's values (as text), for the SQLite fingerprint. */
function rowHash(values: readonly unknown[]): number {
  let h = 0x811c9dc5;
  for (const value of values) {
    const text = value === null ? '\u0001null' : value instanceof Uint8Array ? Buffer.from(value).toString('base64') : `${typeof value}:${String(value)}`;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
    h = Math.imul(h ^ 0x1f, 0x01000193) >>> 0;
  }
  return h;
}

const registered = new WeakSet<object>();

/**
 * `fuzz_fingerprint(col, …)`: an order-independent fingerprint of a table's rows (count, sum and xor of
 * the rows' hashes, and the sum of the hashes squared) — any insert, delete or change of a value moves it
 * but for a 2⁻⁶⁴-ish coincidence. Registered on the one better-sqlite3 connection TypeORM holds.
 */
function registerSqliteFingerprint(dataSource: DataSource): void {
  const db = (dataSource.driver as unknown as { databaseConnection: SqliteDatabase }).databaseConnection;
  if (registered.has(db)) return;
  registered.add(db);
  db.aggregate('fuzz_fingerprint', {
    varargs: true,
    start: () => [0, 0, 0, 0],
    step: (total, ...values) => {
      const t = total as [number, number, number, number];
      const h = rowHash(values);
      return [t[0] + 1, (t[1] + h) % 2 ** 52, (t[2] ^ h) >>> 0, (t[3] + ((h * 2_654_435_761) % 2 ** 32)) % 2 ** 52];
    },
    result: (total) => (total as number[]).join(':'),
  });
}