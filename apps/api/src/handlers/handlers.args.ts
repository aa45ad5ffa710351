import { HANDLER_PERMISSIONS, MAX_PRECAUTION_TEXT, PRECAUTION_CATEGORY_LABELS, type HandlerPermission, type PrecautionCategory } from '@juki/policies';
import { ArgsType, Field, ID, Int } from 'type-graphql';
import { ConnectionArgs } from '../graphql/connections/connection.args';
import { CsvLanguageEnum } from '../graphql/types/csv-file.type';
import { GlobalId, IntRange, Items, MaxChars, Optional, PlainText, Required } from '../graphql/validation/input-constraints';
import { HandlerPermissionEnum } from './handlers.enums';

/** The largest version number accepted (a section publishing more than this is not a real case). */
const MAX_VERSION = 1_000_000;

/** `handlerDesignations` / `handlerLedgerCsv` filters. */
@ArgsType()
export class HandlerLedgerFilterArgs {
  @Field(() => ID, { nullable: true, description: 'Only this section (OrganisationUnit global id).' })
  @Optional()
  @GlobalId()
  sectionId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only designations in force; false: only revoked ones.' })
  inForce?: boolean | null;
}

@ArgsType()
export class HandlerDesignationsArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: 'Only this section (OrganisationUnit global id).' })
  @Optional()
  @GlobalId()
  sectionId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only designations in force; false: only revoked ones.' })
  inForce?: boolean | null;
}

@ArgsType()
export class HandlerLedgerCsvArgs extends HandlerLedgerFilterArgs {
  @Field(() => CsvLanguageEnum, { nullable: true, description: 'Header language (Japanese by default).' })
  language?: CsvLanguageEnum | null;
}

@ArgsType()
export class SectionConnectionArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: 'Only this section (OrganisationUnit global id).' })
  @Optional()
  @GlobalId()
  sectionId?: string | null;
}

@ArgsType()
export class HandlingPrecautionsArgs extends SectionConnectionArgs {
  @Field(() => Boolean, { nullable: true, description: 'true: only the version in force of each section.' })
  currentOnly?: boolean | null;
}

/** `designateHandler` (第8条, 第12条第7号). */
@ArgsType()
export class DesignateHandlerArgs {
  @Field(() => ID, { description: 'The member of staff (Staff global id); the designation is for their section.' })
  @GlobalId({ types: ['Staff'] })
  staffId!: string;

  @Field(() => [HandlerPermissionEnum], { description: '権限 (第12条第7号): at least one.' })
  @Items({ min: 1, max: HANDLER_PERMISSIONS.length, unique: true, tooFew: { code: 'HANDLERS.NO_PERMISSION' } })
  permissions!: HandlerPermission[];
}

/** `revokeHandlerDesignation` (第8条). */
@ArgsType()
export class RevokeHandlerDesignationArgs {
  @Field(() => ID)
  @GlobalId({ types: ['HandlerDesignation'] })
  id!: string;

  @Field(() => Int, { description: 'The version read (HandlerDesignation.version); a stale one is CONFLICT.' })
  @IntRange(1, MAX_VERSION)
  expectedVersion!: number;
}

const precaution = (category: PrecautionCategory): PropertyDecorator[] => {
  const params = { category: PRECAUTION_CATEGORY_LABELS[category].ja };
  return [
    Required({ code: 'HANDLERS.PRECAUTION_MISSING', params }),
    MaxChars(MAX_PRECAUTION_TEXT, { code: 'HANDLERS.PRECAUTION_TOO_LONG', params: { ...params, max: MAX_PRECAUTION_TEXT } }),
    PlainText({ allowLineBreaks: true }),
  ];
};
/** Several property decorators as one. */
const allOf =
  (decorators: PropertyDecorator[]): PropertyDecorator =>
  (target, key) => {
    for (const d of decorators) d(target, key);
  };

/** `publishHandlingPrecautions` (第9条第1項): the five categories and the version read. */
@ArgsType()
export class PublishHandlingPrecautionsArgs {
  @Field(() => ID, { description: 'The section (OrganisationUnit global id): the caller’s own.' })
  @GlobalId({ types: ['OrganisationUnit'] })
  sectionId!: string;

  @Field(() => Int, { description: 'The current version read (0 when the section has none yet); a stale one is CONFLICT.' })
  @IntRange(0, MAX_VERSION)
  expectedVersion!: number;

  @Field(() => String, { description: '第9条第1項第1号' })
  @allOf(precaution('screenDisplay'))
  screenDisplay!: string;

  @Field(() => String, { description: '第9条第1項第2号' })
  @allOf(precaution('integrity'))
  integrity!: string;

  @Field(() => String, { description: '第9条第1項第3号' })
  @allOf(precaution('searchAndExtract'))
  searchAndExtract!: string;

  @Field(() => String, { description: '第9条第1項第4号' })
  @allOf(precaution('storageOnDisk'))
  storageOnDisk!: string;

  @Field(() => String, { description: '第9条第1項第5号' })
  @allOf(precaution('printing'))
  printing!: string;
}

/** `acknowledgeHandlingPrecautions` (第9条第2項). */
@ArgsType()
export class AcknowledgeHandlingPrecautionsArgs {
  @Field(() => ID, { description: 'The version acknowledged (HandlingPrecautions global id): it must be the current one.' })
  @GlobalId({ types: ['HandlingPrecautions'] })
  precautionsId!: string;
}
