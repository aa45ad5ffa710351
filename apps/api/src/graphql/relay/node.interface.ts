import { Field, ID, InterfaceType } from 'type-graphql';

/**
 * Relay's `Node`: every record type with a global id implements it. Structural: a lookup through `node`
 * obeys the row scope and field access of the type behind the id.
 */
@InterfaceType('Node', { description: 'An object with a global id (Relay).' })
export abstract class NodeInterface {
  @Field(() => ID, { description: 'Global id: base64 of "<Type>:<id>".' })
  id!: string | null;
}
