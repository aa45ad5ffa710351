import type { HandlerPermission, IsoDate } from '@juki/policies';
import { Field, Int, ObjectType } from 'type-graphql';
import { NodeInterface } from '../graphql/relay/node.interface';
import { CalendarDateScalar } from '../graphql/scalars/calendar-date.scalar';
import { HandlerPermissionEnum } from './handlers.enums';

/**
 * A handler designation (第8条) — one row of the handler ledger (第12条第7号: unit = `section`, title, name =
 * `staff.name`, permissions). Built field by field with the caller's access to THIS row.
 */
@ObjectType('HandlerDesignation', {
  implements: NodeInterface,
  simpleResolvers: true,
  description: 'A handler of identity information designated by the security officer of their section (第8条); a row of the handler ledger (第12条第7号).',
})
export class HandlerDesignationType extends NodeInterface {
  @Field(() => String, { nullable: true, description: '職: the title when designated.' })
  title!: string | null;

  @Field(() => [HandlerPermissionEnum], { nullable: true, description: '権限 (第12条第7号).' })
  permissions!: HandlerPermission[] | null;

  @Field(() => CalendarDateScalar, { nullable: true, description: 'The first day of the designation (and of the HANDLER role it grants).' })
  designatedOn!: IsoDate | null;

  @Field(() => Date, { nullable: true })
  designatedAt!: Date | null;

  @Field(() => CalendarDateScalar, { nullable: true, description: 'The first day it no longer applies; null while in force.' })
  revokedOn!: IsoDate | null;

  @Field(() => Date, { nullable: true })
  revokedAt!: Date | null;

  @Field(() => Boolean, { nullable: true, description: 'Not revoked.' })
  inForce!: boolean | null;

  @Field(() => Int, { nullable: true, description: 'The row version: pass it to revokeHandlerDesignation (a stale one is CONFLICT).' })
  version!: number | null;

  /** Row ids of the relations the caller may follow (not GraphQL fields). */
  staffRowId!: string | null;
  sectionRowId!: string | null;
  designatedByRowId!: string | null;
  revokedByRowId!: string | null;
}
