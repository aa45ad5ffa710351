import fc from 'fast-check';
import { articleExists } from '../articles/articles';
import { catalogueEntry } from '../i18n/message-catalogue';
import { HANDLER_PERMISSION_LABELS, HANDLER_PERMISSIONS, isHandlerPermission } from './handler-permission';
import {
  acknowledgementStatus,
  checkHandlerPermissions,
  checkPrecautionTexts,
  MAX_PRECAUTION_TEXT,
  normaliseHandlerPermissions,
  PRECAUTION_CATEGORIES,
  PRECAUTION_CATEGORY_LABELS,
  type PrecautionTexts,
} from './handling-precautions.rule';
import { HANDLER_MESSAGES } from './handlers.messages';

const complete: PrecautionTexts = {
  screenDisplay: '画面を閉じる。',
  integrity: '原票と照合する。',
  searchAndExtract: '必要な範囲に限る。',
  storageOnDisk: '保管しない。',
  printing: '必要な部数だけ出力する。',
};

describe('art9.precautionsComplete (第9条第1項)', () => {
  it('has the five categories of 第9条第1項第1号〜第5号, in order, each citing an item that exists', () => {
    expect(PRECAUTION_CATEGORIES).toEqual(['screenDisplay', 'integrity', 'searchAndExtract', 'storageOnDisk', 'printing']);
    PRECAUTION_CATEGORIES.forEach((category, i) => {
      expect(PRECAUTION_CATEGORY_LABELS[category].article).toBe(`第9条第1項第${i + 1}号`);
      expect(articleExists(PRECAUTION_CATEGORY_LABELS[category].article)).toBe(true);
    });
  });

  it('accepts all five categories written out', () => {
    expect(checkPrecautionTexts(complete)).toEqual({ ok: true, violations: [] });
  });

  it.each(PRECAUTION_CATEGORIES)('names the missing category %s (absent, empty or blank)', (category) => {
    for (const missing of [undefined, '', '  \n\t ']) {
      const r = checkPrecautionTexts({ ...complete, [category]: missing });
      expect(r.ok).toBe(false);
      expect(r.violations).toHaveLength(1);
      expect(r.violations[0]).toMatchObject({
        code: 'HANDLERS.PRECAUTION_MISSING',
        article: '第9条第1項',
        params: { category: PRECAUTION_CATEGORY_LABELS[category].ja },
      });
    }
  });

  it('refuses a text longer than the limit (counted in code points), and accepts one at the limit', () => {
    const at = '字'.repeat(MAX_PRECAUTION_TEXT);
    expect(checkPrecautionTexts({ ...complete, printing: at }).ok).toBe(true);
    expect(checkPrecautionTexts({ ...complete, printing: `${at}字` }).violations.map((v) => v.code)).toEqual(['HANDLERS.PRECAUTION_TOO_LONG']);
    expect(checkPrecautionTexts({ ...complete, printing: '𠮷'.repeat(MAX_PRECAUTION_TEXT) }).ok).toBe(true);
  });

  it('property: the violations are exactly the blank categories, in article order', () => {
    fc.assert(
      fc.property(fc.record(Object.fromEntries(PRECAUTION_CATEGORIES.map((c) => [c, fc.constantFrom('', ' ', '本文', '注意する')])) as Record<string, fc.Arbitrary<string>>), (texts) => {
        const expected = PRECAUTION_CATEGORIES.filter((c) => (texts[c] ?? '').trim() === '').map((c) => PRECAUTION_CATEGORY_LABELS[c].ja);
        return JSON.stringify(checkPrecautionTexts(texts).violations.map((v) => v.params['category'])) === JSON.stringify(expected);
      }),
    );
  });
});

describe('art12.handlerLedgerPermissions (第12条第7号)', () => {
  it('has a ja and en label for every permission', () => {
    for (const p of HANDLER_PERMISSIONS) {
      expect(HANDLER_PERMISSION_LABELS[p].ja).not.toBe('');
      expect(HANDLER_PERMISSION_LABELS[p].en).not.toBe('');
      expect(isHandlerPermission(p)).toBe(true);
    }
    expect(isHandlerPermission('ADMIN')).toBe(false);
  });

  it('needs at least one permission and names each unknown one', () => {
    expect(checkHandlerPermissions([]).violations.map((v) => v.code)).toEqual(['HANDLERS.NO_PERMISSION']);
    expect(checkHandlerPermissions(['INQUIRY', 'ROOT', 'ROOT', 'DELETE']).violations.map((v) => v.params)).toEqual([
      { permission: 'ROOT' },
      { permission: 'DELETE' },
    ]);
    expect(checkHandlerPermissions(['PRINT_FORMS']).ok).toBe(true);
  });

  it('property: any non-empty subset of the list is accepted and normalised to the list order, each once', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...HANDLER_PERMISSIONS), { minLength: 1, maxLength: 12 }), (given) => {
        const normalised = normaliseHandlerPermissions(given);
        return (
          checkHandlerPermissions(given).ok &&
          normalised.length === new Set(given).size &&
          normalised.every((p, i) => i === 0 || HANDLER_PERMISSIONS.indexOf(normalised[i - 1] as (typeof HANDLER_PERMISSIONS)[number]) < HANDLER_PERMISSIONS.indexOf(p))
        );
      }),
    );
  });
});

describe('art9.precautionsAcknowledged (第9条第2項)', () => {
  it.each<[number | null, number[], string]>([
    [null, [], 'NO_PRECAUTIONS'],
    [null, [1], 'NO_PRECAUTIONS'],
    [1, [], 'NEVER'],
    [1, [1], 'CURRENT'],
    [2, [1], 'OUTDATED'],
    [3, [1, 2], 'OUTDATED'],
    [3, [2, 3], 'CURRENT'],
  ])('current version %s, acknowledged %j → %s', (current, acknowledged, status) => {
    expect(acknowledgementStatus(current, acknowledged)).toBe(status);
  });

  it('property: a new version (current + 1) is never acknowledged by an earlier acknowledgement', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50 }), fc.uniqueArray(fc.integer({ min: 1, max: 50 })), (current, acknowledged) => {
        const before = acknowledgedEarlier(acknowledged, current);
        return acknowledgementStatus(current + 1, before) !== 'CURRENT';
      }),
    );
  });
});

function acknowledgedEarlier(versions: readonly number[], upTo: number): number[] {
  return versions.filter((v) => v <= upTo);
}

describe('the HANDLERS messages', () => {
  it('cite an article that exists, in ja and en', () => {
    for (const code of Object.keys(HANDLER_MESSAGES) as (keyof typeof HANDLER_MESSAGES)[]) {
      const entry = catalogueEntry(code);
      expect(articleExists(entry.article)).toBe(true);
      expect(entry.ja).not.toBe('');
      expect(entry.en).not.toBe('');
    }
  });
});
