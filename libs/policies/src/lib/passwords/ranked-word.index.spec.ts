import { buildRankedWordIndex, findWords, l33tReadingsOf, narrow } from './ranked-word.index';

const TABLE = { a: ['4', '@'], e: ['3'], i: ['1', '!'], l: ['1', '|'], k: ['|<'], o: ['0', '()'], s: ['$', '5'] };
const index = buildRankedWordIndex({
  passwords: ['password', 'pass', 'kitten', 'ab'],
  english: ['pass', 'word', 'look', 'lie', 'sword'],
});

const found = (text: string, withL33t = true) =>
  findWords(index, text, withL33t ? l33tReadingsOf(text, TABLE) : undefined).map((h) => `${h.i}-${h.j}:${h.word}${h.subs.length ? '*' : ''}`);

describe('the merged ranked word index', () => {
  it('keeps the lowest rank of a word found in several lists', () => {
    const k = index.words.indexOf('pass');
    expect(index.ranks[k]).toBe(1);
    expect(index.dictionaryNames[index.sources[k] as number]).toBe('english');
    expect(index.ranks[index.words.indexOf('password')]).toBe(1);
    expect(index.longestWord).toBe(8);
  });

  it('narrows the sorted list to the words with a given next character', () => {
    const [lo, hi] = narrow(index, 0, index.words.length, 0, 'p'.charCodeAt(0));
    expect(index.words.slice(lo, hi)).toEqual(['pass', 'password']);
    const [a, b] = narrow(index, lo, hi, 4, 'w'.charCodeAt(0));
    expect(index.words.slice(a, b)).toEqual(['password']);
  });

  it('finds every literal occurrence of every word', () => {
    expect(found('xpasswordx', false).sort()).toEqual(['1-4:pass', '1-8:password', '5-8:word', '4-8:sword'].sort());
  });

  it('finds words under any combination of l33t readings, including multi-character ones', () => {
    expect(found('p4$$w0rd')).toEqual(expect.arrayContaining(['0-3:pass*', '0-7:password*', '4-7:word*', '3-7:sword*']));
    expect(found('|<1773n')).toEqual([]); // '7' is not in this table
    expect(found('|<!tten')).toContain('0-6:kitten*');
    expect(found('|()()|<')).toContain('0-6:look*');
    expect(found('113')).toContain('0-2:lie*');
  });

  it('reports the substitutions used, once each', () => {
    const hit = findWords(index, 'p4$$w0rd', l33tReadingsOf('p4$$w0rd', TABLE)).find((h) => h.word === 'password');
    expect(hit?.subs).toEqual([
      { letter: 'a', substitution: '4' },
      { letter: 's', substitution: '$' },
      { letter: 'o', substitution: '0' },
    ]);
  });
});
