import type { IsoDate } from '@juki/policies';
import { ArgsType, Field } from 'type-graphql';
import { CalendarDateScalar } from '../graphql/scalars/calendar-date.scalar';
import { CalendarDate, Optional } from '../graphql/validation/input-constraints';

/** `policyProfile(asOf:)` (附則). */
@ArgsType()
export class PolicyProfileArgs {
  @Field(() => CalendarDateScalar, { nullable: true })
  @Optional()
  @CalendarDate()
  asOf?: IsoDate | null;
}
