import {
  addDays,
  catalogueEntry,
  interpolate,
  jstDate,
  type ComplianceCheckDefinition,
  type ComplianceFacts,
  type IsoDate,
  type LocalizedText,
  type MessageCode,
  type MessageParams,
  type PolicyProfile,
} from '@juki/policies';
import type { EntityManager } from 'typeorm';

/** A piece of SQL with its positional (`?`) parameters (both drivers accept the same text). */
export interface SqlFragment {
  readonly sql: string;
  readonly params: readonly unknown[];
}

/**
 * The caller's row filter as SQL over the columns that say whose a row is — the API passes its own
 * `rowFilterSql(rowFilterFor(principal, 'ComplianceCheck', 'read', asOf), columns)`, so a check reaches
 * exactly the rows the caller's other reads reach, in the SQL itself.
 */
export type RowScopeSql = (columns: { readonly section?: string; readonly staff?: string }) => SqlFragment;

/** Where a check's query runs: the records as they stood at `at`, under the profile of `asOf`, in the caller's rows. */
export interface ComplianceQueryContext {
  readonly manager: EntityManager;
  readonly asOf: IsoDate;
  /** The instant the records are read as of: the end of `asOf` in Japan, or now when that is earlier. */
  readonly at: Date;
  /** Whether `at` is now (the date is today or later): the records are read as they are, not as they were. */
  readonly current: boolean;
  /** The profile in force on `asOf`. */
  readonly profile: PolicyProfile;
  /** The profile in force on another date (e.g. the day a purge ran); undefined before the guidelines. */
  readonly profileOn: (date: IsoDate) => PolicyProfile | undefined;
  readonly scope: RowScopeSql;
  readonly cityWide: boolean;
}

/** One offending record: which record, whose section, and what is wrong (ja/en). */
export interface ComplianceOffender {
  /** The record type as the permission matrix names it (`OperatorIdCard`, `Staff`, `AuditEvent`…). */
  readonly recordType: string;
  /** The record's row id; null when the offence is a record that is missing (e.g. a truncated chain). */
  readonly recordId: string | null;
  /** The keyset position of this offender in the check's list (opaque to callers, unique per check). */
  readonly key: string;
  readonly sectionId: string | null;
  readonly description: LocalizedText;
}

export interface OffenderPageRequest {
  /** At most this many offenders (0–100). */
  readonly first: number;
  /** The `key` of the last offender of the previous page. */
  readonly after: string | null;
}

export interface ComplianceQueryResult {
  readonly facts: ComplianceFacts;
  readonly offenders: readonly ComplianceOffender[];
  readonly hasMoreOffenders: boolean;
}

/** A check's query: the facts (aggregate counts) and one page of offenders, as of the context's date. */
export interface ComplianceQuery {
  readonly check: ComplianceCheckDefinition;
  /**
   * A pass over a whole ledger city-wide (a sum per record): a report starts these first, so that the
   * cheaper checks fill the other connections meanwhile instead of one heavy check ending the report alone.
   */
  readonly heavy?: boolean;
  run(context: ComplianceQueryContext, page: OffenderPageRequest): Promise<ComplianceQueryResult>;
}

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** The first instant after `date` in Japan (UTC+9, no daylight saving). */
export function endOfJstDay(date: IsoDate): Date {
  return new Date(`${addDays(date, 1)}T00:00:00.000+09:00`);
}

/** An instant as both databases store `datetime(3)`: `YYYY-MM-DD HH:MM:SS.mmm`, UTC. */
export function sqlInstant(instant: Date): string {
  return instant.toISOString().replace('T', ' ').slice(0, 23);
}

export function hoursBefore(instant: Date, hours: number): Date {
  return new Date(instant.getTime() - hours * HOUR_MS);
}

export function daysBefore(instant: Date, days: number): Date {
  return new Date(instant.getTime() - days * DAY_MS);
}

/** A `datetime` read back by either driver (mysql2: Date; better-sqlite3: UTC text) as an instant. */
export function readInstant(value: unknown): Date | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value;
  const text = String(value);
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(text) ? text : `${text.replace(' ', 'T')}Z`);
}

/** A `date` read back by either driver as `YYYY-MM-DD` (mysql2 with `timezone: 'Z'` gives midnight UTC). */
export function readIsoDate(value: unknown): IsoDate | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).slice(0, 10);
}

/** A count read back by either driver (MariaDB answers SUM and COUNT as decimal text). */
export function readCount(value: unknown): number {
  return value === null || value === undefined ? 0 : Number(value);
}

/** The Japan date of an instant read back from the database ('—' when absent). */
export function shownDate(value: unknown): string {
  const instant = readInstant(value);
  return instant ? jstDate(instant) : '—';
}

/** A description from the catalogue with parameters per language (e.g. a status shown in Japanese or English). */
export function describe(code: MessageCode, ja: MessageParams, en: MessageParams = ja): LocalizedText {
  const entry = catalogueEntry(code);
  return { ja: interpolate(entry.ja, ja), en: interpolate(entry.en, en) };
}

/** A page size inlined into SQL: validated first. */
export function pageLimit(page: OffenderPageRequest): number {
  const first = Math.trunc(page.first);
  if (!Number.isSafeInteger(first) || first < 0 || first > 100) throw new RangeError('an offender page holds 0–100 records');
  return first + 1;
}

/**
 * A SQL check over one table (joined as needed): the population (rows the rule looks at as of the date,
 * caller's rows only) and the offending condition among them. Two statements, both aggregate or bounded:
 * `COUNT(*)`/`SUM(CASE …)` for the facts, and a keyset page (`key > ? ORDER BY key LIMIT n`) of offenders.
 */
export interface SqlCheckShape<TRaw> {
  /** `FROM … JOIN …` (aliases used by the fragments below); may hold a derived table. */
  readonly from: string;
  /** The parameters of `from`, if it has any (a derived table's). */
  readonly fromParams?: readonly unknown[];
  /**
   * With `countOffendersApart`: a narrower `FROM` for the population count alone, when the population's
   * conditions need fewer tables than the offending condition (e.g. city-wide, no join that only carries the
   * row scope). Same rows, same count; it must need no parameters.
   */
  readonly populationFrom?: string;
  /** Conditions that define the population (row scope included). */
  readonly population: readonly SqlFragment[];
  /** The offending condition among the population. */
  readonly offending: SqlFragment;
  /**
   * Joins the offender page needs for its columns but the counts do not (e.g. the output record a disposal
   * names, for its form name): appended to `from` in the page's statement only, which reads a page of rows.
   */
  readonly pageJoin?: string;
  /** The selected columns of an offender row; must include the key column as `offender_key`. */
  readonly columns: string;
  /** The parameters of `columns`, if it has any (a correlated subquery's). */
  readonly columnParams?: readonly unknown[];
  /** The keyset column (unique), e.g. `c.id`. */
  readonly keyColumn: string;
  /**
   * Count the offenders in a statement of their own (`WHERE population AND offending`) instead of a
   * `SUM(CASE …)` over the population: for an offending condition an index reaches (a few rows of a big
   * table) or one that is costly per row (a subquery), evaluated only where the index leads.
   */
  readonly countOffendersApart?: boolean;
  readonly toOffender: (raw: TRaw) => ComplianceOffender;
}

export async function runSqlCheck<TRaw>(manager: EntityManager, shape: SqlCheckShape<TRaw>, page: OffenderPageRequest): Promise<ComplianceQueryResult> {
  const where = shape.population.map((f) => `(${f.sql})`).join(' AND ') || '1 = 1';
  const whereParams = shape.population.flatMap((f) => f.params);
  const fromParams = shape.fromParams ?? [];
  let facts: { population: number; offenders: number };
  if (shape.countOffendersApart) {
    const [population, offenders] = (await Promise.all([
      manager.query(
        `SELECT COUNT(*) AS n FROM ${shape.populationFrom ?? shape.from} WHERE ${where}`,
        shape.populationFrom === undefined ? [...fromParams, ...whereParams] : whereParams,
      ),
      manager.query(`SELECT COUNT(*) AS n FROM ${shape.from} WHERE ${where} AND (${shape.offending.sql})`, [...fromParams, ...whereParams, ...shape.offending.params]),
    ])) as [{ n: unknown }[], { n: unknown }[]];
    facts = { population: readCount(population[0]?.n), offenders: readCount(offenders[0]?.n) };
  } else {
    const [totals] = (await manager.query(
      `SELECT COUNT(*) AS population, COALESCE(SUM(CASE WHEN ${shape.offending.sql} THEN 1 ELSE 0 END), 0) AS offenders FROM ${shape.from} WHERE ${where}`,
      [...shape.offending.params, ...fromParams, ...whereParams],
    )) as { population: unknown; offenders: unknown }[];
    facts = { population: readCount(totals?.population), offenders: readCount(totals?.offenders) };
  }
  const limit = pageLimit(page);
  if (facts.offenders === 0 || limit === 1) return { facts, offenders: [], hasMoreOffenders: facts.offenders > 0 };
  const after = page.after === null ? [] : [page.after];
  const raw = (await manager.query(
    `SELECT ${shape.columns} FROM ${shape.from}${shape.pageJoin ? ` ${shape.pageJoin}` : ''} WHERE ${where} AND (${shape.offending.sql})${page.after === null ? '' : ` AND ${shape.keyColumn} > ?`} ORDER BY ${shape.keyColumn} LIMIT ${limit}`,
    [...(shape.columnParams ?? []), ...fromParams, ...whereParams, ...shape.offending.params, ...after],
  )) as TRaw[];
  const more = raw.length >= limit;
  return { facts, offenders: (more ? raw.slice(0, limit - 1) : raw).map(shape.toOffender), hasMoreOffenders: more };
}
