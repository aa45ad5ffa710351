/**
 * Benchmark of the password rules of 第21条第2項 and the PIN check of 第10条の4 (not a test).
 *
 *   npm run bench:policies                     # checkPasswordStrength vs zxcvbn 4.4.2, adversarial inputs, checkPin
 *   npm run bench:policies -- --zxcvbn-ts      # also the unmodified @zxcvbn-ts/core 4.2 (the "before"; slow)
 *   npm run bench:policies -- --quick          # fewer iterations
 *
 * Prints p50/p95 in ms of the whole checkPasswordStrength (normalisation, estimator, every explicit
 * rejection) for 8-, 15- and 64-character inputs, beside the original zxcvbn 4.4.2 in the same run; the
 * slowest input of an adversarial set up to maxLength (128); and p50/p95 in µs of checkPin.
 * See docs/password-estimator.md.
 */
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary as commonDictionary } from '@zxcvbn-ts/language-common';
import { dictionary as englishDictionary, translations } from '@zxcvbn-ts/language-en';
import { dictionary as japaneseDictionary } from '@zxcvbn-ts/language-ja';
import zxcvbn from 'zxcvbn';
import { cpus } from 'node:os';
// The PIN check of 第10条の4 is written in libs/policies/src/lib/cards/ and exported from the barrel.
import { checkPasswordStrength, checkPin, type PasswordContext } from '@juki/policies';

const args = new Set(process.argv.slice(2));
const QUICK = args.has('--quick');
const WITH_ZXCVBN_TS = args.has('--zxcvbn-ts');
const ITERATIONS = QUICK ? 40 : 200;

const CONTEXT: PasswordContext = {
  userId: 'yamada.taro',
  idCardNumber: 'C-20481937',
  names: ['山田 太郎', 'やまだ たろう', 'Yamada Taro'],
  birthDate: '1985-06-12',
  today: '2026-11-28',
};

/** `unit` repeated and cut to exactly `length` code points. */
function fit(unit: string, length: number): string {
  const chars = [...unit];
  return Array.from({ length }, (_, i) => chars[i % chars.length]).join('');
}

const SETS: Readonly<Record<string, readonly string[]>> = {
  '8 chars': ['password', 'p4$$w0rd', 'kq8#Lm2!', 'sakura85', 'たなかやまだ12', 'Tr0ub4d&'],
  '15 chars': ['correcthorse12!', 'Tr0ub4dor&3xyzq', 'sakura2024tokyo', 'kq8#Lm2!vZ9pQ7x', 'やまだたろう1985ねこ!xy', 'blue-river-song'],
  '64 chars': [
    fit('correcthorsebatterystaple', 64),
    fit('password', 64),
    fit('4@3!1$0+', 64),
    fit('kq8#Lm2!vZ9pQ7xR', 64),
    fit('the quick brown fox jumps over the lazy dog and runs on ', 64),
    fit('ゆきだるまがとけてしまったよはるがきたんだね', 64),
  ],
};

let seed = 20260401;
const random = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const randomFrom = (chars: string, length: number): string => {
  const pool = [...chars];
  return Array.from({ length }, () => pool[Math.floor(random() * pool.length)]).join('');
};

/** Inputs chosen to be slow for the zxcvbn family (each at maxLength = 128 code points unless named). */
const ADVERSARIAL: Readonly<Record<string, string>> = {
  'one character': fit('a', 128),
  'two-character period': fit('ab', 128),
  'l33t-heavy repeat': fit('4@3!1$0+', 128),
  'l33t symbols, random': randomFrom('4@31!$05+7|(<[{}6928#%>^/', 128),
  'multi-character l33t': fit('|<|_|()|-|/\\\\/\\\\', 128),
  'ambiguous l33t (1 l | ! i)': fit('1l|!i', 128),
  'random digits': randomFrom('0123456789', 128),
  'repeated date': fit('19851206', 128),
  'dates with separators': fit('12/06/1985-', 128),
  'dictionary words': fit('correcthorsebatterystaple', 128),
  'l33t dictionary words': fit('p4ssw0rdc0rr3ct', 128),
  'romaji names': fit('sakuratanakayamadasuzuki', 128),
  'word sequence': fit('onetwothreefourfive', 128),
  'keyboard + keypad': fit('qwertyuiop789456123', 128),
  'alphabet sequence': fit('abcdefghijklmnopqrstuvwxyz', 128),
  'kana': fit('あいうえおかきくけこ', 128),
  'emoji (surrogate pairs)': fit('😀🙃🐱🌸', 128),
  'near-period (ab…abc)×2': 'ab'.repeat(31) + 'c' + 'ab'.repeat(31) + 'c',
  'random printable': randomFrom('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!@#$%^&*()', 128),
  'full-width': fit('ｐａｓｓｗｏｒｄ１２３４', 128),
  'too long (129)': fit('kq8#Lm2!vZ9pQ7xR', 129),
  'huge (100 000)': fit('kq8#Lm2!vZ9pQ7xR', 100_000),
};

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}

function timeEach(fn: () => unknown, iterations: number): number[] {
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return times;
}

const sortNumbers = (values: readonly number[]): number[] => [...values].sort((a, b) => a - b);
const ms = (value: number): string => value.toFixed(value < 10 ? 2 : 1).padStart(7);
const pad = (text: string, width: number): string => text + ' '.repeat(Math.max(0, width - [...text].length));

function main(): void {
  console.log(`bench:policies — node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}`);
  console.log(`iterations per input: ${ITERATIONS}${QUICK ? ' (--quick)' : ''}\n`);

  const coldStart = performance.now();
  checkPasswordStrength('warm-up only', CONTEXT);
  console.log(`first call (loads and indexes the dictionaries): ${(performance.now() - coldStart).toFixed(0)} ms`);

  const reference = WITH_ZXCVBN_TS
    ? new ZxcvbnFactory({ dictionary: { ...commonDictionary, ...englishDictionary, ...japaneseDictionary }, graphs: adjacencyGraphs, translations })
    : undefined;

  // warm-up: JIT both sides on every input
  for (const inputs of Object.values(SETS)) {
    for (const pw of inputs) {
      for (let i = 0; i < 20; i++) {
        checkPasswordStrength(pw, CONTEXT);
        zxcvbn(pw);
      }
    }
  }

  console.log('\n1. whole checkPasswordStrength vs zxcvbn 4.4.2 (same inputs, same run), ms');
  const header = `${pad('set', 10)}${pad('', 2)} ours p50 ours p95 | zxcvbn p50 zxcvbn p95 | p95 ratio ours/zxcvbn`;
  console.log(header + (reference ? ' | zxcvbn-ts 4.2 p50     p95' : ''));
  for (const [name, inputs] of Object.entries(SETS)) {
    const ours: number[] = [];
    const original: number[] = [];
    const before: number[] = [];
    for (const pw of inputs) {
      ours.push(...timeEach(() => checkPasswordStrength(pw, CONTEXT), ITERATIONS));
      original.push(...timeEach(() => zxcvbn(pw), ITERATIONS));
      if (reference) before.push(...timeEach(() => reference.check(pw), QUICK ? 3 : 10));
    }
    const [o, z, b] = [sortNumbers(ours), sortNumbers(original), sortNumbers(before)];
    let line = `${pad(name, 12)}${ms(percentile(o, 50))}  ${ms(percentile(o, 95))} | ${ms(percentile(z, 50))}    ${ms(percentile(z, 95))} | ${(percentile(o, 95) / percentile(z, 95)).toFixed(2).padStart(6)}`;
    if (reference) line += `                 | ${ms(percentile(b, 50))}    ${ms(percentile(b, 95))}`;
    console.log(line);
  }

  console.log('\n   per input (ours p95 / zxcvbn p95, ms; score ours / zxcvbn):');
  for (const inputs of Object.values(SETS)) {
    for (const pw of inputs) {
      const o = sortNumbers(timeEach(() => checkPasswordStrength(pw, CONTEXT), QUICK ? 20 : 60));
      const z = sortNumbers(timeEach(() => zxcvbn(pw), QUICK ? 20 : 60));
      const label = pw.length > 40 ? `${pw.slice(0, 37)}…` : pw;
      console.log(
        `   ${pad(JSON.stringify(label), 44)} ${ms(percentile(o, 95))} / ${ms(percentile(z, 95))}   score ${checkPasswordStrength(pw, CONTEXT).score} / ${zxcvbn(pw).score}`,
      );
    }
  }

  console.log('\n2. adversarial inputs, whole checkPasswordStrength, ms (limit: 50 ms at any length up to 128)');
  let worst = { name: '', p50: 0, max: 0 };
  for (const [name, pw] of Object.entries(ADVERSARIAL)) {
    for (let i = 0; i < 5; i++) checkPasswordStrength(pw, CONTEXT);
    const times = sortNumbers(timeEach(() => checkPasswordStrength(pw, CONTEXT), QUICK ? 15 : 40));
    const p50 = percentile(times, 50);
    const max = times[times.length - 1] as number;
    console.log(`   ${pad(name, 30)} ${String([...pw].length).padStart(6)} chars  p50 ${ms(p50)}  p95 ${ms(percentile(times, 95))}  max ${ms(max)}`);
    if (p50 > worst.p50) worst = { name, p50, max };
  }
  console.log(`   worst: "${worst.name}" — p50 ${worst.p50.toFixed(2)} ms, max ${worst.max.toFixed(2)} ms`);

  console.log('\n3. checkPin(pin, birthDate) from @juki/policies, µs per call (batches of 1000)');
  const pins = ['1234', '0612', '8532', '1985', '7391', '0000', '2580', '４８２７'];
  const batches: number[] = [];
  for (let warm = 0; warm < 20_000; warm++) checkPin(pins[warm % pins.length] as string, '1985-06-12');
  for (let b = 0; b < (QUICK ? 50 : 300); b++) {
    const start = performance.now();
    for (let i = 0; i < 1000; i++) checkPin(pins[i % pins.length] as string, '1985-06-12');
    batches.push(((performance.now() - start) * 1000) / 1000);
  }
  const pin = sortNumbers(batches);
  console.log(`   p50 ${percentile(pin, 50).toFixed(3)} µs   p95 ${percentile(pin, 95).toFixed(3)} µs`);
}

main();
