import { RULE_CATALOGUE } from '@juki/policies';
import { Query, Resolver } from 'type-graphql';
import { RuleType } from './rule.type';

@Resolver(() => RuleType)
export class RuleCatalogueResolver {
  /** Every rule juki-sec enforces, in article order (the catalogue of @juki/policies). */
  @Query(() => [RuleType], { description: 'Every rule of the guidelines that juki-sec enforces, in article order.' })
  ruleCatalogue(): RuleType[] {
    return RULE_CATALOGUE.map((rule) => RuleType.from(rule));
  }
}
