import { CARD_LOSS_KINDS, EMPLOYMENT_STATUSES, LOGON_OUTCOMES } from '@juki/domain';
import { OPERATOR_ID_CARD_STATUSES, ROLES } from '@juki/policies';
import { registerEnumType } from 'type-graphql';

const enumOf = <T extends string>(values: readonly T[]): Record<T, T> => Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;

/** The roles of 第2章 (and the auditor and ward systems), by their fixed code names. */
export const RoleEnum = enumOf(ROLES);
registerEnumType(RoleEnum, { name: 'Role', description: 'A role of 第2章 (code name; labels are in the rule catalogue).' });

export const EmploymentStatusEnum = enumOf(EMPLOYMENT_STATUSES);
registerEnumType(EmploymentStatusEnum, { name: 'EmploymentStatus', description: 'ACTIVE, or no longer an operator (第20条第1項).' });

export const OperatorIdCardStatusEnum = enumOf(OPERATOR_ID_CARD_STATUSES);
registerEnumType(OperatorIdCardStatusEnum, { name: 'OperatorIdCardStatus', description: 'The states of an operator ID card (第20条).' });

export const CardLossKindEnum = enumOf(CARD_LOSS_KINDS);
registerEnumType(CardLossKindEnum, { name: 'CardLossKind', description: 'How a card was lost (第20条第5項).' });

export const LogonOutcomeEnum = enumOf(LOGON_OUTCOMES);
registerEnumType(LogonOutcomeEnum, { name: 'LogonOutcome', description: 'What became of a sign-in attempt (第19条の2第2項).' });
