import { connectionTypes } from '../graphql/connections/connection.types';
import { HandlerDesignationType } from './handler-designation.type';
import { HandlingPrecautionsType } from './handling-precautions.type';
import { PrecautionAcknowledgementType } from './precaution-acknowledgement.type';

export const { connection: HandlerDesignationConnection, edge: HandlerDesignationEdge } = connectionTypes('HandlerDesignation', HandlerDesignationType);
export const { connection: HandlingPrecautionsConnection, edge: HandlingPrecautionsEdge } = connectionTypes('HandlingPrecautions', HandlingPrecautionsType);
export const { connection: PrecautionAcknowledgementConnection, edge: PrecautionAcknowledgementEdge } = connectionTypes(
  'PrecautionAcknowledgement',
  PrecautionAcknowledgementType,
);
