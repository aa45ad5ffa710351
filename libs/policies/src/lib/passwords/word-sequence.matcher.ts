/**
 * Word sequences ("onetwothree", "januaryfebruary"), found as @zxcvbn-ts/core 4.2 finds them
 * (matcher/wordSequence/matching.ts, MIT licence, zxcvbn-ts authors) but from the hits of the fast
 * dictionary walk instead of three more full dictionary passes. Part of the 第21条第2項 estimate.
 */
export interface SequenceWord {
  readonly i: number;
  readonly j: number;
  readonly word: string;
  readonly rank: number;
  readonly dictionaryName: string;
  readonly reversed: boolean;
  readonly l33t: boolean;
}

export interface WordSequenceFound {
  readonly pattern: 'wordSequence';
  readonly i: number;
  readonly j: number;
  readonly token: string;
  readonly words: string[];
  readonly wordCount: number;
  readonly dictionaryName: string;
  readonly ascending: boolean;
}

/** Keeps non-overlapping words, earliest first, preferring forward, literal and common words. */
function nonOverlapping(words: readonly SequenceWord[]): SequenceWord[] {
  const sorted = [...words].sort(
    (a, b) =>
      a.i - b.i ||
      a.j - b.j ||
      Number(a.reversed) - Number(b.reversed) ||
      Number(a.l33t) - Number(b.l33t) ||
      a.rank - b.rank,
  );
  const kept: SequenceWord[] = [];
  for (const w of sorted) {
    const last = kept[kept.length - 1];
    if (!last || w.i > last.j) kept.push(w);
  }
  return kept;
}

const SEPARATORS = new Set(['', ' ', '-', '_', '.']);

function joins(previous: SequenceWord, next: SequenceWord, password: string): boolean {
  const between = password.slice(previous.j + 1, next.i);
  const camel = between.length === 1 && between === between.toUpperCase() && between !== between.toLowerCase();
  return SEPARATORS.has(between) || camel;
}

function mostCommon(names: readonly string[]): string {
  const counts = new Map<string, number>();
  let best = names[0] ?? '';
  let bestCount = 0;
  for (const name of names) {
    const count = (counts.get(name) ?? 0) + 1;
    counts.set(name, count);
    if (count > bestCount) {
      bestCount = count;
      best = name;
    }
  }
  return best;
}

function sequenceOf(run: readonly SequenceWord[], password: string): WordSequenceFound {
  const first = run[0] as SequenceWord;
  const last = run[run.length - 1] as SequenceWord;
  const ranks = run.map((w) => w.rank);
  return {
    pattern: 'wordSequence',
    i: first.i,
    j: last.j,
    token: password.slice(first.i, last.j + 1),
    words: run.map((w) => w.word),
    wordCount: run.length,
    dictionaryName: mostCommon(run.map((w) => w.dictionaryName)),
    ascending: ranks.every((rank, k) => k === 0 || rank >= (ranks[k - 1] as number)),
  };
}

/** Runs of two or more consecutive sequence words, from every starting word. */
export function findWordSequences(words: readonly SequenceWord[], password: string): WordSequenceFound[] {
  const sorted = nonOverlapping(words);
  const found: WordSequenceFound[] = [];
  for (let start = 0; start < sorted.length; start++) {
    let run: SequenceWord[] = [sorted[start] as SequenceWord];
    let end = run[0]?.j ?? 0;
    for (let next = start + 1; next < sorted.length; next++) {
      const candidate = sorted[next] as SequenceWord;
      if (joins(run[run.length - 1] as SequenceWord, candidate, password)) {
        run.push(candidate);
        end = candidate.j;
      } else if (candidate.i > end) {
        if (run.length > 1) found.push(sequenceOf(run, password));
        run = [candidate];
        end = candidate.j;
      }
    }
    if (run.length > 1) found.push(sequenceOf(run, password));
  }
  return found;
}
