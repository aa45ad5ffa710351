import { Table, type QueryRunner, type TableColumnOptions, type TableOptions } from 'typeorm';

/** Every string column on MariaDB/MySQL stores full Unicode and compares exactly (no kana folding). */
export const MYSQL_CHARSET = 'utf8mb4';
export const MYSQL_COLLATION = 'utf8mb4_bin';

// ENUM columns are left out: TypeORM writes their CHARACTER SET before the value list, which MariaDB
// refuses; they take the table's charset and hold ASCII code names only.
const STRING_TYPES = new Set(['varchar', 'char', 'text', 'mediumtext', 'longtext', 'tinytext']);

export function isMysqlFamily(queryRunner: QueryRunner): boolean {
  const type = queryRunner.connection.options.type;
  return type === 'mysql' || type === 'mariadb';
}

/**
 * A table definition that means the same on SQLite and MariaDB, for migrations written with the
 * QueryRunner/Table API (one migration set for both databases). It refuses a table without a primary
 * key — Galera replicates only InnoDB rows that have one — and on MariaDB sets InnoDB and utf8mb4 and
 * turns `simple-enum` into ENUM; on SQLite it writes `int` as `integer` (the Table API passes types
 * through as written, while TypeORM compares them with its per-driver spelling).
 */
export function portableTable(queryRunner: QueryRunner, options: TableOptions): Table {
  const columns = options.columns ?? [];
  if (!columns.some((c) => c.isPrimary)) {
    throw new Error(`table ${options.name} has no primary key: every table needs one (Galera, KNOWN-GOOD)`);
  }
  if (!isMysqlFamily(queryRunner)) return new Table({ ...options, columns: columns.map(forSqlite) });
  return new Table({ ...options, engine: 'InnoDB', columns: columns.map(forMysql) });
}

/** TypeORM's SQLite driver reads entity `int` as `integer`: create it so, or the schema would never match. */
function forSqlite(column: TableColumnOptions): TableColumnOptions {
  return String(column.type).toLowerCase() === 'int' ? { ...column, type: 'integer' } : column;
}

/** `simple-enum` (a CHECK on SQLite) is a native ENUM on MariaDB, as TypeORM maps it for entities. */
function forMysql(column: TableColumnOptions): TableColumnOptions {
  const type = String(column.type).toLowerCase();
  const typed = type === 'simple-enum' ? { ...column, type: 'enum' } : column;
  if (!STRING_TYPES.has(type) || column.charset) return typed;
  return { ...typed, charset: MYSQL_CHARSET, collation: MYSQL_COLLATION };
}
