import type { PolicyProfile } from '@juki/policies';
import { Field, ID, ObjectType } from 'type-graphql';
import { LocalizedTextType } from '../graphql/types/localized-text.type';
import { CalendarDateScalar } from '../graphql/scalars/calendar-date.scalar';

@ObjectType('PolicyProfile', {
  description: 'The parameters of the rules in force from a date (附則: amendments; 第24条: set by the 市民局長).',
})
export class PolicyProfileType {
  @Field(() => ID)
  id!: string;

  @Field(() => CalendarDateScalar)
  effectiveFrom!: string;

  @Field(() => LocalizedTextType)
  title!: LocalizedTextType;

  @Field(() => String, { description: 'What put the profile in force, e.g. 附則（平成19年4月1日施行）.' })
  basis!: string;

  static from(profile: PolicyProfile): PolicyProfileType {
    const type = new PolicyProfileType();
    type.id = profile.id;
    type.effectiveFrom = profile.effectiveFrom;
    type.title = LocalizedTextType.from(profile.title);
    type.basis = profile.basis;
    return type;
  }
}
