import { reportOperatorIdCardLost } from '@juki/domain';
import { Args, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../graphql/api-context';
import { requestScope } from '../graphql/authorization/request-scope';
import { fromGlobalId, rowIdOf, toGlobalId } from '../graphql/relay/global-id';
import { withIdentityErrors } from './identity-errors';
import { ReportOperatorIdCardLostArgs } from './identity.args';
import { identityRequest } from './identity-request';
import { OPERATOR_ID_CARD, operatorIdCardOwner, toOperatorIdCardType } from './operator-id-card.mapper';
import { operatorIdCardByIdLoader } from './operator-id-card.loaders';
import { OperatorIdCardLossReportType, OperatorIdCardType } from './operator-id-card.type';
import { loadStaff } from './staff.resolver';
import { StaffType } from './staff.type';

/** Loads one card under the caller's row filter (for `node` and nested fields); null when out of reach. */
export async function loadOperatorIdCard(context: ApiContext, rowId: string): Promise<OperatorIdCardType | null> {
  const row = await operatorIdCardByIdLoader(context).load(rowId);
  return row ? toOperatorIdCardType(row, requestScope(context).access(OPERATOR_ID_CARD, operatorIdCardOwner(row))) : null;
}

/** Operator ID cards (第20条): the loss or theft report of 第20条第5項. */
@Resolver(() => OperatorIdCardType)
export class OperatorIdCardResolver {
  @Mutation(() => OperatorIdCardLossReportType, {
    description:
      'Reports an operator ID card lost or stolen (第20条第5項): by its holder, or by the system officer for any card. The card is revoked and ' +
      'every session opened with it ends at once: the very next request of such a session is UNAUTHENTICATED.',
  })
  async reportOperatorIdCardLost(@Args() { cardId, stolen }: ReportOperatorIdCardLostArgs, @Ctx() context: ApiContext): Promise<OperatorIdCardLossReportType> {
    // An id of another type names no card: the domain answers NOT_FOUND (and audits the attempt).
    const rowId = rowIdOf(cardId, OPERATOR_ID_CARD) ?? fromGlobalId(cardId).id;
    const { card, sessionsEnded } = await withIdentityErrors(() =>
      reportOperatorIdCardLost(context.identity.runtime.environment, identityRequest(context), { cardId: rowId, kind: stolen ? 'STOLEN' : 'LOST' }),
    );
    const report = new OperatorIdCardLossReportType();
    report.id = toGlobalId(OPERATOR_ID_CARD, card.id);
    report.status = card.status;
    report.lossKind = card.lossKind ?? (stolen ? 'STOLEN' : 'LOST');
    report.reportedAt = card.lostReportedAt ?? context.requestedAt;
    report.revokedAt = card.revokedAt ?? context.requestedAt;
    report.sessionsEnded = sessionsEnded;
    report.cardRowId = card.id;
    // The caller's own session may have been opened with this card: it has ended, so is the cookie.
    if (context.identity.via === 'cookie' && context.identity.authenticated?.kind === 'STAFF' && context.identity.authenticated.card.id === card.id) {
      context.identity.cookie.clear();
    }
    return report;
  }

  @FieldResolver(() => StaffType, { nullable: true, description: 'The operator the card is lent to.' })
  holder(@Root() card: OperatorIdCardType, @Ctx() context: ApiContext): StaffType | null | Promise<StaffType | null> {
    if (card.prefetchedHolder !== undefined) return card.prefetchedHolder;
    return card.holderRowId === null ? null : loadStaff(context, card.holderRowId);
  }
}

/** The card a loss report is about. */
@Resolver(() => OperatorIdCardLossReportType)
export class OperatorIdCardLossReportResolver {
  @FieldResolver(() => OperatorIdCardType, { nullable: true, description: 'The card as the caller may read it (null for roles that read no cards).' })
  async card(@Root() report: OperatorIdCardLossReportType, @Ctx() context: ApiContext): Promise<OperatorIdCardType | null> {
    return loadOperatorIdCard(context, report.cardRowId);
  }
}
