import { CARD_MOVEMENT_KINDS, RECORDABLE_CARD_MOVEMENTS, RESIDENT_CARD_LOSS_KINDS, RESIDENT_CARD_STATES } from '@juki/domain';
import { CARD_DISPOSAL_REASONS, DISPOSAL_METHODS } from '@juki/policies';
import { registerEnumType } from 'type-graphql';

const enumOf = <T extends string>(values: readonly T[]): Record<T, T> => Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;

export const ResidentCardStateEnum = enumOf(RESIDENT_CARD_STATES);
registerEnumType(ResidentCardStateEnum, {
  name: 'ResidentCardState',
  description: 'The life-cycle state of a resident card (第10条の2, 第10条の3): BLANK, PRINTED, ISSUED, AWAITING_DISPOSAL, DISPOSED, LOST, STOLEN.',
});

export const CardMovementKindEnum = enumOf(CARD_MOVEMENT_KINDS);
registerEnumType(CardMovementKindEnum, { name: 'CardMovementKind', description: 'What happened to a resident card (受払, 第10条の2第1項).' });

export const RecordableCardMovementEnum = enumOf(RECORDABLE_CARD_MOVEMENTS);
registerEnumType(RecordableCardMovementEnum, {
  name: 'RecordableCardMovement',
  description: 'The movements recorded with recordCardMovement (receipt, disposal and loss have their own mutations).',
});

export const CardDisposalReasonEnum = enumOf(CARD_DISPOSAL_REASONS);
registerEnumType(CardDisposalReasonEnum, {
  name: 'CardDisposalReason',
  description: 'The reasons of 第10条の3: issuance failure (initial-data write or face print), application cancelled, card abolished.',
});

export const CardDisposalMethodEnum = enumOf(DISPOSAL_METHODS);
registerEnumType(CardDisposalMethodEnum, {
  name: 'CardDisposalMethod',
  description: 'How a card was disposed of (第10条の3第3号 焼却、溶解、裁断等; OTHER needs a description). Methods of other media are refused.',
});

export const ResidentCardLossKindEnum = enumOf(RESIDENT_CARD_LOSS_KINDS);
registerEnumType(ResidentCardLossKindEnum, { name: 'ResidentCardLossKind', description: 'Lost or stolen (第10条の2第2項).' });
