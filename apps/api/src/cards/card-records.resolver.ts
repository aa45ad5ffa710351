import { disposeResidentCard, recordCardStockTake, reportResidentCardLost, type CardDisposalEntity, type CardLossReportEntity, type CardMovementEntity, type CardStockTakeEntity, type CsvLanguage } from '@juki/domain';
import { Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { ApiContext } from '../graphql/api-context';
import { requestScope } from '../graphql/authorization/request-scope';
import type { Connection } from '../graphql/connections/connection.types';
import { fetchKeysetPage, toConnection, type KeysetOrder } from '../graphql/connections/keyset-pagination';
import { pageRequest } from '../graphql/connections/page-request';
import { badUserInput } from '../graphql/request-errors';
import { CsvFileType } from '../graphql/types/csv-file.type';
import { identityRequest } from '../identity/identity-request';
import { loadStaff } from '../identity/staff.resolver';
import { StaffType } from '../identity/staff.type';
import { loadPlace } from '../forms/forms.objects';
import { StoragePlaceType } from '../forms/forms.types';
import { loadOrganisationUnit } from '../organisation/organisation-unit.resolver';
import { OrganisationUnitType } from '../organisation/organisation-unit.type';
import { CardDisposalType } from './card-disposal.type';
import { CardLossReportType } from './card-loss-report.type';
import { CardMovementType } from './card-movement.type';
import { CardStockTakeType } from './card-stock-take.type';
import { CardCsvArgs, CardMovementsArgs, CardSectionArgs, DisposeResidentCardArgs, RecordCardStockTakeArgs, ReportResidentCardLostArgs } from './cards.args';
import { CardDisposalConnection, CardLossReportConnection, CardMovementConnection, CardStockTakeConnection } from './cards.connections';
import {
  cardDisposalColumns,
  cardLossReportColumns,
  cardMovementColumns,
  cardStockTakeColumns,
  type CardDisposalRow,
  type CardLossReportRow,
  type CardMovementRow,
  type CardStockTakeRow,
} from './cards.csv';
import { withCardErrors } from './cards-errors';
import {
  filterArgument,
  loadCardDisposal,
  loadCardLossReport,
  loadCardStockTake,
  loadResidentCard,
  mapDisposal,
  mapLossReport,
  mapMovement,
  mapStockTake,
  rowIdArgument,
} from './cards.loading';
import { RESIDENT_CARD, STORAGE_PLACE } from './cards.mappers';
import { DISPOSAL_ORDER, filterBy, LOSS_REPORT_ORDER, MOVEMENT_ORDER, readableDisposals, readableLossReports, readableMovements, readableStockTakes, STOCK_TAKE_ORDER } from './cards.queries';
import { ResidentCardType } from './resident-card.type';

/** The most rows one CSV export holds (bounds a runaway read; a section records a few thousand movements a year). */
export const MAX_CARD_CSV_ROWS = 10_000;

async function page<T extends ObjectLiteral, N>(
  args: CardSectionArgs,
  order: KeysetOrder<T>,
  query: () => SelectQueryBuilder<T>,
  map: (row: T) => N,
): Promise<Connection<N>> {
  const request = pageRequest(args, order.columns.length);
  const rows = await fetchKeysetPage(query(), order, request);
  return toConnection(rows, order, map, () => query().getCount());
}

async function allRows<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, order: KeysetOrder<T>): Promise<T[]> {
  order.columns.forEach((column, i) => (i === 0 ? query.orderBy(column, 'ASC') : query.addOrderBy(column, 'ASC')));
  const rows = await query.limit(MAX_CARD_CSV_ROWS + 1).getMany();
  if (rows.length > MAX_CARD_CSV_ROWS) throw badUserInput('REQUEST.TOO_MANY_ROWS', { rows: rows.length, max: MAX_CARD_CSV_ROWS });
  return rows;
}

const section = (context: ApiContext, rowId: string | null): Promise<OrganisationUnitType | null> =>
  rowId === null ? Promise.resolve(null) : loadOrganisationUnit(context, rowId);
const staff = (context: ApiContext, rowId: string | null): Promise<StaffType | null> => (rowId === null ? Promise.resolve(null) : loadStaff(context, rowId));
const place = (context: ApiContext, rowId: string | null): Promise<StoragePlaceType | null> => (rowId === null ? Promise.resolve(null) : loadPlace(context, rowId));
const card = (context: ApiContext, rowId: string | null): Promise<ResidentCardType | null> => (rowId === null ? Promise.resolve(null) : loadResidentCard(context, rowId));

/** The movements of resident cards (受払, 第10条の2第1項). */
@Resolver(() => CardMovementType)
export class CardMovementResolver {
  @Query(() => CardMovementConnection, { description: 'Movements of resident cards, oldest first, as far as the caller may read (第10条の2第1項).' })
  async cardMovements(@Args() args: CardMovementsArgs, @Ctx() context: ApiContext): Promise<Connection<CardMovementType>> {
    const filters = { sectionId: filterArgument(args.sectionId, 'OrganisationUnit'), cardId: filterArgument(args.cardId, RESIDENT_CARD) };
    return page(args, MOVEMENT_ORDER, () => filterBy(readableMovements(context.dataSource, requestScope(context)), 'movement', filters, ['sectionId', 'cardId']), (row: CardMovementEntity) =>
      mapMovement(context, row),
    );
  }

  @Query(() => CsvFileType, { description: 'The movements as CSV (受払簿; UTF-8 with BOM, CRLF, Japanese headers by default), as cardMovements returns them.' })
  async cardMovementsCsv(@Args() args: CardCsvArgs, @Ctx() context: ApiContext): Promise<CsvFileType> {
    const entities = await allRows(readableMovements(context.dataSource, requestScope(context)), MOVEMENT_ORDER);
    const rows: CardMovementRow[] = await Promise.all(
      entities.map(async (entity) => {
        const movement = mapMovement(context, entity);
        const [s, recordedBy] = await Promise.all([section(context, movement.sectionRowId), staff(context, movement.recordedByRowId)]);
        return { movement, section: s, recordedBy };
      }),
    );
    const language: CsvLanguage = args.language ?? 'ja';
    return CsvFileType.of('resident-card-movements', cardMovementColumns(language), rows, context.requestedAt, language);
  }

  @FieldResolver(() => OrganisationUnitType, { nullable: true })
  section(@Root() m: CardMovementType, @Ctx() context: ApiContext): Promise<OrganisationUnitType | null> {
    return section(context, m.sectionRowId);
  }

  @FieldResolver(() => StoragePlaceType, { nullable: true, description: 'The place the card is in after the movement.' })
  place(@Root() m: CardMovementType, @Ctx() context: ApiContext): Promise<StoragePlaceType | null> {
    return place(context, m.placeRowId);
  }

  @FieldResolver(() => ResidentCardType, { nullable: true })
  card(@Root() m: CardMovementType, @Ctx() context: ApiContext): Promise<ResidentCardType | null> {
    return card(context, m.cardRowId);
  }

  @FieldResolver(() => StaffType, { nullable: true })
  recordedBy(@Root() m: CardMovementType, @Ctx() context: ApiContext): Promise<StaffType | null> {
    return staff(context, m.recordedByRowId);
  }
}

/** Stock-takes (棚卸し, 第10条の2第1項). */
@Resolver(() => CardStockTakeType)
export class CardStockTakeResolver {
  @Query(() => CardStockTakeConnection, { description: 'Stock-take lines, oldest first: counted, derived from the movements, and the difference (第10条の2第1項).' })
  async cardStockTakes(@Args() args: CardSectionArgs, @Ctx() context: ApiContext): Promise<Connection<CardStockTakeType>> {
    const filters = { sectionId: filterArgument(args.sectionId, 'OrganisationUnit') };
    return page(args, STOCK_TAKE_ORDER, () => filterBy(readableStockTakes(context.dataSource, requestScope(context)), 'take', filters, ['sectionId']), (row: CardStockTakeEntity) =>
      mapStockTake(context, row),
    );
  }

  @Query(() => CsvFileType, { description: 'The stock-takes as CSV (UTF-8 with BOM, CRLF, Japanese headers by default), as cardStockTakes returns them.' })
  async cardStockTakesCsv(@Args() args: CardCsvArgs, @Ctx() context: ApiContext): Promise<CsvFileType> {
    const entities = await allRows(readableStockTakes(context.dataSource, requestScope(context)), STOCK_TAKE_ORDER);
    const rows: CardStockTakeRow[] = await Promise.all(
      entities.map(async (entity) => {
        const take = mapStockTake(context, entity);
        const [s, recordedBy] = await Promise.all([section(context, take.sectionRowId), staff(context, take.recordedByRowId)]);
        return { take, section: s, recordedBy };
      }),
    );
    const language: CsvLanguage = args.language ?? 'ja';
    return CsvFileType.of('resident-card-stock-takes', cardStockTakeColumns(language), rows, context.requestedAt, language);
  }

  @Mutation(() => [CardStockTakeType], {
    description:
      'A stock-take of one storage place (第10条の2第1項): one count each for BLANK, PRINTED and AWAITING_DISPOSAL, recorded against the number ' +
      'derived from the movements; a difference is recorded (not refused) and notified to the system officer.',
  })
  async recordCardStockTake(@Args() args: RecordCardStockTakeArgs, @Ctx() context: ApiContext): Promise<CardStockTakeType[]> {
    const lines = await withCardErrors(() =>
      recordCardStockTake(context.identity.runtime.environment, identityRequest(context), {
        placeId: rowIdArgument(args.placeId, STORAGE_PLACE),
        countedOn: args.countedOn,
        counts: args.counts.map((c) => ({ state: c.state, counted: c.counted })),
      }),
    );
    const loaded = await Promise.all(lines.map((l) => loadCardStockTake(context, l.id)));
    return loaded.filter((l): l is CardStockTakeType => l !== null);
  }

  @FieldResolver(() => OrganisationUnitType, { nullable: true })
  section(@Root() t: CardStockTakeType, @Ctx() context: ApiContext): Promise<OrganisationUnitType | null> {
    return section(context, t.sectionRowId);
  }

  @FieldResolver(() => StoragePlaceType, { nullable: true, description: 'The place counted.' })
  place(@Root() t: CardStockTakeType, @Ctx() context: ApiContext): Promise<StoragePlaceType | null> {
    return place(context, t.placeRowId);
  }

  @FieldResolver(() => StaffType, { nullable: true })
  recordedBy(@Root() t: CardStockTakeType, @Ctx() context: ApiContext): Promise<StaffType | null> {
    return staff(context, t.recordedByRowId);
  }
}

/** Loss and theft reports (第10条の2第2項). */
@Resolver(() => CardLossReportType)
export class CardLossReportResolver {
  @Query(() => CardLossReportConnection, { description: 'Loss and theft reports of resident cards, oldest first (第10条の2第2項).' })
  async cardLossReports(@Args() args: CardSectionArgs, @Ctx() context: ApiContext): Promise<Connection<CardLossReportType>> {
    const filters = { sectionId: filterArgument(args.sectionId, 'OrganisationUnit') };
    return page(args, LOSS_REPORT_ORDER, () => filterBy(readableLossReports(context.dataSource, requestScope(context)), 'report', filters, ['sectionId']), (row: CardLossReportEntity) =>
      mapLossReport(context, row),
    );
  }

  @Query(() => CsvFileType, { description: 'The loss and theft reports as CSV (UTF-8 with BOM, CRLF, Japanese headers by default), as cardLossReports returns them.' })
  async cardLossReportsCsv(@Args() args: CardCsvArgs, @Ctx() context: ApiContext): Promise<CsvFileType> {
    const entities = await allRows(readableLossReports(context.dataSource, requestScope(context)), LOSS_REPORT_ORDER);
    const rows: CardLossReportRow[] = await Promise.all(
      entities.map(async (entity) => {
        const report = mapLossReport(context, entity);
        const [s, reportedBy] = await Promise.all([section(context, report.sectionRowId), staff(context, report.reportedByRowId)]);
        return { report, section: s, reportedBy };
      }),
    );
    const language: CsvLanguage = args.language ?? 'ja';
    return CsvFileType.of('resident-card-loss-reports', cardLossReportColumns(language), rows, context.requestedAt, language);
  }

  @Mutation(() => CardLossReportType, {
    description:
      'Reports a card in stock lost or stolen at once (第10条の2第2項): in one transaction the card becomes LOST or STOLEN, the report is recorded ' +
      'and the system officer is notified. A card not in stock, or a stale version, is CONFLICT.',
  })
  async reportResidentCardLost(@Args() args: ReportResidentCardLostArgs, @Ctx() context: ApiContext): Promise<CardLossReportType> {
    const reported = await withCardErrors(() =>
      reportResidentCardLost(context.identity.runtime.environment, identityRequest(context), {
        cardId: rowIdArgument(args.cardId, RESIDENT_CARD),
        version: args.version,
        kind: args.kind,
        discoveredAt: args.discoveredAt,
        circumstances: args.circumstances,
      }),
    );
    const report = await loadCardLossReport(context, reported.report.id);
    if (!report) throw new Error('a recorded loss report could not be read back');
    return report;
  }

  @FieldResolver(() => OrganisationUnitType, { nullable: true })
  section(@Root() r: CardLossReportType, @Ctx() context: ApiContext): Promise<OrganisationUnitType | null> {
    return section(context, r.sectionRowId);
  }

  @FieldResolver(() => ResidentCardType, { nullable: true })
  card(@Root() r: CardLossReportType, @Ctx() context: ApiContext): Promise<ResidentCardType | null> {
    return card(context, r.cardRowId);
  }

  @FieldResolver(() => StaffType, { nullable: true })
  reportedBy(@Root() r: CardLossReportType, @Ctx() context: ApiContext): Promise<StaffType | null> {
    return staff(context, r.reportedByRowId);
  }
}

/** Disposals (第10条の3). */
@Resolver(() => CardDisposalType)
export class CardDisposalResolver {
  @Query(() => CardDisposalConnection, { description: 'Disposals of resident cards by date (第10条の3).' })
  async cardDisposals(@Args() args: CardSectionArgs, @Ctx() context: ApiContext): Promise<Connection<CardDisposalType>> {
    const filters = { sectionId: filterArgument(args.sectionId, 'OrganisationUnit') };
    return page(args, DISPOSAL_ORDER, () => filterBy(readableDisposals(context.dataSource, requestScope(context)), 'disposal', filters, ['sectionId']), (row: CardDisposalEntity) =>
      mapDisposal(context, row),
    );
  }

  @Query(() => CsvFileType, { description: 'The disposals as CSV (UTF-8 with BOM, CRLF, Japanese headers by default), as cardDisposals returns them.' })
  async cardDisposalsCsv(@Args() args: CardCsvArgs, @Ctx() context: ApiContext): Promise<CsvFileType> {
    const entities = await allRows(readableDisposals(context.dataSource, requestScope(context)), DISPOSAL_ORDER);
    const rows: CardDisposalRow[] = await Promise.all(
      entities.map(async (entity) => {
        const disposal = mapDisposal(context, entity);
        return { disposal, section: await section(context, disposal.sectionRowId) };
      }),
    );
    const language: CsvLanguage = args.language ?? 'ja';
    return CsvFileType.of('resident-card-disposals', cardDisposalColumns(language), rows, context.requestedAt, language);
  }

  @Mutation(() => CardDisposalType, {
    description:
      'Disposes of a card awaiting disposal (第10条の3): method (焼却・溶解・裁断等), IC chip physically destroyed (refused otherwise), performer, ' +
      'witness, date. A card not awaiting disposal, one disposed already, or a stale version is CONFLICT.',
  })
  async disposeResidentCard(@Args() args: DisposeResidentCardArgs, @Ctx() context: ApiContext): Promise<CardDisposalType> {
    const disposed = await withCardErrors(() =>
      disposeResidentCard(context.identity.runtime.environment, identityRequest(context), {
        cardId: rowIdArgument(args.cardId, RESIDENT_CARD),
        version: args.version,
        method: args.method,
        methodDescription: args.methodDescription ?? null,
        icChipDestroyed: args.icChipDestroyed,
        performer: args.performer,
        witness: args.witness,
        disposedOn: args.disposedOn,
      }),
    );
    const disposal = await loadCardDisposal(context, disposed.disposal.id);
    if (!disposal) throw new Error('a recorded disposal could not be read back');
    return disposal;
  }

  @FieldResolver(() => OrganisationUnitType, { nullable: true })
  section(@Root() d: CardDisposalType, @Ctx() context: ApiContext): Promise<OrganisationUnitType | null> {
    return section(context, d.sectionRowId);
  }

  @FieldResolver(() => ResidentCardType, { nullable: true })
  card(@Root() d: CardDisposalType, @Ctx() context: ApiContext): Promise<ResidentCardType | null> {
    return card(context, d.cardRowId);
  }

  @FieldResolver(() => StaffType, { nullable: true })
  recordedBy(@Root() d: CardDisposalType, @Ctx() context: ApiContext): Promise<StaffType | null> {
    return staff(context, d.recordedByRowId);
  }
}
