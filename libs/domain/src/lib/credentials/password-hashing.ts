import { randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

/**
 * argon2id (RFC 9106) through @node-rs/argon2, at its defaults: 19 MiB, 2 passes, 1 lane — the OWASP
 * minimum, ≈ 15 ms per verification on the reference machine. The PHC string carries the parameters,
 * so older hashes keep verifying when these change.
 */
const ARGON2ID = 2; // Algorithm.Argon2id (a const enum, which isolatedModules cannot read from a .d.ts)

/** Longest password the hasher is given: anything longer fails verification without being hashed in full. */
export const MAX_PASSWORD_INPUT = 1024;

export async function hashPassword(password: string): Promise<string> {
  if (password.length > MAX_PASSWORD_INPUT) throw new RangeError('password too long to hash');
  return hash(password.normalize('NFKC'), { algorithm: ARGON2ID });
}

/**
 * Whether `password` matches `passwordHash`. Never throws on a malformed hash (false). Passwords are
 * compared after NFKC, as the strength rule counts them, so a full-width and a half-width spelling of
 * the same password are the same password.
 */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  const input = password.length > MAX_PASSWORD_INPUT ? password.slice(0, MAX_PASSWORD_INPUT) : password;
  try {
    const ok = await verify(passwordHash, input.normalize('NFKC'));
    return ok && password.length <= MAX_PASSWORD_INPUT;
  } catch {
    return false;
  }
}

let dummy: Promise<string> | undefined;

/**
 * A hash of a random password, made once per process: sign-in verifies against it when the card is
 * unknown, so that an unknown card takes as long as a known one (no timing shortcut, no enumeration).
 */
export function dummyPasswordHash(): Promise<string> {
  dummy ??= hashPassword(randomBytes(24).toString('base64url'));
  return dummy;
}
