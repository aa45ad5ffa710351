import type { CardDisposalEntity, CardLossReportEntity, CardMovementEntity, CardStockTakeEntity, ResidentCardEntity } from '@juki/domain';
import type { ApiContext } from '../graphql/api-context';
import { requestScope } from '../graphql/authorization/request-scope';
import { fromGlobalId, rowIdOf } from '../graphql/relay/global-id';
import { requestProfile } from '../identity/request-profile';
import type { CardDisposalType } from './card-disposal.type';
import type { CardLossReportType } from './card-loss-report.type';
import type { CardMovementType } from './card-movement.type';
import type { CardStockTakeType } from './card-stock-take.type';
import {
  CARD_DISPOSAL,
  CARD_LOSS_REPORT,
  CARD_MOVEMENT,
  CARD_STOCK_TAKE,
  RESIDENT_CARD,
  sectionOwner,
  toCardDisposalType,
  toCardLossReportType,
  toCardMovementType,
  toCardStockTakeType,
  toResidentCardType,
} from './cards.mappers';
import { cardByIdLoader, disposalByIdLoader, lossReportByIdLoader, movementByIdLoader, stockTakeByIdLoader } from './cards.queries';
import type { ResidentCardType } from './resident-card.type';

/** Entity → GraphQL object with the caller's field access to this row (the row's section decides it). */
export function mapCard(context: ApiContext, entity: ResidentCardEntity): ResidentCardType {
  const scope = requestScope(context);
  return toResidentCardType(entity, scope.access(RESIDENT_CARD, entity, sectionOwner), { today: scope.today, profile: requestProfile(context) });
}
export const mapMovement = (context: ApiContext, entity: CardMovementEntity): CardMovementType =>
  toCardMovementType(entity, requestScope(context).access(CARD_MOVEMENT, entity, sectionOwner));
export const mapStockTake = (context: ApiContext, entity: CardStockTakeEntity): CardStockTakeType =>
  toCardStockTakeType(entity, requestScope(context).access(CARD_STOCK_TAKE, entity, sectionOwner));
export const mapLossReport = (context: ApiContext, entity: CardLossReportEntity): CardLossReportType =>
  toCardLossReportType(entity, requestScope(context).access(CARD_LOSS_REPORT, entity, sectionOwner));
export const mapDisposal = (context: ApiContext, entity: CardDisposalEntity): CardDisposalType =>
  toCardDisposalType(entity, requestScope(context).access(CARD_DISPOSAL, entity, sectionOwner));

/** Loads rows under the caller's row filter (for `node`, relations and mutation results); null when absent or out of reach. */
export async function loadResidentCard(context: ApiContext, rowId: string): Promise<ResidentCardType | null> {
  const entity = await cardByIdLoader(context).load(rowId);
  return entity ? mapCard(context, entity) : null;
}
export async function loadCardMovement(context: ApiContext, rowId: string): Promise<CardMovementType | null> {
  const entity = await movementByIdLoader(context).load(rowId);
  return entity ? mapMovement(context, entity) : null;
}
export async function loadCardStockTake(context: ApiContext, rowId: string): Promise<CardStockTakeType | null> {
  const entity = await stockTakeByIdLoader(context).load(rowId);
  return entity ? mapStockTake(context, entity) : null;
}
export async function loadCardLossReport(context: ApiContext, rowId: string): Promise<CardLossReportType | null> {
  const entity = await lossReportByIdLoader(context).load(rowId);
  return entity ? mapLossReport(context, entity) : null;
}
export async function loadCardDisposal(context: ApiContext, rowId: string): Promise<CardDisposalType | null> {
  const entity = await disposalByIdLoader(context).load(rowId);
  return entity ? mapDisposal(context, entity) : null;
}

/**
 * The row id named by a global id argument of `type`; an id of another type names no row of this one, and
 * is passed on as is so that the use case answers NOT_FOUND (and audits the attempt).
 */
export function rowIdArgument(globalId: string, type: string): string {
  return rowIdOf(globalId, type) ?? fromGlobalId(globalId).id;
}

/** An optional filter argument: undefined when absent, null when it names no row of `type` (no rows). */
export function filterArgument(globalId: string | null | undefined, type: string): string | null | undefined {
  return globalId ? rowIdOf(globalId, type) : undefined;
}
