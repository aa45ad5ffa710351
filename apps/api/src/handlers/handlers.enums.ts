import { HANDLER_PERMISSIONS } from '@juki/policies';
import { registerEnumType } from 'type-graphql';

const enumOf = <T extends string>(values: readonly T[]): Record<T, T> => Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;

/** 第12条第7号: a handler's permissions (labels in HANDLER_PERMISSION_LABELS of @juki/policies). */
export const HandlerPermissionEnum = enumOf(HANDLER_PERMISSIONS);
registerEnumType(HandlerPermissionEnum, { name: 'HandlerPermission', description: 'What a handler may do with identity information (第12条第7号).' });
