import { Field, Int, ObjectType } from 'type-graphql';
import { NodeInterface } from '../graphql/relay/node.interface';

/** A handler's acknowledgement of one version of the precautions (第9条第2項): what they saw, exactly. */
@ObjectType('PrecautionAcknowledgement', {
  implements: NodeInterface,
  simpleResolvers: true,
  description: 'A handler’s acknowledgement of one version of their section’s handling precautions (第9条第2項).',
})
export class PrecautionAcknowledgementType extends NodeInterface {
  @Field(() => Int, { nullable: true, description: 'The version acknowledged.' })
  version!: number | null;

  @Field(() => String, { nullable: true, description: 'The SHA-256 of the text acknowledged (equals that version’s contentHash).' })
  contentHash!: string | null;

  @Field(() => Date, { nullable: true })
  acknowledgedAt!: Date | null;

  handlerRowId!: string | null;
  precautionsRowId!: string | null;
}
