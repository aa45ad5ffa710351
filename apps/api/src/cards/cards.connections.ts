import { connectionTypes } from '../graphql/connections/connection.types';
import { CardDisposalType } from './card-disposal.type';
import { CardLossReportType } from './card-loss-report.type';
import { CardMovementType } from './card-movement.type';
import { CardStockTakeType } from './card-stock-take.type';
import { ResidentCardType } from './resident-card.type';

export const { connection: ResidentCardConnection } = connectionTypes('ResidentCard', ResidentCardType);
export const { connection: CardMovementConnection } = connectionTypes('CardMovement', CardMovementType);
export const { connection: CardStockTakeConnection } = connectionTypes('CardStockTake', CardStockTakeType);
export const { connection: CardLossReportConnection } = connectionTypes('CardLossReport', CardLossReportType);
export const { connection: CardDisposalConnection } = connectionTypes('CardDisposal', CardDisposalType);
