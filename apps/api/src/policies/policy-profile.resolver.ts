import { CHIBA_PROFILE_HISTORY, jstDate } from '@juki/policies';
import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '../graphql/api-context';
import { PolicyProfileArgs } from './policy-profile.args';
import { PolicyProfileType } from './policy-profile.type';

@Resolver(() => PolicyProfileType)
export class PolicyProfileResolver {
  /** 附則: the profile in force on `asOf` (default: today in Japan); null before the guidelines took effect. */
  @Query(() => PolicyProfileType, {
    nullable: true,
    description: 'The policy profile in force on asOf (default: today, JST); null before the guidelines took effect.',
  })
  policyProfile(@Args() { asOf }: PolicyProfileArgs, @Ctx() context: ApiContext): PolicyProfileType | null {
    const profile = CHIBA_PROFILE_HISTORY.inForceOn(asOf ?? jstDate(context.requestedAt));
    return profile ? PolicyProfileType.from(profile) : null;
  }
}
