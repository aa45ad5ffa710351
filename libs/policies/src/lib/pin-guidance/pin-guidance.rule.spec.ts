import fc from 'fast-check';
import { catalogueEntry, isMessageCode } from '../i18n/message-catalogue';
import { findRule } from '../core/rule-catalogue';
import { checkPinGuidanceAcknowledgement, PIN_GUIDANCE_RULE_ID } from './pin-guidance.rule';

describe('checkPinGuidanceAcknowledgement (第10条の4第2号・第3号)', () => {
  it.each([
    [true, true, []],
    [false, true, ['PIN_GUIDANCE.PIN_NOT_ENTERED_BY_APPLICANT']],
    [true, false, ['PIN_GUIDANCE.CARD_NOT_INSERTED_BY_APPLICANT']],
    [false, false, ['PIN_GUIDANCE.PIN_NOT_ENTERED_BY_APPLICANT', 'PIN_GUIDANCE.CARD_NOT_INSERTED_BY_APPLICANT']],
  ])('entered %s, inserted %s → %j (every combination)', (applicantEnteredPin, applicantInsertedCard, codes) => {
    const result = checkPinGuidanceAcknowledgement({ applicantEnteredPin, applicantInsertedCard });
    expect(result.ok).toBe(codes.length === 0);
    expect(result.violations.map((v) => v.code)).toEqual(codes);
  });

  it('cites item 2 for the PIN and item 3 for the card, with ja and en text and no parameters', () => {
    const { violations } = checkPinGuidanceAcknowledgement({ applicantEnteredPin: false, applicantInsertedCard: false });
    expect(violations.map((v) => [v.ruleId, v.article])).toEqual([
      [PIN_GUIDANCE_RULE_ID, '第10条の4第2号'],
      [PIN_GUIDANCE_RULE_ID, '第10条の4第3号'],
    ]);
    for (const v of violations) {
      expect(v.params).toEqual({});
      expect(v.message.ja.length).toBeGreaterThan(0);
      expect(v.message.en.length).toBeGreaterThan(0);
    }
  });

  it('accepts only the boolean true: anything else (a string, 1, null, undefined…) counts as not done', () => {
    const notTrue = fc.anything().filter((v) => v !== true);
    fc.assert(
      fc.property(fc.oneof(fc.constant(true), notTrue), fc.oneof(fc.constant(true), notTrue), (entered, inserted) => {
        const result = checkPinGuidanceAcknowledgement({ applicantEnteredPin: entered as boolean, applicantInsertedCard: inserted as boolean });
        expect(result.ok).toBe(entered === true && inserted === true);
        expect(result.violations.some((v) => v.code === 'PIN_GUIDANCE.PIN_NOT_ENTERED_BY_APPLICANT')).toBe(entered !== true);
        expect(result.violations.some((v) => v.code === 'PIN_GUIDANCE.CARD_NOT_INSERTED_BY_APPLICANT')).toBe(inserted !== true);
      }),
    );
  });

  it('is in the rule catalogue with exactly the codes it returns, all in the message catalogue', () => {
    const rule = findRule(PIN_GUIDANCE_RULE_ID);
    expect(rule?.article).toBe('第10条の4');
    expect([...(rule?.codes ?? [])].sort()).toEqual(['PIN_GUIDANCE.CARD_NOT_INSERTED_BY_APPLICANT', 'PIN_GUIDANCE.PIN_NOT_ENTERED_BY_APPLICANT']);
    for (const code of rule?.codes ?? []) {
      expect(isMessageCode(code)).toBe(true);
      expect(catalogueEntry(code).article.startsWith('第10条の4')).toBe(true);
    }
  });
});
