import { MAX_AUDIT_ANCHORS } from '@juki/domain';
import { ArgsType, Field, Float, InputType } from 'type-graphql';
import { IntRange, Items, Nested, Optional, Pattern } from '../graphql/validation/input-constraints';

const ANCHOR_INVALID = { code: 'AUDIT.ANCHOR_INVALID', params: { max: MAX_AUDIT_ANCHORS } } as const;

@InputType('AuditChainAnchorInput', { description: 'A sequence and hash written down earlier (verifiedThrough of an earlier verification).' })
export class AuditChainAnchorInput {
  @Field(() => Float)
  @IntRange(1, Number.MAX_SAFE_INTEGER, ANCHOR_INVALID)
  sequence!: number;

  @Field(() => String)
  @Pattern(/^[0-9a-fA-F]{64}$/, ANCHOR_INVALID)
  hash!: string;
}

/** `verifyAuditChain(anchors:)` (第19条第1項): at most MAX_AUDIT_ANCHORS anchors, each a sequence and a SHA-256. */
@ArgsType()
export class VerifyAuditChainArgs {
  @Field(() => [AuditChainAnchorInput], { nullable: true, description: 'Sequence/hash pairs written down earlier: each must still match.' })
  @Optional()
  @Items({ max: MAX_AUDIT_ANCHORS, tooMany: ANCHOR_INVALID })
  @Nested()
  anchors?: AuditChainAnchorInput[] | null;
}
