import { randomUUID } from 'node:crypto';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, VersionColumn } from 'typeorm';
import { OrganisationUnitEntity } from '../organisation/organisation-unit.entity';
import { StaffEntity } from '../staff/staff.entity';

/**
 * A ward system that calls the API with a bearer token (INTEGRATION; 第19条の2第1項第1号・第2号: the ID
 * is mapped to a system of one section and holds only the scopes it needs). Created by the system
 * officer; the token is shown once and only its SHA-256 is stored; revocable; its last use is recorded.
 */
@Entity({ name: 'api_client' })
export class ApiClientEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Index('IDX_api_client_section')
  @Column({ name: 'section_id', type: 'varchar', length: 36 })
  sectionId!: string;

  @ManyToOne(() => OrganisationUnitEntity, { nullable: false, onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'section_id', foreignKeyConstraintName: 'FK_api_client_section' })
  section?: OrganisationUnitEntity;

  /** `forms:read`, `cards:write`… (checked by `checkApiClientScopes`), as a JSON array. */
  @Column({ type: 'simple-json' })
  scopes!: string[];

  /** Lower-case hex SHA-256 of the token. */
  @Index('UQ_api_client_token_hash', { unique: true })
  @Column({ name: 'token_hash', type: 'varchar', length: 64 })
  tokenHash!: string;

  @Index('IDX_api_client_created_by')
  @Column({ name: 'created_by_id', type: 'varchar', length: 36 })
  createdById!: string;

  @ManyToOne(() => StaffEntity, { nullable: false, onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'FK_api_client_created_by' })
  createdBy?: StaffEntity;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt!: Date;

  @Column({ name: 'revoked_at', type: 'datetime', precision: 3, nullable: true })
  revokedAt!: Date | null;

  @Index('IDX_api_client_revoked_by')
  @Column({ name: 'revoked_by_id', type: 'varchar', length: 36, nullable: true })
  revokedById!: string | null;

  @ManyToOne(() => StaffEntity, { nullable: true, onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'revoked_by_id', foreignKeyConstraintName: 'FK_api_client_revoked_by' })
  revokedBy?: StaffEntity | null;

  /** The last request authenticated with the token (written at most once a minute). */
  @Column({ name: 'last_used_at', type: 'datetime', precision: 3, nullable: true })
  lastUsedAt!: Date | null;

  @VersionColumn({ type: 'int' })
  version!: number;

  static create(input: {
    readonly name: string;
    readonly sectionId: string;
    readonly scopes: readonly string[];
    readonly tokenHash: string;
    readonly createdById: string;
    readonly createdAt: Date;
  }): ApiClientEntity {
    return Object.assign(new ApiClientEntity(), {
      id: randomUUID(),
      name: input.name,
      sectionId: input.sectionId,
      scopes: [...new Set(input.scopes)].sort(),
      tokenHash: input.tokenHash,
      createdById: input.createdById,
      createdAt: new Date(input.createdAt.getTime()),
      revokedAt: null,
      revokedById: null,
      lastUsedAt: null,
      version: 1,
    });
  }

  get revoked(): boolean {
    return this.revokedAt !== null;
  }
}
