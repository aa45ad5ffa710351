import { HandlerDesignationEntity, HandlingPrecautionsEntity, PrecautionAcknowledgementEntity } from '@juki/domain';
import type { ApiModule } from '../api-module';
import { HandlerDesignationResolver, loadHandlerDesignation } from './handler-designation.resolver';
import { HandlingPrecautionsResolver, loadHandlingPrecautions, loadPrecautionAcknowledgement, PrecautionAcknowledgementResolver } from './handling-precautions.resolver';
import { HANDLER_DESIGNATION, HANDLING_PRECAUTIONS, PRECAUTION_ACKNOWLEDGEMENT } from './handlers.mappers';

/**
 * Handlers (第8条) and the handler ledger (第12条第7号), handling precautions and their acknowledgements
 * (第9条).
 */
export const HANDLERS_MODULE: ApiModule = {
  name: 'handlers',
  entities: [HandlerDesignationEntity, HandlingPrecautionsEntity, PrecautionAcknowledgementEntity],
  resolvers: [HandlerDesignationResolver, HandlingPrecautionsResolver, PrecautionAcknowledgementResolver],
  nodes: [
    { typeName: HANDLER_DESIGNATION, load: (context, id) => loadHandlerDesignation(context, id) },
    { typeName: HANDLING_PRECAUTIONS, load: (context, id) => loadHandlingPrecautions(context, id) },
    { typeName: PRECAUTION_ACKNOWLEDGEMENT, load: (context, id) => loadPrecautionAcknowledgement(context, id) },
  ],
};
