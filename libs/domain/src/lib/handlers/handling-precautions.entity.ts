import { randomUUID } from 'node:crypto';
import type { PrecautionTexts } from '@juki/policies';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { OrganisationUnitEntity } from '../organisation/organisation-unit.entity';
import { StaffEntity } from '../staff/staff.entity';
import { precautionsContentHash } from './precautions-content-hash';

/**
 * 第9条第1項: one version of a section's handling precautions (本人確認情報の取扱上の留意事項), with a text for
 * each of the five categories. A version is never edited: publishing writes the next version (1, 2, …) and
 * marks the previous one superseded. `(section_id, document_version)` is unique, and the current version
 * is the one with `superseded_at` NULL.
 */
@Entity({ name: 'handling_precautions' })
@Index('UQ_handling_precautions_section_version', ['sectionId', 'documentVersion'], { unique: true })
export class HandlingPrecautionsEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Index('IDX_handling_precautions_section')
  @Column({ name: 'section_id', type: 'varchar', length: 36 })
  sectionId!: string;

  @ManyToOne(() => OrganisationUnitEntity, { nullable: false, onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'section_id', foreignKeyConstraintName: 'FK_handling_precautions_section' })
  section?: OrganisationUnitEntity;

  /** The document's version within its section: 1 for the first, +1 per publication. */
  @Column({ name: 'document_version', type: 'int' })
  documentVersion!: number;

  /** 第9条第1項第1号: screen display. */
  @Column({ name: 'screen_display', type: 'text' })
  screenDisplay!: string;

  /** 第9条第1項第2号: integrity. */
  @Column({ type: 'text' })
  integrity!: string;

  /** 第9条第1項第3号: search and extraction. */
  @Column({ name: 'search_and_extract', type: 'text' })
  searchAndExtract!: string;

  /** 第9条第1項第4号: storage on magnetic disk. */
  @Column({ name: 'storage_on_disk', type: 'text' })
  storageOnDisk!: string;

  /** 第9条第1項第5号: printing forms. */
  @Column({ type: 'text' })
  printing!: string;

  /** `precautionsContentHash` of the five texts. */
  @Column({ name: 'content_hash', type: 'varchar', length: 64 })
  contentHash!: string;

  @Column({ name: 'published_at', type: 'datetime', precision: 3 })
  publishedAt!: Date;

  @Index('IDX_handling_precautions_published_by')
  @Column({ name: 'published_by_id', type: 'varchar', length: 36 })
  publishedById!: string;

  @ManyToOne(() => StaffEntity, { nullable: false, onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'published_by_id', foreignKeyConstraintName: 'FK_handling_precautions_published_by' })
  publishedBy?: StaffEntity;

  /** When the next version was published; null for the current version. */
  @Column({ name: 'superseded_at', type: 'datetime', precision: 3, nullable: true })
  supersededAt!: Date | null;

  static publish(input: {
    readonly sectionId: string;
    readonly documentVersion: number;
    readonly texts: PrecautionTexts;
    readonly publishedById: string;
    readonly publishedAt: Date;
  }): HandlingPrecautionsEntity {
    return Object.assign(new HandlingPrecautionsEntity(), {
      id: randomUUID(),
      sectionId: input.sectionId,
      documentVersion: input.documentVersion,
      ...input.texts,
      contentHash: precautionsContentHash(input.texts),
      publishedAt: new Date(input.publishedAt.getTime()),
      publishedById: input.publishedById,
      supersededAt: null,
    });
  }

  get current(): boolean {
    return this.supersededAt === null;
  }

  texts(): PrecautionTexts {
    return {
      screenDisplay: this.screenDisplay,
      integrity: this.integrity,
      searchAndExtract: this.searchAndExtract,
      storageOnDisk: this.storageOnDisk,
      printing: this.printing,
    };
  }

  /** Whether the stored texts still match the stored hash (a tampered version would not). */
  verifiesHash(): boolean {
    return precautionsContentHash(this.texts()) === this.contentHash;
  }
}
