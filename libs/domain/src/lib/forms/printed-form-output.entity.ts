import { randomUUID } from 'node:crypto';
import type { FormOutputRecord, IsoDate } from '@juki/policies';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, VersionColumn } from 'typeorm';
import { applyFormEvent, assertFormTransition, FORM_STATUSES, formStatusOf, type FormEvent, type FormStatus } from './form-lifecycle';
import { OrganisationUnitEntity } from '../organisation/organisation-unit.entity';
import { StaffEntity } from '../staff/staff.entity';
import { ApiClientEntity } from '../api-clients/api-client.entity';

/**
 * The record of a form output from the communication server (第10条第1項: name, output date, purpose,
 * requester, quantity, other notes), with its keeping period and the quantities kept and disposed of that
 * its storage (第2項) and disposal (第3項) records add up to. `status` is derived from the quantities
 * (`formStatusOf`); every change goes through `apply` (the state machine of form-lifecycle.ts) and bumps
 * `version`, so a change based on a stale version is refused.
 */
@Entity({ name: 'printed_form_output' })
@Index('IDX_printed_form_output_section_date', ['sectionId', 'outputDate', 'id'])
@Index('IDX_printed_form_output_status_keep', ['status', 'keepUntil'])
// The key a disposal's composite foreign key points at (form-disposal.entity.ts): an output's quantity and date
// cannot change under its disposals.
@Index('UQ_printed_form_output_facts', ['id', 'quantity', 'outputDate'], { unique: true })
// 第10条第3項 as of a date: the output records recorded by then, counted from the index alone.
@Index('IDX_printed_form_output_recorded', ['outputDate', 'recordedAt', 'sectionId'])
export class PrintedFormOutputEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'section_id', type: 'varchar', length: 36 })
  sectionId!: string;

  @ManyToOne(() => OrganisationUnitEntity, { nullable: false, onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'section_id', foreignKeyConstraintName: 'FK_printed_form_output_section' })
  section?: OrganisationUnitEntity;

  /** (1) 帳票の名称 */
  @Column({ name: 'form_name', type: 'varchar', length: 100 })
  formName!: string;

  /** (2) 出力年月日 */
  @Column({ name: 'output_date', type: 'date', utc: true })
  outputDate!: IsoDate;

  /** (3) 使用目的 */
  @Column({ type: 'varchar', length: 500 })
  purpose!: string;

  /** (4) 申請者 (personal data) */
  @Column({ type: 'varchar', length: 100 })
  requester!: string;

  /** (5) 数量: copies output. */
  @Column({ type: 'int' })
  quantity!: number;

  /** (6) その他必要な事項 (personal data possible) */
  @Column({ type: 'varchar', length: 1000, nullable: true })
  notes!: string | null;

  /** The last day of the keeping period; disposal is due `forms.disposalDueDays` after it (第10条第3項). */
  @Index('IDX_printed_form_output_keep_until')
  @Column({ name: 'keep_until', type: 'date', utc: true })
  keepUntil!: IsoDate;

  @Column({ type: 'simple-enum', enum: FORM_STATUSES })
  status!: FormStatus;

  /** Copies kept now, all places together (= SUM(form_storage.quantity)). */
  @Column({ name: 'stored_quantity', type: 'int' })
  storedQuantity!: number;

  /** Copies disposed of so far (= SUM(form_disposal.quantity)). */
  @Column({ name: 'disposed_quantity', type: 'int' })
  disposedQuantity!: number;

  /** Who recorded it: a member of staff, or a ward system (INTEGRATION). */
  @Index('IDX_printed_form_output_recorded_by')
  @Column({ name: 'recorded_by_id', type: 'varchar', length: 36, nullable: true })
  recordedById!: string | null;

  @ManyToOne(() => StaffEntity, { nullable: true, onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'recorded_by_id', foreignKeyConstraintName: 'FK_printed_form_output_recorded_by' })
  recordedBy?: StaffEntity | null;

  @Index('IDX_printed_form_output_recorded_by_client')
  @Column({ name: 'recorded_by_api_client_id', type: 'varchar', length: 36, nullable: true })
  recordedByApiClientId!: string | null;

  @ManyToOne(() => ApiClientEntity, { nullable: true, onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'recorded_by_api_client_id', foreignKeyConstraintName: 'FK_printed_form_output_recorded_by_client' })
  recordedByApiClient?: ApiClientEntity | null;

  @Column({ name: 'recorded_at', type: 'datetime', precision: 3 })
  recordedAt!: Date;

  @VersionColumn({ type: 'int' })
  version!: number;

  static record(input: {
    readonly sectionId: string;
    readonly formName: string;
    readonly outputDate: IsoDate;
    readonly purpose: string;
    readonly requester: string;
    readonly quantity: number;
    readonly notes: string | null;
    readonly keepUntil: IsoDate;
    readonly recordedById: string | null;
    readonly recordedByApiClientId: string | null;
    readonly recordedAt: Date;
  }): PrintedFormOutputEntity {
    return Object.assign(new PrintedFormOutputEntity(), {
      id: randomUUID(),
      ...input,
      recordedAt: new Date(input.recordedAt.getTime()),
      status: 'OUTPUT' as const,
      storedQuantity: 0,
      disposedQuantity: 0,
      version: 1,
    });
  }

  /** The output record as the rules of @juki/policies read it. */
  toRecord(): FormOutputRecord {
    return {
      id: this.id,
      formName: this.formName,
      outputOn: this.outputDate,
      purpose: this.purpose,
      requester: this.requester,
      quantity: this.quantity,
      ...(this.notes !== null ? { notes: this.notes } : {}),
    };
  }

  /** Refuses `event` if the current status does not allow it (disposed forms, forms never stored). */
  assertCan(event: FormEvent): void {
    assertFormTransition(this.status, event);
  }

  /** Applies an event of `count` copies: quantities, the status they mean, and the next version. */
  apply(event: FormEvent, count: number): void {
    const next = applyFormEvent({ quantity: this.quantity, stored: this.storedQuantity, disposed: this.disposedQuantity }, event, count);
    this.storedQuantity = next.stored;
    this.disposedQuantity = next.disposed;
    this.status = formStatusOf(next);
    this.version += 1;
  }
}
