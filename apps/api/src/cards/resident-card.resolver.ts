import {
  derivedCardStock,
  overdueCardCutoff,
  receiveResidentCards,
  recordCardMovement,
  StoragePlaceEntity,
  type CsvLanguage,
  type ResidentCardEntity,
} from '@juki/domain';
import { In } from 'typeorm';
import { Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../graphql/api-context';
import { requestScope } from '../graphql/authorization/request-scope';
import { rowFilterSql } from '../graphql/authorization/row-filter.sql';
import type { Connection } from '../graphql/connections/connection.types';
import { fetchKeysetPage, toConnection } from '../graphql/connections/keyset-pagination';
import { pageRequest } from '../graphql/connections/page-request';
import { toGlobalId } from '../graphql/relay/global-id';
import { CsvFileType } from '../graphql/types/csv-file.type';
import { identityRequest } from '../identity/identity-request';
import { requestProfile } from '../identity/request-profile';
import { loadPlace } from '../forms/forms.objects';
import { StoragePlaceType } from '../forms/forms.types';
import { loadOrganisationUnit } from '../organisation/organisation-unit.resolver';
import { OrganisationUnitType } from '../organisation/organisation-unit.type';
import { CardMovementType } from './card-movement.type';
import { CardStockCountType } from './card-stock-count.type';
import { CardSectionArgs, CardStockArgs, CardStockCsvArgs, ReceiveResidentCardsArgs, RecordCardMovementArgs, ResidentCardsArgs } from './cards.args';
import { ResidentCardConnection } from './cards.connections';
import { cardStockColumns } from './cards.csv';
import { withCardErrors } from './cards-errors';
import { filterArgument, loadCardMovement, loadResidentCard, mapCard, rowIdArgument } from './cards.loading';
import { CARD_MOVEMENT, RESIDENT_CARD, STORAGE_PLACE } from './cards.mappers';
import { CARD_ORDER, filterBy, OVERDUE_ORDER, readableCards } from './cards.queries';
import { ResidentCardType } from './resident-card.type';

/** The stock per section, place and state (第10条の2第1項), derived in SQL from the movements under the caller's row filter. */
export async function readCardStock(context: ApiContext, sectionId: string | null | undefined): Promise<CardStockCountType[]> {
  if (sectionId === null) return [];
  const scope = requestScope(context);
  const where = [rowFilterSql(scope.rowFilter(CARD_MOVEMENT), { section: 'stock.section_id' })];
  if (sectionId !== undefined) where.push({ sql: 'stock.section_id = ?', params: [sectionId] });
  const counts = await derivedCardStock(context.dataSource.manager, where);
  const placeIds = [...new Set(counts.map((c) => c.placeId))];
  const places = placeIds.length === 0 ? [] : await context.dataSource.getRepository(StoragePlaceEntity).find({ where: { id: In(placeIds) }, select: { id: true, name: true } });
  const placeNames = new Map(places.map((p) => [p.id, p.name]));
  const sectionIds = [...new Set(counts.map((c) => c.sectionId))];
  const sections = await Promise.all(sectionIds.map((id) => loadOrganisationUnit(context, id)));
  const sectionNames = new Map(sectionIds.map((id, i) => [id, sections[i]?.name ?? '']));
  return counts.map((c) =>
    Object.assign(new CardStockCountType(), {
      sectionId: toGlobalId('OrganisationUnit', c.sectionId),
      sectionName: sectionNames.get(c.sectionId) ?? '',
      placeId: toGlobalId(STORAGE_PLACE, c.placeId),
      placeName: placeNames.get(c.placeId) ?? '',
      state: c.state,
      count: c.count,
    }),
  );
}

/** Resident cards: the stock (第10条の2第1項), the movements recorded on them, the overdue list (第10条の3第1号). */
@Resolver(() => ResidentCardType)
export class ResidentCardResolver {
  @Query(() => ResidentCardConnection, { description: 'Resident cards by number, as far as the caller may read (第10条の2第1項).' })
  async residentCards(@Args() args: ResidentCardsArgs, @Ctx() context: ApiContext): Promise<Connection<ResidentCardType>> {
    const page = pageRequest(args, CARD_ORDER.columns.length);
    const filters = { sectionId: filterArgument(args.sectionId, 'OrganisationUnit'), placeId: filterArgument(args.placeId, STORAGE_PLACE), state: args.state ?? undefined };
    const filtered = () => filterBy(readableCards(context.dataSource, requestScope(context)), 'card', filters, ['sectionId', 'placeId', 'state']);
    const rows = await fetchKeysetPage(filtered(), CARD_ORDER, page);
    return toConnection(rows, CARD_ORDER, (row: ResidentCardEntity) => mapCard(context, row), () => filtered().getCount());
  }

  @Query(() => ResidentCardConnection, {
    description:
      'Cards awaiting disposal past the limit of the policy profile in force (第10条の3第1号 できるだけ速やかに: more than cards.disposalDueDays days), longest waiting first.',
  })
  async overdueResidentCards(@Args() args: CardSectionArgs, @Ctx() context: ApiContext): Promise<Connection<ResidentCardType>> {
    const page = pageRequest(args, OVERDUE_ORDER.columns.length);
    const scope = requestScope(context);
    const cutoff = overdueCardCutoff(scope.today, requestProfile(context));
    const filtered = () =>
      filterBy(readableCards(context.dataSource, scope), 'card', { sectionId: filterArgument(args.sectionId, 'OrganisationUnit') }, ['sectionId'])
        .andWhere('card.state = :awaiting', { awaiting: 'AWAITING_DISPOSAL' })
        .andWhere('card.awaitingDisposalSince < :cutoff', { cutoff });
    const rows = await fetchKeysetPage(filtered(), OVERDUE_ORDER, page);
    return toConnection(rows, OVERDUE_ORDER, (row: ResidentCardEntity) => mapCard(context, row), () => filtered().getCount());
  }

  @Query(() => [CardStockCountType], {
    description: 'The number of cards per section, place and state, derived from the recorded movements (第10条の2第1項: never typed in). States with no card are left out.',
  })
  async residentCardStock(@Args() args: CardStockArgs, @Ctx() context: ApiContext): Promise<CardStockCountType[]> {
    return readCardStock(context, filterArgument(args.sectionId, 'OrganisationUnit'));
  }

  @Query(() => CsvFileType, { description: 'residentCardStock as CSV (UTF-8 with BOM, CRLF, Japanese headers by default).' })
  async residentCardStockCsv(@Args() args: CardStockCsvArgs, @Ctx() context: ApiContext): Promise<CsvFileType> {
    const rows = await readCardStock(context, filterArgument(args.sectionId, 'OrganisationUnit'));
    const language: CsvLanguage = args.language ?? 'ja';
    return CsvFileType.of('resident-card-stock', cardStockColumns(language), rows, context.requestedAt, language);
  }

  @Mutation(() => [ResidentCardType], {
    description: 'Receives blank cards by number into a lockable storage place of the section (第10条の2第1項); each gets its RECEIVED movement.',
  })
  async receiveResidentCards(@Args() { placeId, serials }: ReceiveResidentCardsArgs, @Ctx() context: ApiContext): Promise<ResidentCardType[]> {
    const received = await withCardErrors(() =>
      receiveResidentCards(context.identity.runtime.environment, identityRequest(context), { placeId: rowIdArgument(placeId, STORAGE_PLACE), serials }),
    );
    const cards = await Promise.all(received.cards.map((c) => loadResidentCard(context, c.id)));
    return cards.filter((c): c is ResidentCardType => c !== null);
  }

  @Mutation(() => CardMovementType, {
    description:
      'Records one movement of a card — PRINTED, ISSUED, SPOILED (issuance failure), MOVED_TO_DISPOSAL (application cancelled, card abolished), ' +
      'TRANSFERRED — under the life-cycle rules (第10条の2第1項, 第10条の3). A stale version, or a movement its state does not allow, is CONFLICT.',
  })
  async recordCardMovement(@Args() args: RecordCardMovementArgs, @Ctx() context: ApiContext): Promise<CardMovementType> {
    const recorded = await withCardErrors(() =>
      recordCardMovement(context.identity.runtime.environment, identityRequest(context), {
        cardId: rowIdArgument(args.cardId, RESIDENT_CARD),
        version: args.version,
        kind: args.kind,
        reason: args.reason ?? null,
        toPlaceId: args.toPlaceId ? rowIdArgument(args.toPlaceId, STORAGE_PLACE) : null,
      }),
    );
    const movement = await loadCardMovement(context, recorded.movement.id);
    if (!movement) throw new Error('a recorded movement could not be read back');
    return movement;
  }

  @FieldResolver(() => StoragePlaceType, { nullable: true, description: 'The storage place where the card is kept (第10条の2第1項: a lockable place).' })
  async place(@Root() card: ResidentCardType, @Ctx() context: ApiContext): Promise<StoragePlaceType | null> {
    return card.placeRowId === null ? null : loadPlace(context, card.placeRowId);
  }

  @FieldResolver(() => OrganisationUnitType, { nullable: true, description: 'The section whose card it is.' })
  async section(@Root() card: ResidentCardType, @Ctx() context: ApiContext): Promise<OrganisationUnitType | null> {
    return card.sectionRowId === null ? null : loadOrganisationUnit(context, card.sectionRowId);
  }
}
