import { getMetadataStorage, validate, type ValidatorOptions } from 'class-validator';
import type { ResolverData } from 'type-graphql';
import { inputError, mergeViolations, scanArguments, violationsOf, type InputViolation } from './input-violations';

/**
 * class-validator's options: the value and the object never travel with an error (a password, token or
 * PIN must not come back), unknown objects are not an error (an args class without constraints), and
 * every constraint runs, so that one answer names every failing field.
 */
export const VALIDATOR_OPTIONS: ValidatorOptions = {
  validationError: { target: false, value: false },
  forbidUnknownValues: false,
  skipMissingProperties: false,
  stopAtFirstError: false,
};

const hasConstraints = new WeakMap<object, boolean>();

/** Whether the class (or a parent class) of `value` declares class-validator constraints. */
function constrained(value: object): boolean {
  const type: unknown = value.constructor;
  if (typeof type !== 'function' || type === Object) return false;
  let known = hasConstraints.get(type);
  if (known === undefined) {
    known = getMetadataStorage().getTargetValidationMetadatas(type, '', true, false).length > 0;
    hasConstraints.set(type, known);
  }
  return known;
}

/** The violations of one resolver parameter's value (an args or input class, or a list of them). */
export async function classViolations(value: unknown): Promise<InputViolation[]> {
  if (Array.isArray(value)) {
    const out: InputViolation[] = [];
    for (const [index, item] of value.entries()) {
      for (const v of await classViolations(item)) out.push({ ...v, field: `[${index}]${v.field.startsWith('[') ? '' : '.'}${v.field}` });
    }
    return out;
  }
  if (typeof value !== 'object' || value === null || !constrained(value)) return [];
  return violationsOf(await validate(value, VALIDATOR_OPTIONS));
}

const scanned = new WeakSet<object>();

/**
 * type-graphql's `validateFn` (第24条): runs for every parameter of every resolver before it is called.
 * The arguments of the field are scanned once (`scanArguments`: well-formed text, length, list size and
 * instant range for ANY argument); an args/input class is validated with its class-validator constraints.
 * Any failure refuses the call with `inputError` (BAD_USER_INPUT, ja/en text, failing fields) before the
 * resolver reads or writes anything.
 */
export async function validateInput(argValue: unknown, _argType: unknown, resolverData: ResolverData<object>): Promise<void> {
  const args = resolverData.args as Readonly<Record<string, unknown>> | undefined;
  let generic: InputViolation[] = [];
  if (args && typeof args === 'object' && !scanned.has(args)) {
    scanned.add(args);
    generic = scanArguments(args);
  }
  const specific = await classViolations(argValue);
  const violations = mergeViolations(specific, generic);
  if (violations.length > 0) throw inputError(violations);
}
