import type { IsoDate, Role } from '@juki/policies';
import { Field, ID, ObjectType } from 'type-graphql';
import { CalendarDateScalar } from '../graphql/scalars/calendar-date.scalar';
import { RoleEnum } from './identity.enums';

/** One role grant of the signed-in person (第19条第2項), as their session shows it. */
@ObjectType('SessionRoleGrant', { simpleResolvers: true, description: 'One of your own role grants (第19条第2項).' })
export class SessionRoleGrantType {
  @Field(() => ID, { description: 'Global id of the role assignment.' })
  id!: string;

  @Field(() => RoleEnum)
  role!: Role;

  @Field(() => ID, { nullable: true, description: 'Global id of the section the role is held for; null when city-wide.' })
  sectionId!: string | null;

  @Field(() => String, { nullable: true })
  sectionName!: string | null;

  @Field(() => CalendarDateScalar)
  effectiveFrom!: IsoDate;

  @Field(() => CalendarDateScalar, { nullable: true, description: 'The last day; null while open-ended.' })
  effectiveTo!: IsoDate | null;
}

/**
 * The caller's own session (第19条第1項): who is signed in, their roles, and when the session and the
 * password expire. Returned by signIn (public: it shows only the person's own basics), me and
 * changePassword. Never carries another person's data; the birth date never appears anywhere.
 */
@ObjectType('Session', { simpleResolvers: true, description: 'Your own session (第19条第1項).' })
export class SessionType {
  @Field(() => ID, { description: 'Global id of the session.' })
  id!: string;

  @Field(() => ID, { description: 'Global id of the signed-in member of staff.' })
  staffId!: string;

  @Field(() => String, { description: 'Employee number (the user ID, 第19条の2第1項第1号).' })
  employeeNumber!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  nameKana!: string;

  @Field(() => String)
  title!: string;

  @Field(() => ID, { description: 'Global id of the section the person works in.' })
  sectionId!: string;

  @Field(() => String)
  sectionName!: string;

  @Field(() => [RoleEnum], { description: 'The roles held today (JST).' })
  roles!: Role[];

  @Field(() => [SessionRoleGrantType], { description: 'Every role grant, past, current and future.' })
  grants!: SessionRoleGrantType[];

  @Field(() => Boolean, {
    description: 'The password expired (第21条第1項) or was reset (第21条第4項): only changePassword, signOut and me are allowed.',
  })
  passwordChangeRequired!: boolean;

  @Field(() => Date)
  passwordExpiresAt!: Date;

  @Field(() => Date, { description: 'When the session ends unless used again (idle timeout).' })
  expiresAt!: Date;

  @Field(() => Date, { description: 'When the session ends at the latest (absolute timeout).' })
  absoluteExpiresAt!: Date;

  @Field(() => String, {
    nullable: true,
    description: 'The bearer token, only from signIn(returnToken: true) (then no cookie is set); null otherwise.',
  })
  token!: string | null;
}
