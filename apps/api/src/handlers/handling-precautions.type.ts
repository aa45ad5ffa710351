import { Field, Int, ObjectType } from 'type-graphql';
import { NodeInterface } from '../graphql/relay/node.interface';

/** One version of a section's handling precautions (第9条第1項), with its five categories. */
@ObjectType('HandlingPrecautions', {
  implements: NodeInterface,
  simpleResolvers: true,
  description: 'One version of a section’s handling precautions for identity information (第9条第1項), never edited once published.',
})
export class HandlingPrecautionsType extends NodeInterface {
  @Field(() => Int, { nullable: true, description: 'The version within the section (1, 2, …): pass the current one to publish the next.' })
  version!: number | null;

  @Field(() => String, { nullable: true, description: '第9条第1項第1号: screen display.' })
  screenDisplay!: string | null;

  @Field(() => String, { nullable: true, description: '第9条第1項第2号: integrity.' })
  integrity!: string | null;

  @Field(() => String, { nullable: true, description: '第9条第1項第3号: search and extraction.' })
  searchAndExtract!: string | null;

  @Field(() => String, { nullable: true, description: '第9条第1項第4号: storage on magnetic disk.' })
  storageOnDisk!: string | null;

  @Field(() => String, { nullable: true, description: '第9条第1項第5号: printing forms.' })
  printing!: string | null;

  @Field(() => String, { nullable: true, description: 'SHA-256 (hex) of the JSON array of the five texts in the order above.' })
  contentHash!: string | null;

  @Field(() => Boolean, { nullable: true, description: 'The version in force (not superseded).' })
  current!: boolean | null;

  @Field(() => Date, { nullable: true })
  publishedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the next version was published; null for the current one.' })
  supersededAt!: Date | null;

  sectionRowId!: string | null;
  publishedByRowId!: string | null;
}
