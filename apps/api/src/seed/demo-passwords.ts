import { createHash } from 'node:crypto';
import { checkPasswordStrength, DEFAULT_PROFILE, type PasswordContext, type PolicyProfile } from '@juki/policies';

/** Words of the demo passphrases: romaji place and nature words and plain English nouns. */
const WORDS = [
  'umibe', 'kawara', 'hanabi', 'tsukimi', 'kogarashi', 'yuzakura', 'kaede', 'hotaru',
  'shiokaze', 'asagiri', 'yamabuki', 'tanbo', 'kujira', 'sazanami', 'hamanasu', 'komorebi',
  'lantern', 'granite', 'harbor', 'velvet', 'tundra', 'orchard', 'falcon', 'meadow',
  'compass', 'ember', 'glacier', 'saffron', 'quarry', 'lagoon', 'thistle', 'beacon',
  'cobalt', 'juniper', 'marble', 'pebble', 'walnut', 'bramble', 'cinder', 'fathom',
  'kestrel', 'larch', 'mosaic', 'nectar', 'obsidian', 'parsnip', 'quill', 'russet',
] as const;

/**
 * A strong passphrase for a demo account, the same on every run (so the printed credentials hold for
 * every fresh demo database): four words and a two-digit number drawn from SHA-256 of the employee number,
 * re-drawn until it passes `checkPasswordStrength` with the person's own data (第21条第2項).
 * Demo only: these are published in this source file's algorithm and must never protect real data.
 */
export function demoPassphrase(employeeNumber: string, context: PasswordContext, profile: PolicyProfile = DEFAULT_PROFILE): string {
  for (let attempt = 0; attempt < 100; attempt++) {
    const bytes = createHash('sha256').update(`juki-sec demo passphrase ${employeeNumber} ${attempt}`).digest();
    const words = [0, 1, 2, 3].map((i) => WORDS[(bytes[i] as number) % WORDS.length] as string);
    const number = 10 + ((bytes[4] as number) % 90);
    const candidate = `${words[0]}-${words[1]} ${words[2]}-${words[3]} ${number}`;
    if (new Set(words).size === 4 && checkPasswordStrength(candidate, context, profile).ok) return candidate;
  }
  throw new Error(`no demo passphrase passed the rules for ${employeeNumber}`);
}
