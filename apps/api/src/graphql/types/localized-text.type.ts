import type { LocalizedText } from '@juki/policies';
import { Field, ObjectType } from 'type-graphql';

@ObjectType('LocalizedText', { description: 'A text in Japanese (first) and English.' })
export class LocalizedTextType {
  @Field(() => String)
  ja!: string;

  @Field(() => String)
  en!: string;

  static from(text: LocalizedText): LocalizedTextType {
    const type = new LocalizedTextType();
    type.ja = text.ja;
    type.en = text.en;
    return type;
  }
}
