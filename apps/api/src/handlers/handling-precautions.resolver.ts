import { acknowledgeHandlingPrecautions, publishHandlingPrecautions, type HandlingPrecautionsEntity, type PrecautionAcknowledgementEntity } from '@juki/domain';
import { Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../graphql/api-context';
import { requestScope } from '../graphql/authorization/request-scope';
import type { Connection } from '../graphql/connections/connection.types';
import { fetchKeysetPage, toConnection } from '../graphql/connections/keyset-pagination';
import { pageRequest } from '../graphql/connections/page-request';
import { fromGlobalId, rowIdOf } from '../graphql/relay/global-id';
import { identityRequest } from '../identity/identity-request';
import { loadStaff } from '../identity/staff.resolver';
import { StaffType } from '../identity/staff.type';
import { loadOrganisationUnit } from '../organisation/organisation-unit.resolver';
import { OrganisationUnitType } from '../organisation/organisation-unit.type';
import { HandlingPrecautionsType } from './handling-precautions.type';
import { withHandlerErrors } from './handlers-errors';
import { AcknowledgeHandlingPrecautionsArgs, HandlingPrecautionsArgs, PublishHandlingPrecautionsArgs, SectionConnectionArgs } from './handlers.args';
import { HandlingPrecautionsConnection, PrecautionAcknowledgementConnection } from './handlers.connections';
import {
  acknowledgementOwner,
  HANDLING_PRECAUTIONS,
  PRECAUTION_ACKNOWLEDGEMENT,
  precautionsOwner,
  toHandlingPrecautionsType,
  toPrecautionAcknowledgementType,
} from './handlers.mappers';
import { ACKNOWLEDGEMENT_ORDER, acknowledgementByIdLoader, PRECAUTIONS_ORDER, precautionsByIdLoader, readableAcknowledgements, readablePrecautions } from './handlers.queries';
import { PrecautionAcknowledgementType } from './precaution-acknowledgement.type';

function mapPrecautions(context: ApiContext, entity: HandlingPrecautionsEntity): HandlingPrecautionsType {
  return toHandlingPrecautionsType(entity, requestScope(context).access(HANDLING_PRECAUTIONS, precautionsOwner(entity)));
}

function mapAcknowledgement(context: ApiContext, entity: PrecautionAcknowledgementEntity): PrecautionAcknowledgementType {
  return toPrecautionAcknowledgementType(entity, requestScope(context).access(PRECAUTION_ACKNOWLEDGEMENT, acknowledgementOwner(entity)));
}

export async function loadHandlingPrecautions(context: ApiContext, rowId: string): Promise<HandlingPrecautionsType | null> {
  const entity = await precautionsByIdLoader(context).load(rowId);
  return entity ? mapPrecautions(context, entity) : null;
}

export async function loadPrecautionAcknowledgement(context: ApiContext, rowId: string): Promise<PrecautionAcknowledgementType | null> {
  const entity = await acknowledgementByIdLoader(context).load(rowId);
  return entity ? mapAcknowledgement(context, entity) : null;
}

function sectionRowId(sectionId: string | null | undefined): string | null | undefined {
  return sectionId ? rowIdOf(sectionId, 'OrganisationUnit') : undefined;
}

/** 第9条: the versioned handling precautions of each section and the handlers' acknowledgements. */
@Resolver(() => HandlingPrecautionsType)
export class HandlingPrecautionsResolver {
  @Query(() => HandlingPrecautionsConnection, {
    description: 'Handling precautions (第9条第1項) by section and version, as far as the caller may read.',
  })
  async handlingPrecautions(@Args() args: HandlingPrecautionsArgs, @Ctx() context: ApiContext): Promise<Connection<HandlingPrecautionsType>> {
    const page = pageRequest(args, PRECAUTIONS_ORDER.columns.length);
    const scope = requestScope(context);
    const section = sectionRowId(args.sectionId);
    const filtered = () => {
      const query = readablePrecautions(context.dataSource, scope);
      if (section === null) query.andWhere('1 = 0');
      else if (section !== undefined) query.andWhere('precautions.sectionId = :section', { section });
      if (args.currentOnly === true) query.andWhere('precautions.supersededAt IS NULL');
      return query;
    };
    const rows = await fetchKeysetPage(filtered(), PRECAUTIONS_ORDER, page);
    return toConnection(rows, PRECAUTIONS_ORDER, (row) => mapPrecautions(context, row), () => filtered().getCount());
  }

  @Mutation(() => HandlingPrecautionsType, {
    description:
      'Publishes the next version of a section’s handling precautions (第9条第1項, all five categories); every handler of the section is ' +
      'unacknowledged again. Only the security officer of that section (else FORBIDDEN, audited); a stale expectedVersion is CONFLICT.',
  })
  async publishHandlingPrecautions(@Args() args: PublishHandlingPrecautionsArgs, @Ctx() context: ApiContext): Promise<HandlingPrecautionsType> {
    const section = rowIdOf(args.sectionId, 'OrganisationUnit') ?? fromGlobalId(args.sectionId).id;
    const texts = {
      screenDisplay: args.screenDisplay,
      integrity: args.integrity,
      searchAndExtract: args.searchAndExtract,
      storageOnDisk: args.storageOnDisk,
      printing: args.printing,
    };
    const entity = await withHandlerErrors(() =>
      publishHandlingPrecautions(context.identity.runtime.environment, identityRequest(context), { sectionId: section, expectedVersion: args.expectedVersion, texts }),
    );
    return mapPrecautions(context, entity);
  }

  @FieldResolver(() => OrganisationUnitType, { nullable: true })
  async section(@Root() p: HandlingPrecautionsType, @Ctx() context: ApiContext): Promise<OrganisationUnitType | null> {
    return p.sectionRowId === null ? null : loadOrganisationUnit(context, p.sectionRowId);
  }

  @FieldResolver(() => StaffType, { nullable: true, description: 'The security officer who published this version.' })
  async publishedBy(@Root() p: HandlingPrecautionsType, @Ctx() context: ApiContext): Promise<StaffType | null> {
    return p.publishedByRowId === null ? null : loadStaff(context, p.publishedByRowId);
  }
}

/** 第9条第2項: acknowledgements of the precautions. */
@Resolver(() => PrecautionAcknowledgementType)
export class PrecautionAcknowledgementResolver {
  @Query(() => PrecautionAcknowledgementConnection, {
    description: 'Acknowledgements of handling precautions (第9条第2項) by section and version, as far as the caller may read.',
  })
  async precautionAcknowledgements(@Args() args: SectionConnectionArgs, @Ctx() context: ApiContext): Promise<Connection<PrecautionAcknowledgementType>> {
    const page = pageRequest(args, ACKNOWLEDGEMENT_ORDER.columns.length);
    const scope = requestScope(context);
    const section = sectionRowId(args.sectionId);
    const filtered = () => {
      const query = readableAcknowledgements(context.dataSource, scope);
      if (section === null) query.andWhere('1 = 0');
      else if (section !== undefined) query.andWhere('ack.sectionId = :section', { section });
      return query;
    };
    const rows = await fetchKeysetPage(filtered(), ACKNOWLEDGEMENT_ORDER, page);
    return toConnection(rows, ACKNOWLEDGEMENT_ORDER, (row) => mapAcknowledgement(context, row), () => filtered().getCount());
  }

  @Mutation(() => PrecautionAcknowledgementType, {
    description:
      'Acknowledges the current version of one’s own section’s handling precautions (第9条第2項), for oneself only. The version and the ' +
      'hash of its text are kept. A superseded version is CONFLICT; someone not designated for the section is FORBIDDEN (audited).',
  })
  async acknowledgeHandlingPrecautions(@Args() { precautionsId }: AcknowledgeHandlingPrecautionsArgs, @Ctx() context: ApiContext): Promise<PrecautionAcknowledgementType> {
    const rowId = rowIdOf(precautionsId, HANDLING_PRECAUTIONS) ?? fromGlobalId(precautionsId).id;
    const entity = await withHandlerErrors(() => acknowledgeHandlingPrecautions(context.identity.runtime.environment, identityRequest(context), rowId));
    return mapAcknowledgement(context, entity);
  }

  @FieldResolver(() => StaffType, { nullable: true, description: 'The handler who acknowledged.' })
  async handler(@Root() a: PrecautionAcknowledgementType, @Ctx() context: ApiContext): Promise<StaffType | null> {
    return a.handlerRowId === null ? null : loadStaff(context, a.handlerRowId);
  }

  @FieldResolver(() => HandlingPrecautionsType, { nullable: true, description: 'The exact version acknowledged (its text never changes).' })
  async precautions(@Root() a: PrecautionAcknowledgementType, @Ctx() context: ApiContext): Promise<HandlingPrecautionsType | null> {
    return a.precautionsRowId === null ? null : loadHandlingPrecautions(context, a.precautionsRowId);
  }
}
