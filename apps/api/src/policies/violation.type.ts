import type { Violation } from '@juki/policies';
import { Field, ObjectType } from 'type-graphql';
import { LocalizedTextType } from '../graphql/types/localized-text.type';

@ObjectType('Violation', { description: 'One way an input or record breaks a rule, with the article it enforces.' })
export class ViolationType {
  @Field(() => String, { description: 'The rule, e.g. art21.passwordStrength.' })
  ruleId!: string;

  @Field(() => String, { description: 'Stable code, e.g. PASSWORDS.TOO_SHORT.' })
  code!: string;

  @Field(() => String, { description: 'The citation, e.g. 第21条第2項.' })
  article!: string;

  @Field(() => LocalizedTextType)
  message!: LocalizedTextType;

  /** Field by field; `params` stay out of the API (the message already carries what a user needs). */
  static from(v: Violation): ViolationType {
    const type = new ViolationType();
    type.ruleId = v.ruleId;
    type.code = v.code;
    type.article = v.article;
    type.message = LocalizedTextType.from(v.message);
    return type;
  }
}
