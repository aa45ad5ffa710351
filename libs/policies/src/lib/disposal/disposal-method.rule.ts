import type { IsoDate } from '../calendar/calendar-date';
import { OK, result, violation, type RuleResult, type Violation } from '../core/violation';
import type { LocalizedText } from '../i18n/localized-text';
import type { MessageCode } from '../i18n/message-catalogue';
import type { PolicyProfile } from '../profiles/policy-profile';
import { articleInForce, DEFAULT_PROFILE } from '../profiles/profile-history';
import { isBlank, isDate, isWholeNumber, requireToday, sameActor, shown } from '../forms/record-fields.util';

/** The media that carry identity information and whose disposal the guidelines regulate. */
export const MEDIA = ['PRINTED_FORM', 'RESIDENT_CARD', 'MAGNETIC_DISK', 'TAMPER_RESISTANT_DEVICE'] as const;
export type Medium = (typeof MEDIA)[number];

export const DISPOSAL_METHODS = [
  'INCINERATION',
  'DISSOLVING',
  'SHREDDING',
  'PHYSICAL_DESTRUCTION',
  'SOFTWARE_OVERWRITE',
  'OTHER',
] as const;
export type DisposalMethod = (typeof DISPOSAL_METHODS)[number];

export const MEDIUM_LABELS: Readonly<Record<Medium, LocalizedText>> = {
  PRINTED_FORM: { ja: '帳票', en: 'printed form' },
  RESIDENT_CARD: { ja: '住民基本台帳カード', en: 'resident card' },
  MAGNETIC_DISK: { ja: '磁気ディスク', en: 'magnetic disk' },
  TAMPER_RESISTANT_DEVICE: { ja: '耐タンパー装置', en: 'tamper-resistant device' },
};

export const DISPOSAL_METHOD_LABELS: Readonly<Record<DisposalMethod, LocalizedText>> = {
  INCINERATION: { ja: '焼却', en: 'incineration' },
  DISSOLVING: { ja: '溶解', en: 'dissolving' },
  SHREDDING: { ja: '裁断', en: 'shredding' },
  PHYSICAL_DESTRUCTION: { ja: '物理的破壊', en: 'physical destruction' },
  SOFTWARE_OVERWRITE: { ja: '専用ソフトによる上書き', en: 'overwrite with dedicated software' },
  OTHER: { ja: 'その他', en: 'other' },
};

/**
 * The methods each medium may be disposed of by:
 * - printed form (第10条第3項 焼却し、溶解し又は裁断する): incineration, dissolving, shredding — the list
 *   is closed;
 * - resident card (第10条の3第3号 焼却、溶解、裁断等): the same, or another method described in text
 *   (the article says 等), and in every case the IC chip physically destroyed as well;
 * - magnetic disk (第15条第1項) and tamper-resistant device (第15条第2項), disposed of or returned:
 *   physical destruction, overwrite with dedicated software, or another method described in text that
 *   makes the data unreadable (incinerating or shredding a disk is recorded as physical destruction).
 */
const ALLOWED_METHODS: Readonly<Record<Medium, readonly DisposalMethod[]>> = {
  PRINTED_FORM: Object.freeze(['INCINERATION', 'DISSOLVING', 'SHREDDING'] as const),
  RESIDENT_CARD: Object.freeze(['INCINERATION', 'DISSOLVING', 'SHREDDING', 'OTHER'] as const),
  MAGNETIC_DISK: Object.freeze(['PHYSICAL_DESTRUCTION', 'SOFTWARE_OVERWRITE', 'OTHER'] as const),
  TAMPER_RESISTANT_DEVICE: Object.freeze(['PHYSICAL_DESTRUCTION', 'SOFTWARE_OVERWRITE', 'OTHER'] as const),
};

function isMedium(value: unknown): value is Medium {
  return typeof value === 'string' && (MEDIA as readonly string[]).includes(value);
}

export function isDisposalMethod(value: unknown): value is DisposalMethod {
  return typeof value === 'string' && (DISPOSAL_METHODS as readonly string[]).includes(value);
}

/** The disposal methods allowed for a medium (see {@link ALLOWED_METHODS} for the articles). */
export function allowedDisposalMethods(medium: Medium): readonly DisposalMethod[] {
  if (!isMedium(medium)) throw new RangeError('unknown medium');
  return ALLOWED_METHODS[medium];
}

export function isDisposalMethodAllowed(medium: Medium, method: DisposalMethod): boolean {
  return allowedDisposalMethods(medium).includes(method);
}

/** 第15条: a magnetic disk or tamper-resistant device leaves by disposal (廃棄) or return (返却). */
export type MediaDisposition = 'DISPOSAL' | 'RETURN';

/** How the data was overwritten with dedicated software (第15条 専用ソフトを使用したデータの上書き). */
export interface SoftwareOverwrite {
  readonly toolName: string;
  /** Overwrite passes, at least 1 (NIST SP 800-88: one pass suffices for modern disks). */
  readonly passes: number;
  /** The overwrite was verified: a read-back found no recoverable data. */
  readonly verified: boolean;
}

/**
 * The certificate of sanitization kept as evidence for a magnetic disk or tamper-resistant device,
 * with the fields of NIST SP 800-88 Rev. 1 Appendix G that the city requires.
 */
export interface SanitizationCertificate {
  readonly mediaType: string;
  readonly serialNumber: string;
  readonly method: DisposalMethod;
  /** The equipment or software used, with its version. */
  readonly tool: string;
  /** Who verified the result: someone other than the performer. */
  readonly verifiedBy: string;
  readonly sanitizedOn: IsoDate;
}

/**
 * A disposal (or, for disks and devices, a return) as it is recorded. Fields that do not concern the
 * medium are ignored.
 */
export interface DisposalInput {
  readonly medium: Medium;
  readonly method: DisposalMethod;
  /** What the method was, when it is OTHER (resident cards, disks, devices). */
  readonly methodDescription?: string;
  readonly disposedOn: IsoDate;
  /** The recording date, passed in (rules never read the clock): no date may be after it. */
  readonly today: IsoDate;
  readonly performedBy: string;
  /** Required for a resident card; optional for a printed form; disks and devices use the verifier. */
  readonly witnessedBy?: string;
  /** Resident card: the IC chip was physically destroyed (第10条の3第3号). */
  readonly icChipPhysicallyDestroyed?: boolean;
  /** Disk or device: disposed of or returned (第15条). */
  readonly disposition?: MediaDisposition;
  /** Disk or device overwritten with dedicated software. */
  readonly overwrite?: SoftwareOverwrite;
  /** Disk or device: the certificate of sanitization. */
  readonly certificate?: SanitizationCertificate;
}

export const FORM_DISPOSAL_METHOD_RULE_ID = 'art10.formDisposalMethod';
export const CARD_DISPOSAL_METHOD_RULE_ID = 'art10-3.cardDisposalMethod';
export const MEDIA_DISPOSAL_RULE_ID = 'art15.mediaDisposal';

type Family = 'FORM' | 'CARD' | 'MEDIA';
const FAMILY: Readonly<Record<Medium, Family>> = {
  PRINTED_FORM: 'FORM',
  RESIDENT_CARD: 'CARD',
  MAGNETIC_DISK: 'MEDIA',
  TAMPER_RESISTANT_DEVICE: 'MEDIA',
};
const RULE_ID: Readonly<Record<Family, string>> = {
  FORM: FORM_DISPOSAL_METHOD_RULE_ID,
  CARD: CARD_DISPOSAL_METHOD_RULE_ID,
  MEDIA: MEDIA_DISPOSAL_RULE_ID,
};

/** The codes of each family, spelled out so that the compiler checks each exists in the catalogue. */
interface FamilyCodes {
  readonly METHOD_MISSING: MessageCode;
  readonly METHOD_NOT_ALLOWED: MessageCode;
  readonly OTHER_METHOD_UNDESCRIBED: MessageCode | undefined;
  readonly DATE_INVALID: MessageCode;
  readonly DATE_IN_FUTURE: MessageCode;
  readonly PERFORMER_MISSING: MessageCode;
  readonly WITNESS_IS_PERFORMER: MessageCode | undefined;
}
const CODES: Readonly<Record<Family, FamilyCodes>> = {
  FORM: {
    METHOD_MISSING: 'DISPOSAL.FORM_METHOD_MISSING',
    METHOD_NOT_ALLOWED: 'DISPOSAL.FORM_METHOD_NOT_ALLOWED',
    OTHER_METHOD_UNDESCRIBED: undefined,
    DATE_INVALID: 'DISPOSAL.FORM_DATE_INVALID',
    DATE_IN_FUTURE: 'DISPOSAL.FORM_DATE_IN_FUTURE',
    PERFORMER_MISSING: 'DISPOSAL.FORM_PERFORMER_MISSING',
    WITNESS_IS_PERFORMER: 'DISPOSAL.FORM_WITNESS_IS_PERFORMER',
  },
  CARD: {
    METHOD_MISSING: 'DISPOSAL.CARD_METHOD_MISSING',
    METHOD_NOT_ALLOWED: 'DISPOSAL.CARD_METHOD_NOT_ALLOWED',
    OTHER_METHOD_UNDESCRIBED: 'DISPOSAL.CARD_OTHER_METHOD_UNDESCRIBED',
    DATE_INVALID: 'DISPOSAL.CARD_DATE_INVALID',
    DATE_IN_FUTURE: 'DISPOSAL.CARD_DATE_IN_FUTURE',
    PERFORMER_MISSING: 'DISPOSAL.CARD_PERFORMER_MISSING',
    WITNESS_IS_PERFORMER: 'DISPOSAL.CARD_WITNESS_IS_PERFORMER',
  },
  MEDIA: {
    METHOD_MISSING: 'DISPOSAL.MEDIA_METHOD_MISSING',
    METHOD_NOT_ALLOWED: 'DISPOSAL.MEDIA_METHOD_NOT_ALLOWED',
    OTHER_METHOD_UNDESCRIBED: 'DISPOSAL.MEDIA_OTHER_METHOD_UNDESCRIBED',
    DATE_INVALID: 'DISPOSAL.MEDIA_DATE_INVALID',
    DATE_IN_FUTURE: 'DISPOSAL.MEDIA_DATE_IN_FUTURE',
    PERFORMER_MISSING: 'DISPOSAL.MEDIA_PERFORMER_MISSING',
    WITNESS_IS_PERFORMER: undefined,
  },
};

/** The certificate fields (NIST SP 800-88 Rev. 1 Appendix G) and the code when each is missing. */
const CERTIFICATE_FIELDS: readonly (readonly [keyof SanitizationCertificate, MessageCode])[] = [
  ['mediaType', 'DISPOSAL.MEDIA_CERTIFICATE_MEDIA_TYPE_MISSING'],
  ['serialNumber', 'DISPOSAL.MEDIA_CERTIFICATE_SERIAL_NUMBER_MISSING'],
  ['method', 'DISPOSAL.MEDIA_CERTIFICATE_METHOD_MISSING'],
  ['tool', 'DISPOSAL.MEDIA_CERTIFICATE_TOOL_MISSING'],
  ['verifiedBy', 'DISPOSAL.MEDIA_CERTIFICATE_VERIFIER_MISSING'],
  ['sanitizedOn', 'DISPOSAL.MEDIA_CERTIFICATE_DATE_MISSING'],
];
const CERTIFICATE_DATE_CODES = {
  DATE_INVALID: 'DISPOSAL.MEDIA_CERTIFICATE_DATE_INVALID',
  DATE_IN_FUTURE: 'DISPOSAL.MEDIA_CERTIFICATE_DATE_IN_FUTURE',
} as const satisfies Pick<FamilyCodes, 'DATE_INVALID' | 'DATE_IN_FUTURE'>;

/** Language-neutral parameters naming a method (messages show no codes; the UI may use these). */
function methodParams(method: unknown, key = 'method'): Record<string, string> {
  return { [key]: shown(method) };
}

/**
 * Checks how identity material was destroyed, for each medium (第10条第3項, 第10条の3第3号, 第15条), and
 * returns every violation:
 * - the method is recorded and allowed for the medium ({@link allowedDisposalMethods}); OTHER is
 *   described in text;
 * - the disposal date is a real date, not after `today`; the performer is named;
 * - resident card: the IC chip was physically destroyed — without it the disposal is invalid whatever
 *   else is true — and a witness other than the performer confirms it (the city's reading of
 *   第10条の3第2号・第3号: the card is kept 厳重 until destroyed and the chip's destruction is attested);
 * - printed form: a witness is optional, but is not the performer;
 * - disk or device: disposal or return is stated; an overwrite names the software, runs at least one pass
 *   and is verified; the NIST SP 800-88 certificate gives media type, serial number, method (the one
 *   recorded), tool (the overwrite software when overwritten), verifier (not the performer) and date
 *   (a real date, not after `today`, and not after the disposal or return: the data must be unreadable
 *   before the medium leaves — 廃棄する過程において第三者に入手されることを防ぐ).
 * A resident card under a profile in which 第10条の3 is not yet in force gives no violations.
 */
export function checkDisposal(input: DisposalInput, profile: PolicyProfile = DEFAULT_PROFILE): RuleResult {
  requireToday(input.today);
  if (!isMedium(input.medium)) throw new RangeError('unknown medium');
  if (input.medium === 'RESIDENT_CARD' && !articleInForce(profile, '第10条の3')) return OK;

  const family = FAMILY[input.medium];
  const ruleId = RULE_ID[family];
  const mediumParams = { medium: input.medium };
  const found: Violation[] = [];
  const add = (code: MessageCode, params: Record<string, string | number> = {}): void => {
    found.push(violation(ruleId, code, params));
  };
  const codes = CODES[family];

  // The method.
  if (isBlank(input.method)) {
    add(codes.METHOD_MISSING, mediumParams);
  } else if (!isDisposalMethod(input.method) || !ALLOWED_METHODS[input.medium].includes(input.method)) {
    add(codes.METHOD_NOT_ALLOWED, { ...mediumParams, ...methodParams(input.method) });
  } else if (input.method === 'OTHER' && isBlank(input.methodDescription) && codes.OTHER_METHOD_UNDESCRIBED) {
    add(codes.OTHER_METHOD_UNDESCRIBED);
  }

  // The date and the people.
  checkDate(input.disposedOn, input.today, codes, add);
  const performerNamed = !isBlank(input.performedBy);
  if (!performerNamed) add(codes.PERFORMER_MISSING, mediumParams);

  if (family === 'CARD') {
    if (input.icChipPhysicallyDestroyed !== true) add('DISPOSAL.CARD_IC_CHIP_NOT_DESTROYED');
    if (isBlank(input.witnessedBy)) add('DISPOSAL.CARD_WITNESS_MISSING');
  }
  if (codes.WITNESS_IS_PERFORMER && performerNamed && !isBlank(input.witnessedBy)) {
    if (sameActor(input.performedBy, input.witnessedBy as string)) add(codes.WITNESS_IS_PERFORMER);
  }

  if (family === 'MEDIA') checkMedia(input, performerNamed, mediumParams, add);
  return result(found);
}

function checkDate(
  date: unknown,
  today: IsoDate,
  codes: Pick<FamilyCodes, 'DATE_INVALID' | 'DATE_IN_FUTURE'>,
  add: (code: MessageCode, params?: Record<string, string | number>) => void,
): void {
  if (!isDate(date)) add(codes.DATE_INVALID, { date: shown(date) });
  else if (date > today) add(codes.DATE_IN_FUTURE, { date, today });
}

function checkMedia(
  input: DisposalInput,
  performerNamed: boolean,
  mediumParams: Record<string, string>,
  add: (code: MessageCode, params?: Record<string, string | number>) => void,
): void {
  if (input.disposition !== 'DISPOSAL' && input.disposition !== 'RETURN') {
    add('DISPOSAL.MEDIA_DISPOSITION_MISSING', mediumParams);
  }

  const overwrite = input.overwrite;
  if (input.method === 'SOFTWARE_OVERWRITE') {
    if (overwrite === undefined || overwrite === null) {
      add('DISPOSAL.MEDIA_OVERWRITE_DETAILS_MISSING');
    } else {
      if (isBlank(overwrite.toolName)) add('DISPOSAL.MEDIA_OVERWRITE_TOOL_MISSING');
      if (!isWholeNumber(overwrite.passes, 1)) {
        add('DISPOSAL.MEDIA_OVERWRITE_PASSES_INVALID', { passes: shown(overwrite.passes) });
      }
      if (overwrite.verified !== true) add('DISPOSAL.MEDIA_OVERWRITE_NOT_VERIFIED');
    }
  }

  const certificate = input.certificate;
  if (certificate === undefined || certificate === null) {
    add('DISPOSAL.MEDIA_CERTIFICATE_MISSING');
    return;
  }
  for (const [field, missing] of CERTIFICATE_FIELDS) {
    if (isBlank(certificate[field])) add(missing);
  }
  if (!isBlank(certificate.method) && !isBlank(input.method) && certificate.method !== input.method) {
    add('DISPOSAL.MEDIA_CERTIFICATE_METHOD_MISMATCH', {
      ...methodParams(input.method, 'expected'),
      ...methodParams(certificate.method, 'actual'),
    });
  }
  if (
    input.method === 'SOFTWARE_OVERWRITE' &&
    overwrite &&
    !isBlank(overwrite.toolName) &&
    !isBlank(certificate.tool) &&
    !sameActor(overwrite.toolName, certificate.tool)
  ) {
    add('DISPOSAL.MEDIA_CERTIFICATE_TOOL_MISMATCH', {
      expected: shown(overwrite.toolName),
      actual: shown(certificate.tool),
    });
  }
  if (performerNamed && !isBlank(certificate.verifiedBy) && sameActor(input.performedBy, certificate.verifiedBy)) {
    add('DISPOSAL.MEDIA_CERTIFICATE_VERIFIER_IS_PERFORMER');
  }
  if (!isBlank(certificate.sanitizedOn)) {
    checkDate(certificate.sanitizedOn, input.today, CERTIFICATE_DATE_CODES, add);
    if (isDate(certificate.sanitizedOn) && isDate(input.disposedOn) && certificate.sanitizedOn > input.disposedOn) {
      add('DISPOSAL.MEDIA_CERTIFICATE_DATE_AFTER_DISPOSAL', {
        sanitizedOn: certificate.sanitizedOn,
        disposedOn: input.disposedOn,
      });
    }
  }
}
