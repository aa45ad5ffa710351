import type { ValueTransformer } from 'typeorm';

/**
 * A `bigint` column as a JavaScript number (exact up to 2^53): mysql2 returns big numbers as strings
 * (`bigNumberStrings`), better-sqlite3 as numbers.
 */
export const BIGINT_AS_NUMBER: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | number | null) => (value === null ? null : Number(value)),
};
