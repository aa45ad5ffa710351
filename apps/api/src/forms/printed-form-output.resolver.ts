import { disposeForms, moveForms, recordFormOutput, storeForms } from '@juki/domain';
import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../graphql/api-context';
import { catalogueError } from '../graphql/api-error';
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
import { printedFormCsvColumns, type PrintedFormCsvRow } from './forms-csv';
import { withFormsErrors } from './forms-errors';
import { DisposeFormsArgs, MoveFormsArgs, PrintedFormOutputsArgs, PrintedFormOutputsCsvArgs, PrintedFormsOverdueArgs, RecordFormOutputArgs, StoreFormsArgs } from './forms.args';
import { PrintedFormOutputConnection } from './forms.connections';
import { byOutputLoader, DISPOSALS, MOVES, STORAGES } from './forms.loaders';
import { disposalObject, moveObject, outputObject, storageObject } from './forms.objects';
import { filteredOutputs, OUTPUT_ORDERS, overdueOutputs } from './forms.queries';
import { FormDisposalType, FormMoveType, FormStorageType, PrintedFormOutputType } from './forms.types';
import { PRINTED_FORM_OUTPUT } from './printed-form-output.mapper';

/** The most rows one CSV export holds (narrow the filters for more). */
export const PRINTED_FORM_CSV_MAX_ROWS = 10_000;

function wantsTotal(info: GraphQLResolveInfo): boolean {
  return info.fieldNodes.some((node) => node.selectionSet?.selections.some((s) => s.kind === 'Field' && s.name.value === 'totalCount') ?? false);
}

/** An id given to a mutation: its row id when it is of `type`, else the raw id (the domain answers NOT_FOUND and audits). */
function rowIdFor(id: string, type: string): string {
  return rowIdOf(id, type) ?? fromGlobalId(id).id;
}

/**
 * The printed-form ledger (第10条): output records as a connection (row scope in the SQL), the overdue
 * list, the CSV export, and the mutations of the life cycle — record (第1項), store and move (第2項),
 * dispose of after reconciliation (第3項).
 */
@Resolver(() => PrintedFormOutputType)
export class PrintedFormOutputResolver {
  @Query(() => PrintedFormOutputConnection, { description: 'Printed-form output records (第10条第1項), as far as the caller may read; filter by section, state and output date.' })
  async printedFormOutputs(@Args() args: PrintedFormOutputsArgs, @Ctx() context: ApiContext, @Info() info: GraphQLResolveInfo): Promise<Connection<PrintedFormOutputType>> {
    const order = OUTPUT_ORDERS[args.orderBy ?? 'OUTPUT_DATE'];
    const page = pageRequest(args, order.columns.length);
    const rows = await fetchKeysetPage(filteredOutputs(context, args), order, page);
    return toConnection(rows, order, (row) => outputObject(context, row), wantsTotal(info) ? await filteredOutputs(context, args).getCount() : 0);
  }

  @Query(() => PrintedFormOutputConnection, {
    description:
      'Output records past their keeping period and the disposal deadline (keepUntil + forms.disposalDueDays) with copies not yet disposed of (第10条第3項 速やかに), oldest keeping period first.',
  })
  async printedFormsOverdue(@Args() args: PrintedFormsOverdueArgs, @Ctx() context: ApiContext, @Info() info: GraphQLResolveInfo): Promise<Connection<PrintedFormOutputType>> {
    const order = OUTPUT_ORDERS.KEEP_UNTIL;
    const page = pageRequest(args, order.columns.length);
    const rows = await fetchKeysetPage(overdueOutputs(context, args.sectionId), order, page);
    return toConnection(rows, order, (row) => outputObject(context, row), wantsTotal(info) ? await overdueOutputs(context, args.sectionId).getCount() : 0);
  }

  @Query(() => CsvFileType, {
    description: `The output records as CSV (UTF-8 with BOM, Japanese headers): the same filters, row scope and field access as printedFormOutputs; at most ${PRINTED_FORM_CSV_MAX_ROWS} rows.`,
  })
  async printedFormOutputsCsv(@Args() args: PrintedFormOutputsCsvArgs, @Ctx() context: ApiContext): Promise<CsvFileType> {
    const order = OUTPUT_ORDERS[args.orderBy ?? 'OUTPUT_DATE'];
    const query = filteredOutputs(context, args);
    order.columns.forEach((column, i) => (i === 0 ? query.orderBy(column, 'ASC') : query.addOrderBy(column, 'ASC')));
    const entities = await query.limit(PRINTED_FORM_CSV_MAX_ROWS).getMany();
    const outputs = entities.map((row) => outputObject(context, row));
    const sections = await Promise.all(outputs.map((o) => (o.sectionRowId === null ? null : loadOrganisationUnit(context, o.sectionRowId))));
    const rows: PrintedFormCsvRow[] = outputs.map((output, i) => ({ output, sectionName: sections[i]?.name ?? null }));
    const language = args.language ?? 'ja';
    return CsvFileType.of('printed-forms', printedFormCsvColumns(language), rows, context.requestedAt, language);
  }

  @Mutation(() => PrintedFormOutputType, { description: 'Records a form output by a section (第10条第1項, every item). Security officer, handler or ward system of that section.' })
  async recordFormOutput(@Args() args: RecordFormOutputArgs, @Ctx() context: ApiContext): Promise<PrintedFormOutputType> {
    const sectionId = rowIdOf(args.sectionId, 'OrganisationUnit');
    if (sectionId === null) throw catalogueError('BAD_USER_INPUT', 'FORMS.SECTION_INVALID');
    const output = await withFormsErrors(() =>
      recordFormOutput(context.identity.runtime.environment, identityRequest(context), {
        sectionId,
        formName: args.formName,
        outputDate: args.outputDate,
        purpose: args.purpose,
        requester: args.requester,
        quantity: args.quantity,
        notes: args.notes ?? null,
        keepUntil: args.keepUntil,
      }),
    );
    return outputObject(context, output);
  }

  @Mutation(() => PrintedFormOutputType, { description: 'Records copies put in a lockable place of the section, with quantity and breakdown (第10条第2項).' })
  async storeForms(@Args() args: StoreFormsArgs, @Ctx() context: ApiContext): Promise<PrintedFormOutputType> {
    const { output } = await withFormsErrors(() =>
      storeForms(context.identity.runtime.environment, identityRequest(context), {
        outputId: rowIdFor(args.outputId, PRINTED_FORM_OUTPUT),
        expectedVersion: args.version,
        placeId: rowIdFor(args.placeId, 'StoragePlace'),
        quantity: args.quantity,
        breakdown: (args.breakdown ?? []).map((line) => ({ label: line.label.normalize('NFC').trim(), quantity: line.quantity })),
        storedOn: args.storedOn,
      }),
    );
    return outputObject(context, output);
  }

  @Mutation(() => PrintedFormOutputType, { description: 'Records copies moved between two places of the section (第10条第2項).' })
  async moveForms(@Args() args: MoveFormsArgs, @Ctx() context: ApiContext): Promise<PrintedFormOutputType> {
    const { output } = await withFormsErrors(() =>
      moveForms(context.identity.runtime.environment, identityRequest(context), {
        outputId: rowIdFor(args.outputId, PRINTED_FORM_OUTPUT),
        expectedVersion: args.version,
        fromPlaceId: rowIdFor(args.fromPlaceId, 'StoragePlace'),
        toPlaceId: rowIdFor(args.toPlaceId, 'StoragePlace'),
        quantity: args.quantity,
        movedOn: args.movedOn,
      }),
    );
    return outputObject(context, output);
  }

  @Mutation(() => PrintedFormOutputType, {
    description:
      'Disposes of copies from one place after reconciling them with the output and storage records (第10条第3項). A disposal that does not reconcile is refused ' +
      '(BAD_USER_INPUT) naming every mismatch in params.violations / details_ja / details_en. Security officer of the section.',
  })
  async disposeForms(@Args() args: DisposeFormsArgs, @Ctx() context: ApiContext): Promise<PrintedFormOutputType> {
    const { output } = await withFormsErrors(() =>
      disposeForms(context.identity.runtime.environment, identityRequest(context), {
        outputId: rowIdFor(args.outputId, PRINTED_FORM_OUTPUT),
        expectedVersion: args.version,
        placeId: rowIdFor(args.placeId, 'StoragePlace'),
        quantity: args.quantity,
        method: args.method,
        disposedOn: args.disposedOn,
        performer: args.performer,
        witness: args.witness,
      }),
    );
    return outputObject(context, output);
  }

  @FieldResolver(() => OrganisationUnitType, { nullable: true, description: 'The section that output the form.' })
  async section(@Root() output: PrintedFormOutputType, @Ctx() context: ApiContext): Promise<OrganisationUnitType | null> {
    return output.sectionRowId === null ? null : loadOrganisationUnit(context, output.sectionRowId);
  }

  @FieldResolver(() => StaffType, { nullable: true, description: 'Who recorded it (null for a ward system, or when the caller may not read that person).' })
  async recordedBy(@Root() output: PrintedFormOutputType, @Ctx() context: ApiContext): Promise<StaffType | null> {
    return output.recordedByRowId === null ? null : loadStaff(context, output.recordedByRowId);
  }

  @FieldResolver(() => [FormStorageType], { nullable: true, description: 'Where the copies are kept now (every place that held them, at 0 once emptied).' })
  async storages(@Root() output: PrintedFormOutputType, @Ctx() context: ApiContext): Promise<FormStorageType[] | null> {
    if (!output.showStorages) return null;
    const rows = await byOutputLoader(context, STORAGES, ['storedOn', 'id']).load(output.rowId);
    return rows.map((row) => storageObject(context, row));
  }

  @FieldResolver(() => [FormMoveType], { nullable: true, description: 'Every storage and move, by the date moved (then recorded).' })
  async moves(@Root() output: PrintedFormOutputType, @Ctx() context: ApiContext): Promise<FormMoveType[] | null> {
    if (!output.showMoves) return null;
    const rows = await byOutputLoader(context, MOVES, ['movedOn', 'recordedAt', 'id']).load(output.rowId);
    return rows.map((row) => moveObject(context, row));
  }

  @FieldResolver(() => [FormDisposalType], { nullable: true, description: 'Every disposal, oldest first.' })
  async disposals(@Root() output: PrintedFormOutputType, @Ctx() context: ApiContext): Promise<FormDisposalType[] | null> {
    if (!output.showDisposals) return null;
    const rows = await byOutputLoader(context, DISPOSALS, ['disposedOn', 'recordedAt', 'id']).load(output.rowId);
    return rows.map((row) => disposalObject(context, row));
  }
}

