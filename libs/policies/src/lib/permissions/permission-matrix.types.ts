import type { ArticleRef } from '../articles/articles';
import type { LocalizedText } from '../i18n/localized-text';
import type { Role } from './roles';

/**
 * How far a role reaches into the rows of a record type:
 * CITY — every row; OWN_SECTION — rows of the sections the person holds the role in; SELF — rows about
 * the person (or, for a ward system, the token) themselves.
 */
export type RowScope = 'CITY' | 'OWN_SECTION' | 'SELF';

/** What a role gets for one field: change it, read it, see a mask instead of the value, or nothing. */
export type FieldAccess = 'WRITE' | 'READ' | 'MASKED' | 'DENIED';

export interface FieldRule {
  /** Personal data: masked for the roles in PERSONAL_DATA_MASKED_FOR unless stated otherwise. */
  readonly personal?: boolean;
  /** Never readable by anyone through the API (hashes, secrets). */
  readonly secret?: boolean;
  /** Roles that may see the row but not this field. */
  readonly hiddenFrom?: readonly Role[];
  /** Roles that see a mask instead of the value. */
  readonly maskedFor?: readonly Role[];
  /** Set by the system (ids, timestamps, derived values): never writable. */
  readonly systemSet?: boolean;
  /**
   * The value is the reader's own, not the row's: e.g. when the caller read a notification (one receipt per
   * person). Two readers of the same row may get different values, by design; one reader gets the same
   * value through every path.
   */
  readonly perReader?: boolean;
}

export interface TypeRule {
  readonly article: ArticleRef;
  readonly label: LocalizedText;
  /** The token scope prefix a ward system needs (`<scope>:read`, `<scope>:write`). */
  readonly integrationScope?: string;
  /** Roles that may read rows of this type, and how far. A role not listed sees no row. */
  readonly read: Readonly<Partial<Record<Role, RowScope>>>;
  /** Roles that may create or change rows of this type, and how far. */
  readonly write: Readonly<Partial<Record<Role, RowScope>>>;
  readonly fields: Readonly<Record<string, FieldRule>>;
}

/** Who may call an operation: named roles, any signed-in principal, or anyone (pure computations only). */
export type OperationAudience = readonly Role[] | 'AUTHENTICATED' | 'PUBLIC';

export interface OperationRule {
  readonly article: ArticleRef;
  readonly audience: OperationAudience;
  /** Why the operation has the audience it has, for the rendered matrix. */
  readonly note?: LocalizedText;
}
