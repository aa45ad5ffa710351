import { recordPinGuidance, type CsvColumn, type PinGuidanceRecordEntity } from '@juki/domain';
import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../graphql/api-context';
import { catalogueError } from '../graphql/api-error';
import { requestScope } from '../graphql/authorization/request-scope';
import type { Connection } from '../graphql/connections/connection.types';
import { fetchKeysetPage, toConnection } from '../graphql/connections/keyset-pagination';
import { pageRequest } from '../graphql/connections/page-request';
import { rowIdOf } from '../graphql/relay/global-id';
import { badUserInput } from '../graphql/request-errors';
import { CsvFileType } from '../graphql/types/csv-file.type';
import { identityRequest } from '../identity/identity-request';
import { loadStaff } from '../identity/staff.resolver';
import { StaffType } from '../identity/staff.type';
import { withAreaErrors } from '../notifications/notification-errors';
import { loadOrganisationUnit } from '../organisation/organisation-unit.resolver';
import { OrganisationUnitType } from '../organisation/organisation-unit.type';
import {
  MAX_PIN_GUIDANCE_CSV_ROWS,
  PinGuidanceCsvArgs,
  PinGuidanceRecordConnection,
  PinGuidanceRecordsArgs,
  PIN_GUIDANCE_ORDER,
  RecordPinGuidanceArgs,
} from './pin-guidance-record.connection';
import { pinGuidanceRecordByIdLoader, readablePinGuidanceRecords } from './pin-guidance-record.loaders';
import { PIN_GUIDANCE_RECORD, pinGuidanceOwner, toPinGuidanceRecordType } from './pin-guidance-record.mapper';
import { PinGuidanceRecordType } from './pin-guidance-record.type';

function mapRecord(context: ApiContext, entity: PinGuidanceRecordEntity): PinGuidanceRecordType {
  return toPinGuidanceRecordType(entity, requestScope(context).access(PIN_GUIDANCE_RECORD, pinGuidanceOwner(entity)));
}

/** Loads one guidance record under the caller's row filter (for `node`); null when absent or out of reach. */
export async function loadPinGuidanceRecord(context: ApiContext, rowId: string): Promise<PinGuidanceRecordType | null> {
  const entity = await pinGuidanceRecordByIdLoader(context).load(rowId);
  return entity ? mapRecord(context, entity) : null;
}

/** A CSV row: the record as the caller sees it, with the names its relations resolve to for the caller. */
interface CsvRow {
  readonly record: PinGuidanceRecordType;
  readonly section: string | null;
  readonly guidedBy: string | null;
}

/** The ledger's columns (Japanese headers first; 第10条の4). */
const CSV_COLUMNS: readonly CsvColumn<CsvRow>[] = [
  { header: { ja: '課', en: 'Section' }, value: (r) => r.section },
  { header: { ja: 'カード番号', en: 'Card serial' }, value: (r) => r.record.cardSerial },
  { header: { ja: '申請者自身による暗証番号の入力', en: 'Applicant entered the PIN' }, value: (r) => r.record.applicantEnteredPin },
  { header: { ja: '申請者自身によるカードの抜き差し', en: 'Applicant inserted the card' }, value: (r) => r.record.applicantInsertedCard },
  { header: { ja: '周知した職員', en: 'Guided by' }, value: (r) => r.guidedBy },
  { header: { ja: '記録日時', en: 'Recorded at' }, value: (r) => r.record.recordedAt },
];

/** The PIN guidance records of 第10条の4: record one per issuance, list them, export them. */
@Resolver(() => PinGuidanceRecordType)
export class PinGuidanceResolver {
  @Query(() => PinGuidanceRecordConnection, { description: 'The PIN guidance records the caller may read, oldest first (第10条の4).' })
  async pinGuidanceRecords(@Args() args: PinGuidanceRecordsArgs, @Ctx() context: ApiContext, @Info() info: GraphQLResolveInfo): Promise<Connection<PinGuidanceRecordType>> {
    const page = pageRequest(args, PIN_GUIDANCE_ORDER.columns.length);
    const filtered = () => this.filtered(context, args.sectionId ?? null);
    const rows = await fetchKeysetPage(filtered(), PIN_GUIDANCE_ORDER, page);
    const total = info.fieldNodes.some((n) => n.selectionSet?.selections.some((s) => s.kind === 'Field' && s.name.value === 'totalCount'));
    return toConnection(rows, PIN_GUIDANCE_ORDER, (row) => mapRecord(context, row), total ? await filtered().getCount() : 0);
  }

  @Query(() => CsvFileType, {
    description: `The PIN guidance records as CSV (UTF-8 with BOM, CRLF, Japanese headers by default): the same rows and fields as pinGuidanceRecords, at most ${MAX_PIN_GUIDANCE_CSV_ROWS}.`,
  })
  async pinGuidanceRecordsCsv(@Args() args: PinGuidanceCsvArgs, @Ctx() context: ApiContext): Promise<CsvFileType> {
    const entities = await this.filtered(context, args.sectionId ?? null)
      .orderBy('guidance.recordedAt', 'ASC')
      .addOrderBy('guidance.id', 'ASC')
      .limit(MAX_PIN_GUIDANCE_CSV_ROWS + 1)
      .getMany();
    if (entities.length > MAX_PIN_GUIDANCE_CSV_ROWS) throw badUserInput('REQUEST.TOO_MANY_ROWS', { rows: entities.length, max: MAX_PIN_GUIDANCE_CSV_ROWS });
    const rows: CsvRow[] = [];
    for (const entity of entities) {
      const record = mapRecord(context, entity);
      const [section, guide] = await Promise.all([
        record.sectionRowId === null ? null : loadOrganisationUnit(context, record.sectionRowId),
        record.guidedByRowId === null ? null : loadStaff(context, record.guidedByRowId),
      ]);
      rows.push({ record, section: section?.name ?? null, guidedBy: guide?.name ?? null });
    }
    return CsvFileType.of('pin-guidance-records', CSV_COLUMNS, rows, context.requestedAt, args.language ?? 'ja');
  }

  @Mutation(() => PinGuidanceRecordType, {
    description:
      'Records, for one card issuance, that the applicant entered the PIN (第10条の4第2号) and inserted the card (第3号) themselves. ' +
      'Refused unless both are true; own section only; one record per card (a second is CONFLICT). No PIN is sent or stored.',
  })
  async recordPinGuidance(@Args() args: RecordPinGuidanceArgs, @Ctx() context: ApiContext): Promise<PinGuidanceRecordType> {
    const sectionId = rowIdOf(args.sectionId, 'OrganisationUnit');
    if (sectionId === null) throw catalogueError('BAD_USER_INPUT', 'PIN_GUIDANCE.SECTION_INVALID');
    const guidedById = args.guidedBy ? rowIdOf(args.guidedBy, 'Staff') : null;
    if (args.guidedBy && guidedById === null) throw catalogueError('BAD_USER_INPUT', 'PIN_GUIDANCE.GUIDED_BY_INVALID');
    const record = await withAreaErrors(() =>
      recordPinGuidance(context.identity.runtime.environment, identityRequest(context), {
        sectionId,
        cardSerial: args.cardSerial,
        applicantEnteredPin: args.applicantEnteredPin,
        applicantInsertedCard: args.applicantInsertedCard,
        guidedById,
      }),
    );
    return mapRecord(context, record);
  }

  @FieldResolver(() => OrganisationUnitType, { nullable: true, description: 'The section of the issuance.' })
  async section(@Root() record: PinGuidanceRecordType, @Ctx() context: ApiContext): Promise<OrganisationUnitType | null> {
    return record.sectionRowId === null ? null : loadOrganisationUnit(context, record.sectionRowId);
  }

  @FieldResolver(() => StaffType, { nullable: true, description: 'The staff member who gave the guidance.' })
  async guidedBy(@Root() record: PinGuidanceRecordType, @Ctx() context: ApiContext): Promise<StaffType | null> {
    return record.guidedByRowId === null ? null : loadStaff(context, record.guidedByRowId);
  }

  private filtered(context: ApiContext, sectionGlobalId: string | null) {
    const query = readablePinGuidanceRecords(context.dataSource, requestScope(context));
    if (sectionGlobalId !== null) query.andWhere('guidance.section_id = :section', { section: rowIdOf(sectionGlobalId, 'OrganisationUnit') ?? '' });
    return query;
  }
}
