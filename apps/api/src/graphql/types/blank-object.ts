/**
 * A new, empty instance of a GraphQL object class (an `@ObjectType` class whose fields are declarations
 * only), made without calling its constructor: `Object.create(Class.prototype)`. It is the same object as
 * `new Class()` — same prototype, `instanceof` holds, no own property — for a class whose constructor
 * sets nothing, which `blank-object.spec.ts` checks for every class mapped this way.
 *
 * Why: the mappers of list rows (cards, staff, units) build one such object per row and relation. Under
 * that load V8 (Node 20) kept re-optimising the decorated classes' implicit constructors and the mappers
 * that inline them — ≈1,470 TurboFan compilations of `OperatorIdCardType`'s constructor in 10,000 card-list
 * executions, each "aborted: dependency change" (`node --trace-opt`) — burning a background thread and
 * leaving the mappers unoptimised: about a third of the CPU of executing the card list (graphql-js
 * `execute` of the bench query on the real schema; docs/bench-api.md, item 8). `Object.create` depends on
 * no constructor's initial map.
 */
export function blankObject<T extends object>(type: abstract new () => T): T {
  return Object.create(type.prototype as object) as T;
}
