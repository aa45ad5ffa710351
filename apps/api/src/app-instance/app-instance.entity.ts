import { randomUUID } from 'node:crypto';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { DATABASE_KINDS, type DatabaseKind } from '../database/database-config';

export interface AppInstanceStart {
  readonly hostname: string;
  readonly pid: number;
  readonly version: string;
  readonly databaseKind: DatabaseKind;
  readonly startedAt: Date;
}

/**
 * One row per API process start. The API is stateless and scales out against one database (cluster):
 * this table shows which processes ran, where, with which build, and since when.
 */
@Entity({ name: 'app_instance' })
export class AppInstanceEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 255 })
  hostname!: string;

  @Column({ type: 'int' })
  pid!: number;

  @Column({ type: 'varchar', length: 64 })
  version!: string;

  /** Milliseconds are kept on both databases (datetime(3)); stored in UTC. */
  @Index('IDX_app_instance_started_at')
  @Column({ name: 'started_at', type: 'datetime', precision: 3 })
  startedAt!: Date;

  @Column({ name: 'database_kind', type: 'simple-enum', enum: DATABASE_KINDS })
  databaseKind!: DatabaseKind;

  /** Records that a process started: a fresh id, so a restart is a new row. */
  static started(start: AppInstanceStart): AppInstanceEntity {
    if (!Number.isInteger(start.pid) || start.pid < 0) throw new RangeError('pid must be a non-negative integer');
    const instance = new AppInstanceEntity();
    instance.id = randomUUID();
    instance.hostname = start.hostname.slice(0, 255);
    instance.pid = start.pid;
    instance.version = start.version.slice(0, 64);
    instance.startedAt = new Date(start.startedAt.getTime());
    instance.databaseKind = start.databaseKind;
    return instance;
  }
}
