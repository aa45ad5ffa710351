import { articleHeading, type RuleDefinition } from '@juki/policies';
import { Field, ID, ObjectType } from 'type-graphql';
import { LocalizedTextType } from '../graphql/types/localized-text.type';

@ObjectType('Rule', { description: 'A rule of the guidelines that juki-sec enforces, with the article it cites.' })
export class RuleType {
  @Field(() => ID, { description: 'Stable id, e.g. art21.passwordStrength.' })
  id!: string;

  @Field(() => String, { description: 'The citation, e.g. 第21条第2項.' })
  article!: string;

  @Field(() => String, { nullable: true, description: 'The heading of the cited article, e.g. パスワードの管理方法.' })
  articleHeading!: string | null;

  @Field(() => LocalizedTextType)
  title!: LocalizedTextType;

  @Field(() => LocalizedTextType)
  description!: LocalizedTextType;

  @Field(() => [String], { description: 'The policy-profile parameters the rule reads (dotted paths).' })
  parameters!: string[];

  @Field(() => [String], { description: 'The violation codes the rule can return, e.g. PASSWORDS.TOO_SHORT.' })
  codes!: string[];

  /** Field by field: a property added to RuleDefinition is not exposed until it is added here. */
  static from(rule: RuleDefinition): RuleType {
    const type = new RuleType();
    type.id = rule.id;
    type.article = rule.article;
    type.articleHeading = articleHeading(rule.article) ?? null;
    type.title = LocalizedTextType.from(rule.title);
    type.description = LocalizedTextType.from(rule.description);
    type.parameters = [...rule.parameters];
    type.codes = [...rule.codes];
    return type;
  }
}
