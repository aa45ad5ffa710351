import { FORM_DISPOSAL_METHODS, FORM_MOVE_KINDS, FORM_STATUSES } from '@juki/domain';
import { registerEnumType } from 'type-graphql';

const enumOf = <T extends string>(values: readonly T[]): Record<T, T> => Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;

export const FormStatusEnum = enumOf(FORM_STATUSES);
registerEnumType(FormStatusEnum, {
  name: 'FormStatus',
  description: 'The life cycle of an output record (第10条): OUTPUT (recorded), STORED, PARTLY_DISPOSED, DISPOSED (final).',
});

export const FormMoveKindEnum = enumOf(FORM_MOVE_KINDS);
registerEnumType(FormMoveKindEnum, { name: 'FormMoveKind', description: 'STORE: copies put in a place; MOVE: copies moved between places (第10条第2項).' });

export const FormDisposalMethodEnum = enumOf(FORM_DISPOSAL_METHODS);
registerEnumType(FormDisposalMethodEnum, { name: 'FormDisposalMethod', description: 'How printed forms are disposed of (第10条第3項: 焼却・溶解・裁断).' });

export const PRINTED_FORM_SORTS = ['OUTPUT_DATE', 'RECORDED_AT', 'KEEP_UNTIL'] as const;
export type PrintedFormSort = (typeof PRINTED_FORM_SORTS)[number];
export const PrintedFormSortEnum = enumOf(PRINTED_FORM_SORTS);
registerEnumType(PrintedFormSortEnum, { name: 'PrintedFormSort', description: 'The order of output records (then by id); `last:` pages from the end.' });
