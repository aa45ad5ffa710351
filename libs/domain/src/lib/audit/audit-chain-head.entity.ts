import { Column, Entity, PrimaryColumn } from 'typeorm';
import { BIGINT_AS_NUMBER } from './bigint.transformer';

/** The name of the one chain of the operation history. */
export const OPERATION_HISTORY_CHAIN = 'operationHistory';

/**
 * The head of a hash chain: the sequence and hash of its last event. Every append locks and updates
 * this row in the appending transaction, so two appends never build on the same event: on one MariaDB
 * the second waits for the first (SELECT … FOR UPDATE); on a Galera cluster, where that lock does not
 * reach other nodes, both update this row and the UNIQUE sequence, and the later COMMIT fails with a
 * certification conflict (1213) that `withTransaction` retries. It also reveals events removed from the
 * end of the chain: verification compares the last event with the head.
 */
@Entity({ name: 'audit_chain_head' })
export class AuditChainHeadEntity {
  @PrimaryColumn({ type: 'varchar', length: 32 })
  chain!: string;

  @Column({ name: 'last_sequence', type: 'bigint', transformer: BIGINT_AS_NUMBER })
  lastSequence!: number;

  @Column({ name: 'last_hash', type: 'varchar', length: 64 })
  lastHash!: string;

  @Column({ name: 'last_event_id', type: 'varchar', length: 36, nullable: true })
  lastEventId!: string | null;
}
