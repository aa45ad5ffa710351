import { localize } from '@juki/policies';
import { notify } from '../notifications/notify';
import { OrganisationUnitEntity } from '../organisation/organisation-unit.entity';
import { runAuditedMutation, type IdentityEnvironment, type IdentityRequest } from '../sessions/identity-environment';
import { DomainError } from '../shared/domain-error';
import { CardLossReportEntity, type ResidentCardLossKind } from './card-loss-report.entity';
import type { CardMovementEntity } from './card-movement.entity';
import { applyCardStep, lockCard, recorderOf } from './card-mutation.support';
import { nextCardStep } from './resident-card-lifecycle';
import type { ResidentCardEntity } from './resident-card.entity';

export const REPORT_RESIDENT_CARD_LOST_OPERATION = 'Mutation.reportResidentCardLost';

export interface ResidentCardLossInput {
  readonly cardId: string;
  readonly version: number;
  readonly kind: ResidentCardLossKind;
  readonly discoveredAt: Date;
  readonly circumstances: string;
}

export interface ReportedCardLoss {
  readonly report: CardLossReportEntity;
  readonly card: ResidentCardEntity;
  readonly movement: CardMovementEntity;
}

/**
 * 第10条の2第2項 (紛失し又は盗難された場合は、直ちに情報システム責任者に報告): in ONE transaction the card in
 * stock becomes LOST or STOLEN (its movement recorded, so the stock follows), the report is recorded, the
 * system officer is notified (`notify`, kind CARD_LOST / CARD_STOLEN, shown on their dashboard and pushed
 * to subscribers) and the audit event appended. A rolled-back report notifies no one.
 */
export async function reportResidentCardLost(env: IdentityEnvironment, request: IdentityRequest, input: ResidentCardLossInput): Promise<ReportedCardLoss> {
  const attempted = { recordType: 'ResidentCard', recordIds: [input.cardId], sectionId: null };
  return runAuditedMutation(env, request, REPORT_RESIDENT_CARD_LOST_OPERATION, attempted, async (manager) => {
    const reportedById = recorderOf(request);
    const card = await lockCard(manager, request, 'CardLossReport', input.cardId, input.version);
    if (!(input.discoveredAt.getTime() <= request.now.getTime())) {
      throw new DomainError('CARDS.LOSS_DISCOVERED_INVALID', { reportedAt: request.now.toISOString() });
    }
    const placeId = card.placeId;
    const step = nextCardStep(card, { kind: input.kind === 'LOST' ? 'REPORTED_LOST' : 'REPORTED_STOLEN' });
    const movement = await applyCardStep(manager, card, step, reportedById, request.now);
    const section = await manager.findOne(OrganisationUnitEntity, { where: { id: card.sectionId }, select: { id: true, name: true } });
    const notification = await notify(manager, {
      kind: input.kind === 'LOST' ? 'CARD_LOST' : 'CARD_STOLEN',
      sectionId: card.sectionId,
      subject: localize(input.kind === 'LOST' ? 'CARDS.LOSS_REPORTED_LOST' : 'CARDS.LOSS_REPORTED_STOLEN', { serial: card.serial, section: section?.name ?? '' }),
      recordType: 'ResidentCard',
      recordId: card.id,
      createdAt: request.now,
    });
    const report = CardLossReportEntity.report({
      cardId: card.id,
      sectionId: card.sectionId,
      placeId,
      kind: input.kind,
      discoveredAt: new Date(input.discoveredAt.getTime()),
      circumstances: input.circumstances,
      reportedById,
      reportedAt: new Date(request.now.getTime()),
      notificationId: notification.id,
    });
    await manager.insert(CardLossReportEntity, report);
    return { result: { report, card, movement }, change: { recordType: 'CardLossReport', recordIds: [report.id, card.id], sectionId: card.sectionId } };
  });
}
