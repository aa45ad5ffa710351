import { DomainError } from '../shared/domain-error';
import { runAuditedMutation, type IdentityEnvironment, type IdentityRequest } from '../sessions/identity-environment';
import { readForUpdate } from '../sessions/locking-read';
import { actsAs, requireStaff } from '../sessions/principal-guards';
import { endOpenSessions } from '../sessions/session-lifecycle';
import { StaffEntity } from '../staff/staff.entity';
import { OperatorIdCardEntity, type CardLossKind } from './operator-id-card.entity';

export const REPORT_CARD_LOST_OPERATION = 'Mutation.reportOperatorIdCardLost';

export interface ReportCardLostResult {
  readonly card: OperatorIdCardEntity;
  /** Sessions opened with the card, ended by the report. */
  readonly sessionsEnded: number;
}

/**
 * 第20条第5項: the holder reports a lost or stolen card at once (or the system officer records the
 * report); the card is revoked and EVERY session opened with it ends in the same transaction, so the very
 * next request of such a session is unauthenticated. A card out of the caller's reach is NOT_FOUND,
 * exactly like a card that does not exist.
 */
export async function reportOperatorIdCardLost(
  env: IdentityEnvironment,
  request: IdentityRequest,
  input: { readonly cardId: string; readonly kind: CardLossKind },
): Promise<ReportCardLostResult> {
  const attempted = { recordType: 'OperatorIdCard', recordIds: [input.cardId], sectionId: null };
  return runAuditedMutation(env, request, REPORT_CARD_LOST_OPERATION, attempted, async (manager) => {
    const reporter = requireStaff(request.principal);
    const card = await readForUpdate(manager, OperatorIdCardEntity, 'row.id = :id', { id: input.cardId });
    const mayReport = card !== null && (card.holderId === reporter.staffId || actsAs(reporter, 'SYSTEM_OFFICER', request.now));
    if (!card || !mayReport) throw new DomainError('OPERATOR_CARDS.NOT_FOUND');
    card.reportLossAndRevoke(input.kind, request.now);
    const updated = await manager.update(
      OperatorIdCardEntity,
      { id: card.id, version: card.version },
      { status: card.status, lossKind: card.lossKind, lostReportedAt: card.lostReportedAt, revokedAt: card.revokedAt, version: card.version + 1 },
    );
    if ((updated.affected ?? 0) !== 1) throw new Error('operator_id_card changed under a locking read');
    card.version += 1;
    const sessionsEnded = await endOpenSessions(manager, { cardId: card.id }, 'CARD_REVOKED', request.now);
    const holder = await manager.findOne(StaffEntity, { where: { id: card.holderId }, select: { id: true, sectionId: true } });
    return { result: { card, sessionsEnded }, change: { ...attempted, sectionId: holder?.sectionId ?? null } };
  });
}
