import type { EntityManager } from 'typeorm';
import {
  MAX_NOTIFICATION_RECORD_TYPE,
  MAX_NOTIFICATION_SUBJECT,
  NOTIFICATION_KINDS,
  NOTIFICATION_SEQUENCE,
  NotificationEntity,
  NotificationSequenceEntity,
  newNotificationId,
  type NotificationKind,
} from './notification.entity';

export interface NotifyInput {
  readonly kind: NotificationKind;
  /** The section of the reported record (its security officer sees it); null = city-wide only. */
  readonly sectionId: string | null;
  /** A short subject in both languages; never a secret (PIN, password, token) nor personal data beyond need. */
  readonly subject: { readonly ja: string; readonly en: string };
  /** The matrix type of the reported record (e.g. `ResidentCard`) and its id. */
  readonly recordType: string;
  readonly recordId: string;
  readonly createdAt: Date;
}

/**
 * Writes a notification to the officers (第10条の2第2項: a lost or stolen resident card is reported to the
 * system officer at once) INSIDE the caller's transaction — call it from the same `withTransaction` as
 * the change and its audit event, so a rolled-back change notifies no one. It takes the next sequence
 * under the lock of `notification_sequence`, held until the caller commits (see NotificationEntity);
 * every API process then delivers it to its subscribers by polling, whichever process wrote it.
 */
export async function notify(manager: EntityManager, input: NotifyInput): Promise<NotificationEntity> {
  validateNotifyInput(input);
  const head = await lockNotificationSequence(manager);
  const sequence = head.lastSequence + 1;
  await manager.update(NotificationSequenceEntity, { name: NOTIFICATION_SEQUENCE }, { lastSequence: sequence });
  const notification = Object.assign(new NotificationEntity(), {
    id: newNotificationId(),
    sequence,
    kind: input.kind,
    createdAt: new Date(input.createdAt.getTime()),
    sectionId: input.sectionId,
    subjectJa: input.subject.ja,
    subjectEn: input.subject.en,
    recordType: input.recordType,
    recordId: input.recordId,
  });
  await manager.insert(NotificationEntity, notification);
  return notification;
}

/** Programming errors of a caller (not user input): refused before anything is written. */
export function validateNotifyInput(input: NotifyInput): void {
  if (!(NOTIFICATION_KINDS as readonly string[]).includes(input.kind)) throw new RangeError(`unknown notification kind ${String(input.kind)}`);
  for (const text of [input.subject.ja, input.subject.en]) {
    if (text.trim().length === 0 || Array.from(text).length > MAX_NOTIFICATION_SUBJECT) {
      throw new RangeError(`a notification subject must have 1 to ${MAX_NOTIFICATION_SUBJECT} characters`);
    }
  }
  if (!/^[A-Za-z][A-Za-z0-9]*$/.test(input.recordType) || input.recordType.length > MAX_NOTIFICATION_RECORD_TYPE) {
    throw new RangeError(`notification recordType must be a type name, got ${JSON.stringify(input.recordType)}`);
  }
  if (input.recordId.length === 0 || input.recordId.length > 36) throw new RangeError('notification recordId must have 1 to 36 characters');
  if (input.sectionId !== null && (input.sectionId.length === 0 || input.sectionId.length > 36)) throw new RangeError('notification sectionId must have 1 to 36 characters');
  if (Number.isNaN(input.createdAt.getTime())) throw new RangeError('notification createdAt is not a valid date');
}

function isMysqlFamily(manager: EntityManager): boolean {
  const type = manager.connection.options.type;
  return type === 'mysql' || type === 'mariadb';
}

/**
 * Locks the sequence row for the rest of the caller's transaction (MariaDB: SELECT … FOR UPDATE; SQLite:
 * the following UPDATE takes the database's one write lock). The migration creates the row.
 */
async function lockNotificationSequence(manager: EntityManager): Promise<NotificationSequenceEntity> {
  const read = (): Promise<NotificationSequenceEntity | null> => {
    const query = manager.getRepository(NotificationSequenceEntity).createQueryBuilder('head').where('head.name = :name', { name: NOTIFICATION_SEQUENCE });
    if (isMysqlFamily(manager)) query.setLock('pessimistic_write');
    return query.getOne();
  };
  const head = await read();
  if (head) return head;
  await manager.insert(NotificationSequenceEntity, { name: NOTIFICATION_SEQUENCE, lastSequence: 0 });
  const created = await read();
  if (!created) throw new Error('notification sequence could not be created');
  return created;
}
