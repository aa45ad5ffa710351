import type { EmploymentStatus } from '@juki/policies';
import { Field, ObjectType } from 'type-graphql';
import { NodeInterface } from '../graphql/relay/node.interface';
import type { OrganisationUnitType } from '../organisation/organisation-unit.type';
import { EmploymentStatusEnum } from './identity.enums';

/**
 * A member of staff (第2章, 第19条第2項) as the caller may see them: built field by field with the caller's
 * access to THIS row (`toStaffType`). The birth date is not a field: it serves only the password check.
 */
@ObjectType('Staff', { implements: NodeInterface, simpleResolvers: true, description: 'A member of staff (第19条第2項).' })
export class StaffType extends NodeInterface {
  @Field(() => String, { nullable: true, description: 'Employee number (the user ID, 第19条の2第1項第1号).' })
  employeeNumber!: string | null;

  @Field(() => String, { nullable: true })
  name!: string | null;

  @Field(() => String, { nullable: true })
  nameKana!: string | null;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => EmploymentStatusEnum, { nullable: true })
  employmentStatus!: EmploymentStatus | null;

  @Field(() => Date, { nullable: true, description: 'When the account was locked after consecutive failures (第19条第1項); null when not locked.' })
  lockedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the password expires (第21条第1項).' })
  passwordExpiresAt!: Date | null;

  /** Row id of the section when the caller may follow `section` (not a GraphQL field). */
  sectionRowId!: string | null;

  /** The section as the caller sees it, read with the row; undefined = not read (not a GraphQL field). */
  prefetchedSection?: OrganisationUnitType | null;
}
