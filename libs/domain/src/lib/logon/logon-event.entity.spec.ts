import fc from 'fast-check';

/** No lone surrogate (what MariaDB's utf8mb4 refuses). */
const wellFormed = (text: string): boolean => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);
import { LogonEventEntity, MAX_ENTERED_CARD_NUMBER, truncateCodePoints } from './logon-event.entity';

describe('logon history (第19条の2第2項)', () => {
  it('keeps the card number as entered, cut to 64 code points, never half a surrogate pair', () => {
    const entered = `${'𠮷'.repeat(70)}`;
    const event = LogonEventEntity.record({ occurredAt: new Date(0), cardNumber: entered, staffId: null, outcome: 'BAD_CREDENTIALS', sourceAddress: '::1' });
    expect(Array.from(event.cardNumber)).toHaveLength(MAX_ENTERED_CARD_NUMBER);
    expect(wellFormed(event.cardNumber)).toBe(true);
  });

  it('truncates any text to well-formed prefixes (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 120 }), fc.integer({ min: 0, max: 80 }), (text, max) => {
        const cut = truncateCodePoints(text, max);
        expect(text.startsWith(cut)).toBe(true);
        expect(Array.from(cut).length).toBe(Math.min(max, Array.from(text).length));
        expect(wellFormed(cut)).toBe(true);
      }),
    );
  });
});
