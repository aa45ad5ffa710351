import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { hashSecretToken, newSecretToken, secretTokenKind } from './secret-token';

describe('opaque bearer secrets', () => {
  it('are 32 random bytes in base64url behind a prefix naming their kind', () => {
    const session = newSecretToken('session');
    const client = newSecretToken('apiClient');
    expect(session).toMatch(/^jss_[A-Za-z0-9_-]{43}$/);
    expect(client).toMatch(/^jsa_[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(session.slice(4), 'base64url')).toHaveLength(32);
    expect(secretTokenKind(session)).toBe('session');
    expect(secretTokenKind(client)).toBe('apiClient');
  });

  it('never repeat', () => {
    const tokens = new Set(Array.from({ length: 2_000 }, () => newSecretToken('session')));
    expect(tokens.size).toBe(2_000);
  });

  it.each(['', 'jss_', 'jss_short', `jss_${'A'.repeat(42)}`, `jss_${'A'.repeat(44)}`, `jsx_${'A'.repeat(43)}`, `jss_${'A'.repeat(42)}=`, `Bearer jss_${'A'.repeat(43)}`])(
    'refuse %j',
    (token) => {
      expect(secretTokenKind(token)).toBeNull();
    },
  );

  it('are stored as their lower-case hex SHA-256', () => {
    fc.assert(
      fc.property(fc.string(), (token) => {
        expect(hashSecretToken(token)).toBe(createHash('sha256').update(token, 'utf8').digest('hex'));
        expect(hashSecretToken(token)).toMatch(/^[0-9a-f]{64}$/);
      }),
    );
  });
});
