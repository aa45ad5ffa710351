import { designateHandler, revokeHandlerDesignation, type CsvLanguage, type HandlerDesignationEntity } from '@juki/domain';
import { Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../graphql/api-context';
import { badUserInput } from '../graphql/request-errors';
import { requestScope } from '../graphql/authorization/request-scope';
import type { Connection } from '../graphql/connections/connection.types';
import { fetchKeysetPage, toConnection } from '../graphql/connections/keyset-pagination';
import { pageRequest } from '../graphql/connections/page-request';
import { fromGlobalId, rowIdOf } from '../graphql/relay/global-id';
import { CsvFileType } from '../graphql/types/csv-file.type';
import { identityRequest } from '../identity/identity-request';
import { loadStaff } from '../identity/staff.resolver';
import { StaffType } from '../identity/staff.type';
import { loadOrganisationUnit } from '../organisation/organisation-unit.resolver';
import { OrganisationUnitType } from '../organisation/organisation-unit.type';
import { handlerLedgerColumns, type HandlerLedgerRow } from './handler-ledger.csv';
import { HandlerDesignationType } from './handler-designation.type';
import { withHandlerErrors } from './handlers-errors';
import { DesignateHandlerArgs, HandlerDesignationsArgs, HandlerLedgerCsvArgs, RevokeHandlerDesignationArgs, SectionConnectionArgs } from './handlers.args';
import { HandlerDesignationConnection } from './handlers.connections';
import { designationOwner, HANDLER_DESIGNATION, toHandlerDesignationType } from './handlers.mappers';
import { DESIGNATION_ORDER, designationByIdLoader, filterDesignations, notAcknowledged, readableDesignations, type DesignationFilters } from './handlers.queries';

/** The most rows one CSV export holds (the city has a few hundred handlers; this only bounds a runaway read). */
export const MAX_LEDGER_CSV_ROWS = 10_000;

function mapDesignation(context: ApiContext, entity: HandlerDesignationEntity): HandlerDesignationType {
  return toHandlerDesignationType(entity, requestScope(context).access(HANDLER_DESIGNATION, designationOwner(entity)));
}

/** One designation under the caller's row filter (for `node`); null when absent or out of reach. */
export async function loadHandlerDesignation(context: ApiContext, rowId: string): Promise<HandlerDesignationType | null> {
  const entity = await designationByIdLoader(context).load(rowId);
  return entity ? mapDesignation(context, entity) : null;
}

function sectionFilter(sectionId: string | null | undefined): DesignationFilters['sectionId'] {
  return sectionId ? rowIdOf(sectionId, 'OrganisationUnit') : undefined;
}

/** 第8条 designations and the handler ledger of 第12条第7号 (as a connection and as CSV). */
@Resolver(() => HandlerDesignationType)
export class HandlerDesignationResolver {
  @Query(() => HandlerDesignationConnection, {
    description: 'The handler ledger (第12条第7号) by section and date of designation, as far as the caller may read.',
  })
  async handlerDesignations(@Args() args: HandlerDesignationsArgs, @Ctx() context: ApiContext): Promise<Connection<HandlerDesignationType>> {
    const page = pageRequest(args, DESIGNATION_ORDER.columns.length);
    const scope = requestScope(context);
    const filters: DesignationFilters = { sectionId: sectionFilter(args.sectionId), inForce: args.inForce ?? null };
    const filtered = () => filterDesignations(readableDesignations(context.dataSource, scope), filters);
    const rows = await fetchKeysetPage(filtered(), DESIGNATION_ORDER, page);
    return toConnection(rows, DESIGNATION_ORDER, (row) => mapDesignation(context, row), () => filtered().getCount());
  }

  @Query(() => HandlerDesignationConnection, {
    description:
      'Designated handlers (in force) who have not acknowledged the current version of their section’s handling precautions (第9条第2項): ' +
      'never, or only an earlier version. Sections with no precautions published yet have nothing to acknowledge and are not listed.',
  })
  async handlersNotAcknowledged(@Args() args: SectionConnectionArgs, @Ctx() context: ApiContext): Promise<Connection<HandlerDesignationType>> {
    const page = pageRequest(args, DESIGNATION_ORDER.columns.length);
    const scope = requestScope(context);
    const filters: DesignationFilters = { sectionId: sectionFilter(args.sectionId) };
    const filtered = () => notAcknowledged(filterDesignations(readableDesignations(context.dataSource, scope), filters));
    const rows = await fetchKeysetPage(filtered(), DESIGNATION_ORDER, page);
    return toConnection(rows, DESIGNATION_ORDER, (row) => mapDesignation(context, row), () => filtered().getCount());
  }

  @Query(() => CsvFileType, {
    description:
      'The handler ledger (第12条第7号: 所属・職・氏名・権限, with designation and revocation) as CSV: UTF-8 with BOM, CRLF, Japanese headers by default. ' +
      'Rows and fields exactly as handlerDesignations returns them to the caller.',
  })
  async handlerLedgerCsv(@Args() args: HandlerLedgerCsvArgs, @Ctx() context: ApiContext): Promise<CsvFileType> {
    const scope = requestScope(context);
    const filters: DesignationFilters = { sectionId: sectionFilter(args.sectionId), inForce: args.inForce ?? null };
    const query = filterDesignations(readableDesignations(context.dataSource, scope), filters);
    DESIGNATION_ORDER.columns.forEach((column, i) => (i === 0 ? query.orderBy(column, 'ASC') : query.addOrderBy(column, 'ASC')));
    const entities = await query.limit(MAX_LEDGER_CSV_ROWS + 1).getMany();
    if (entities.length > MAX_LEDGER_CSV_ROWS) throw badUserInput('REQUEST.TOO_MANY_ROWS', { rows: entities.length, max: MAX_LEDGER_CSV_ROWS });
    const rows: HandlerLedgerRow[] = await Promise.all(
      entities.map(async (entity) => {
        const designation = mapDesignation(context, entity);
        const [section, staff, designatedBy, revokedBy] = await Promise.all([
          designation.sectionRowId === null ? null : loadOrganisationUnit(context, designation.sectionRowId),
          designation.staffRowId === null ? null : loadStaff(context, designation.staffRowId),
          designation.designatedByRowId === null ? null : loadStaff(context, designation.designatedByRowId),
          designation.revokedByRowId === null ? null : loadStaff(context, designation.revokedByRowId),
        ]);
        return { designation, section, staff, designatedBy, revokedBy };
      }),
    );
    const language: CsvLanguage = args.language ?? 'ja';
    return CsvFileType.of('handler-ledger', handlerLedgerColumns(language), rows, context.requestedAt, language);
  }

  @Mutation(() => HandlerDesignationType, {
    description:
      'Designates a member of staff a handler of identity information for their section (第8条), with their permissions (第12条第7号), ' +
      'from today; grants the HANDLER role for that section. Only the security officer of that section (else FORBIDDEN, audited).',
  })
  async designateHandler(@Args() { staffId, permissions }: DesignateHandlerArgs, @Ctx() context: ApiContext): Promise<HandlerDesignationType> {
    const rowId = rowIdOf(staffId, 'Staff') ?? fromGlobalId(staffId).id;
    const entity = await withHandlerErrors(() => designateHandler(context.identity.runtime.environment, identityRequest(context), { staffId: rowId, permissions }));
    return mapDesignation(context, entity);
  }

  @Mutation(() => HandlerDesignationType, {
    description:
      'Revokes a handler designation from today (第8条): the HANDLER role it granted ends at once. Only the security officer of its ' +
      'section (else FORBIDDEN, audited); a stale expectedVersion or a revoked designation is CONFLICT.',
  })
  async revokeHandlerDesignation(@Args() { id, expectedVersion }: RevokeHandlerDesignationArgs, @Ctx() context: ApiContext): Promise<HandlerDesignationType> {
    const rowId = rowIdOf(id, HANDLER_DESIGNATION) ?? fromGlobalId(id).id;
    const entity = await withHandlerErrors(() =>
      revokeHandlerDesignation(context.identity.runtime.environment, identityRequest(context), { designationId: rowId, expectedVersion }),
    );
    return mapDesignation(context, entity);
  }

  @FieldResolver(() => StaffType, { nullable: true, description: '氏名: the handler.' })
  async staff(@Root() d: HandlerDesignationType, @Ctx() context: ApiContext): Promise<StaffType | null> {
    return d.staffRowId === null ? null : loadStaff(context, d.staffRowId);
  }

  @FieldResolver(() => OrganisationUnitType, { nullable: true, description: '所属: the section.' })
  async section(@Root() d: HandlerDesignationType, @Ctx() context: ApiContext): Promise<OrganisationUnitType | null> {
    return d.sectionRowId === null ? null : loadOrganisationUnit(context, d.sectionRowId);
  }

  @FieldResolver(() => StaffType, { nullable: true, description: 'The security officer who designated.' })
  async designatedBy(@Root() d: HandlerDesignationType, @Ctx() context: ApiContext): Promise<StaffType | null> {
    return d.designatedByRowId === null ? null : loadStaff(context, d.designatedByRowId);
  }

  @FieldResolver(() => StaffType, { nullable: true, description: 'The security officer who revoked; null while in force.' })
  async revokedBy(@Root() d: HandlerDesignationType, @Ctx() context: ApiContext): Promise<StaffType | null> {
    return d.revokedByRowId === null ? null : loadStaff(context, d.revokedByRowId);
  }
}
