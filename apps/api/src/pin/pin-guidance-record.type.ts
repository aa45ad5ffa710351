import { Field, ObjectType } from 'type-graphql';
import { NodeInterface } from '../graphql/relay/node.interface';

/** The 第10条の4 guidance at one card issuance, as acknowledged by the guiding staff member. It holds no PIN. */
@ObjectType('PinGuidanceRecord', {
  implements: NodeInterface,
  simpleResolvers: true,
  description: 'The record that the applicant entered the PIN (第10条の4第2号) and inserted the card (第3号) themselves, per issuance.',
})
export class PinGuidanceRecordType extends NodeInterface {
  @Field(() => String, { nullable: true, description: 'The serial number of the issued resident card.' })
  cardSerial!: string | null;

  @Field(() => Boolean, { nullable: true, description: '第10条の4第2号: the applicant entered the PIN themselves (always true: recorded only so).' })
  applicantEnteredPin!: boolean | null;

  @Field(() => Boolean, { nullable: true, description: '第10条の4第3号: the applicant inserted the card themselves (always true: recorded only so).' })
  applicantInsertedCard!: boolean | null;

  @Field(() => Date, { nullable: true })
  recordedAt!: Date | null;

  /** Row ids for `section` and `guidedBy` when the caller may follow them (not GraphQL fields). */
  sectionRowId!: string | null;
  guidedByRowId!: string | null;
}
