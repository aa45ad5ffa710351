import { dummyPasswordHash, hashPassword, MAX_PASSWORD_INPUT, verifyPassword } from './password-hashing';

describe('argon2id password hashing (第21条第3項: the password itself is never kept)', () => {
  it('hashes with argon2id and a random salt, and verifies only the same password', async () => {
    const password = 'quiet-harbor lantern-meadow 47 kogarashi';
    const first = await hashPassword(password);
    const second = await hashPassword(password);
    expect(first).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(first).not.toBe(second);
    expect(first).not.toContain(password);
    expect(await verifyPassword(first, password)).toBe(true);
    expect(await verifyPassword(second, password)).toBe(true);
    expect(await verifyPassword(first, `${password} `)).toBe(false);
  });

  it('treats full-width and half-width spellings as the same password (NFKC, as the strength rule counts)', async () => {
    const hash = await hashPassword('ｑｕｉｅｔ－ｈａｒｂｏｒ ４７');
    expect(await verifyPassword(hash, 'quiet-harbor 47')).toBe(true);
  });

  it('never throws on a malformed hash, and refuses over-long input without hashing it in full', async () => {
    expect(await verifyPassword('not-a-hash', 'x')).toBe(false);
    const hash = await hashPassword('a'.repeat(MAX_PASSWORD_INPUT));
    expect(await verifyPassword(hash, 'a'.repeat(MAX_PASSWORD_INPUT + 1))).toBe(false);
    await expect(hashPassword('a'.repeat(MAX_PASSWORD_INPUT + 1))).rejects.toThrow(RangeError);
  });

  it('keeps one dummy hash per process for unknown cards (the same work as a real verification)', async () => {
    const dummy = await dummyPasswordHash();
    expect(dummy).toBe(await dummyPasswordHash());
    expect(dummy).toMatch(/^\$argon2id\$/);
  });
});
