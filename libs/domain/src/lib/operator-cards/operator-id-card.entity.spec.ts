import { OPERATOR_ID_CARD_STATUSES, type OperatorIdCardStatus } from '@juki/policies';
import { DomainError } from '../shared/domain-error';
import { OperatorIdCardEntity, shownCardNumber } from './operator-id-card.entity';

const at = new Date('2026-06-01T09:00:00+09:00');
const card = (status: OperatorIdCardStatus): OperatorIdCardEntity =>
  Object.assign(OperatorIdCardEntity.issue({ cardNumber: 'CHB-123456', holderId: 'h', issuedAt: at }), { status });

describe('operator ID cards (第20条)', () => {
  it('are issued, then activated; only an ACTIVE card signs in', () => {
    const issued = OperatorIdCardEntity.issue({ cardNumber: 'CHB-123456', holderId: 'h', issuedAt: at });
    expect(issued.status).toBe('ISSUED');
    expect(issued.usableForSignIn).toBe(false);
    issued.activate();
    expect(issued.usableForSignIn).toBe(true);
  });

  it.each(OPERATOR_ID_CARD_STATUSES)('a %s card can be reported lost only while on loan (第20条第5項)', (status) => {
    const c = card(status);
    const onLoan = status === 'ISSUED' || status === 'ACTIVE';
    if (onLoan) {
      c.reportLossAndRevoke('STOLEN', at);
      expect(c).toMatchObject({ status: 'REVOKED', lossKind: 'STOLEN', lostReportedAt: at, revokedAt: at });
      expect(c.usableForSignIn).toBe(false);
    } else {
      expect(() => c.reportLossAndRevoke('LOST', at)).toThrow(DomainError);
      expect(c.status).toBe(status);
    }
  });

  it('records a loss without revocation as LOST or STOLEN (which the compliance check flags)', () => {
    const c = card('ACTIVE');
    c.recordLoss('LOST', at);
    expect(c).toMatchObject({ status: 'LOST', lossKind: 'LOST', revokedAt: null });
  });

  it('is returned on retirement or transfer (第20条第1項)', () => {
    const c = card('ACTIVE');
    c.markReturned(at);
    expect(c).toMatchObject({ status: 'RETURNED', returnedAt: at });
    expect(() => c.markReturned(at)).toThrow(RangeError);
  });

  it('refuses a malformed card number and shows only the last four characters in messages', () => {
    expect(() => OperatorIdCardEntity.issue({ cardNumber: 'CHB 12', holderId: 'h', issuedAt: at })).toThrow(RangeError);
    expect(shownCardNumber('CHB-123456')).toBe('…3456');
    expect(shownCardNumber('1234')).toBe('1234');
  });
});
