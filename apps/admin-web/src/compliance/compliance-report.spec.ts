import { chapterLabel, csvBlob, groupByChapter, statusCounts, todayInJapan, validAsOf, type ComplianceCheckRow } from './compliance-report';

function check(checkId: string, chapter: string | null, status: ComplianceCheckRow['status']): ComplianceCheckRow {
  return { id: checkId, checkId, chapter, status, article: null, title: null, compliant: null, count: 0, reason: null, asOf: null, profileId: null, offenders: null };
}

describe('groupByChapter', () => {
  it('groups by chapter in the guidelines’ order (by number, not by text), keeping the report’s order inside a chapter', () => {
    const groups = groupByChapter([
      check('art19.auditChainIntact', '第5章 システムの管理', 'COMPLIANT'),
      check('art10-2.stockTakeMatches', '第4章 住民基本台帳カードの管理', 'VIOLATION'),
      check('art8.designatedByOwnOfficer', '第3章 本人確認情報等の管理', 'COMPLIANT'),
      check('art20.lostCardRevoked', '第5章 システムの管理', 'NOT_EVALUABLE'),
      check('x.supplementary', null, 'COMPLIANT'),
      check('x.chapter10', '第10章 架空', 'COMPLIANT'),
    ]);
    expect(groups.map((g) => [g.chapter, g.checks.map((c) => c.checkId)])).toEqual([
      ['第3章 本人確認情報等の管理', ['art8.designatedByOwnOfficer']],
      ['第4章 住民基本台帳カードの管理', ['art10-2.stockTakeMatches']],
      ['第5章 システムの管理', ['art19.auditChainIntact', 'art20.lostCardRevoked']],
      ['第10章 架空', ['x.chapter10']],
      ['附則', ['x.supplementary']],
    ]);
  });

  it('gives nothing for no checks', () => {
    expect(groupByChapter([])).toEqual([]);
  });
});

describe('statusCounts', () => {
  it('counts each status', () => {
    expect(statusCounts([{ status: 'COMPLIANT' }, { status: 'VIOLATION' }, { status: 'VIOLATION' }, { status: 'NOT_EVALUABLE' }, { status: null }])).toEqual({
      COMPLIANT: 1,
      VIOLATION: 2,
      NOT_EVALUABLE: 1,
    });
  });
});

describe('chapterLabel', () => {
  it('shows the guidelines’ own chapter name in Japanese and an English name in English', () => {
    expect(chapterLabel('第4章 住民基本台帳カードの管理', 'ja')).toBe('第4章 住民基本台帳カードの管理');
    expect(chapterLabel('第4章 住民基本台帳カードの管理', 'en')).toBe('Chapter 4: Management of Basic Resident Register cards');
    expect(chapterLabel('附則', 'en')).toBe('Supplementary provisions');
    expect(chapterLabel('第99章 未知', 'en')).toBe('第99章 未知');
  });
});

describe('as-of date', () => {
  it('today is the calendar date in Japan', () => {
    expect(todayInJapan(new Date('2026-11-27T15:00:00Z'))).toBe('2026-11-28');
    expect(todayInJapan(new Date('2026-11-27T14:59:59Z'))).toBe('2026-11-27');
  });

  it.each([
    ['2026-11-28', true],
    ['2002-08-05', true],
    ['1999-01-01', true],
    ['2026-11-29', false],
    ['2026-02-30', false],
    ['2026-1-05', false],
    ['', false],
    ['令和8年', false],
  ])('%s → %s (today 2026-11-28)', (value, ok) => {
    expect(validAsOf(value, '2026-11-28')).toBe(ok);
  });
});

describe('csvBlob', () => {
  it('keeps the byte order mark Excel needs, as UTF-8 bytes EF BB BF, and the CRLF rows', async () => {
    const blob = csvBlob('\uFEFF章,条項\r\n第4章,第10条の2第1項\r\n');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe('\uFEFF章,条項\r\n第4章,第10条の2第1項\r\n');
    expect(blob.type).toBe('text/csv; charset=utf-8');
  });

  it('adds the mark when the content lacks it, and never doubles it', async () => {
    const bytes = new Uint8Array(await csvBlob('a,b\r\n').arrayBuffer());
    expect([...bytes.slice(0, 4)]).toEqual([0xef, 0xbb, 0xbf, 0x61]);
    const once = new Uint8Array(await csvBlob('\uFEFFa').arrayBuffer());
    expect(once.length).toBe(4);
  });
});
