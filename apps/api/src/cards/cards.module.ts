import { CardDisposalEntity, CardLossReportEntity, CardMovementEntity, CardStockTakeEntity, ResidentCardEntity } from '@juki/domain';
import type { ApiModule } from '../api-module';
import { CardDisposalResolver, CardLossReportResolver, CardMovementResolver, CardStockTakeResolver } from './card-records.resolver';
import { loadCardDisposal, loadCardLossReport, loadCardMovement, loadCardStockTake, loadResidentCard } from './cards.loading';
import { CARD_DISPOSAL, CARD_LOSS_REPORT, CARD_MOVEMENT, CARD_STOCK_TAKE, RESIDENT_CARD } from './cards.mappers';
import { ResidentCardResolver } from './resident-card.resolver';

/**
 * Resident cards (第10条の2, 第10条の3): each card and its movements, the stock derived from them,
 * stock-takes, loss and theft reports (notified to the system officer) and disposals.
 */
export const CARDS_MODULE: ApiModule = {
  name: 'cards',
  entities: [ResidentCardEntity, CardMovementEntity, CardStockTakeEntity, CardLossReportEntity, CardDisposalEntity],
  resolvers: [ResidentCardResolver, CardMovementResolver, CardStockTakeResolver, CardLossReportResolver, CardDisposalResolver],
  nodes: [
    { typeName: RESIDENT_CARD, load: (context, id) => loadResidentCard(context, id) },
    { typeName: CARD_MOVEMENT, load: (context, id) => loadCardMovement(context, id) },
    { typeName: CARD_STOCK_TAKE, load: (context, id) => loadCardStockTake(context, id) },
    { typeName: CARD_LOSS_REPORT, load: (context, id) => loadCardLossReport(context, id) },
    { typeName: CARD_DISPOSAL, load: (context, id) => loadCardDisposal(context, id) },
  ],
};
