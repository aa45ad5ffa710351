import type { PinGuidanceRecordEntity } from '@juki/domain';
import { ArgsType, Field, ID } from 'type-graphql';
import { CsvLanguageEnum } from '../graphql/types/csv-file.type';
import { ConnectionArgs } from '../graphql/connections/connection.args';
import { connectionTypes } from '../graphql/connections/connection.types';
import type { KeysetOrder } from '../graphql/connections/keyset-pagination';
import { GlobalId, MaxChars, Optional, Pattern, Required } from '../graphql/validation/input-constraints';
import { sqlInstant } from '../identity/identity.queries';
import { PinGuidanceRecordType } from './pin-guidance-record.type';

export const { connection: PinGuidanceRecordConnection, edge: PinGuidanceRecordEdge } = connectionTypes('PinGuidanceRecord', PinGuidanceRecordType);

/** Oldest first (the ledger's order), then id. */
export const PIN_GUIDANCE_ORDER: KeysetOrder<PinGuidanceRecordEntity> = {
  columns: ['guidance.recordedAt', 'guidance.id'],
  values: (g) => [sqlInstant(g.recordedAt), g.id],
};

/** Filters shared by the list and its CSV export. */
@ArgsType()
export class PinGuidanceFilterArgs {
  @Field(() => ID, { nullable: true, description: 'Only this section (OrganisationUnit global id), within the caller’s reach.' })
  @Optional()
  @GlobalId({ types: ['OrganisationUnit'] })
  sectionId?: string | null;
}

@ArgsType()
export class PinGuidanceRecordsArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: 'Only this section (OrganisationUnit global id), within the caller’s reach.' })
  @Optional()
  @GlobalId({ types: ['OrganisationUnit'] })
  sectionId?: string | null;
}

@ArgsType()
export class PinGuidanceCsvArgs extends PinGuidanceFilterArgs {
  @Field(() => CsvLanguageEnum, { nullable: true, description: 'The language of the header row (Japanese by default).' })
  @Optional()
  language?: CsvLanguageEnum | null;
}

/** A card serial as the stock records it: letters, digits and hyphens (the domain re-checks it). */
const CARD_SERIAL = /^[A-Za-z0-9-]+$/;

/** `recordPinGuidance` (第10条の4). There is deliberately no PIN argument. */
@ArgsType()
export class RecordPinGuidanceArgs {
  @Field(() => ID, { description: 'The section (OrganisationUnit global id) of the issuance: one’s own.' })
  @GlobalId({ types: ['OrganisationUnit'], code: 'PIN_GUIDANCE.SECTION_INVALID' })
  sectionId!: string;

  @Field(() => String, { description: 'The serial number of the issued card.' })
  @Required({ code: 'CARDS.SERIAL_INVALID', params: { serial: '' } })
  @MaxChars(32, { code: 'CARDS.SERIAL_INVALID', params: { serial: '' } })
  @Pattern(CARD_SERIAL, { code: 'CARDS.SERIAL_INVALID', params: { serial: '' } })
  cardSerial!: string;

  @Field(() => Boolean, { description: '第10条の4第2号: the applicant entered the PIN themselves.' })
  applicantEnteredPin!: boolean;

  @Field(() => Boolean, { description: '第10条の4第3号: the applicant inserted the card into the reader-writer themselves.' })
  applicantInsertedCard!: boolean;

  @Field(() => ID, { nullable: true, description: 'The staff member (Staff global id) who gave the guidance: required from a ward system; a person records their own.' })
  @Optional()
  @GlobalId({ types: ['Staff'], code: 'PIN_GUIDANCE.GUIDED_BY_INVALID' })
  guidedBy?: string | null;
}

/** The most rows one CSV export holds (a larger ledger is exported per section). */
export const MAX_PIN_GUIDANCE_CSV_ROWS = 10_000;
