import { ArgsType, Field, Int } from 'type-graphql';
import { CsvLanguageEnum } from '../graphql/types/csv-file.type';
import { CalendarDateScalar } from '../graphql/scalars/calendar-date.scalar';
import { CalendarDate, IntRange, MaxChars, Optional } from '../graphql/validation/input-constraints';

/** `complianceReport(asOf, offendersFirst)`: every check as of a date (today by default). */
@ArgsType()
export class ComplianceReportArgs {
  @Field(() => CalendarDateScalar, { nullable: true, description: 'The date evaluated (default: today in Japan).' })
  @Optional()
  @CalendarDate()
  asOf?: string | null;

  @Field(() => Int, { nullable: true, description: 'Offenders listed per check (0–100, default 20); `count` is the total.' })
  @Optional()
  @IntRange(0, 100)
  offendersFirst?: number | null;
}

/** `complianceCheck(checkId, asOf, offendersFirst, offendersAfter)`: one check, to page through its offenders. */
@ArgsType()
export class ComplianceCheckArgs extends ComplianceReportArgs {
  @Field(() => String, { description: 'The check’s id, e.g. `art20.lostCardRevoked`.' })
  @MaxChars(64)
  checkId!: string;

  @Field(() => String, { nullable: true, description: 'The `cursor` of the last offender seen.' })
  @Optional()
  @MaxChars(512)
  offendersAfter?: string | null;
}

/** `complianceReportCsv(asOf, language)`: the report as a CSV for the security council (第6条第3項第2号). */
@ArgsType()
export class ComplianceReportCsvArgs {
  @Field(() => CalendarDateScalar, { nullable: true, description: 'The date evaluated (default: today in Japan).' })
  @Optional()
  @CalendarDate()
  asOf?: string | null;

  @Field(() => CsvLanguageEnum, { nullable: true, description: 'Header and text language (Japanese by default).' })
  @Optional()
  language?: CsvLanguageEnum | null;
}
