import type { PrintedFormOutputEntity } from '@juki/domain';
import { formDisposalDaysOverdue, formDisposalDueDate, type IsoDate, type PolicyProfile } from '@juki/policies';
import { canRead, visibleText, visibleValue, type FieldAccessMap } from '../graphql/authorization/field-access';
import type { RowOwner } from '../graphql/authorization/request-scope';
import { toGlobalId } from '../graphql/relay/global-id';
import { PrintedFormOutputType } from './forms.types';

export const PRINTED_FORM_OUTPUT = 'PrintedFormOutput';

/** An output record belongs to the section that output it. */
export function printedFormOutputOwner(row: PrintedFormOutputEntity): RowOwner {
  return { sectionId: row.sectionId };
}

/** What the mapper needs besides the row: the request's date and the profile in force (forms.disposalDueDays). */
export interface FormsClock {
  readonly today: IsoDate;
  readonly profile: PolicyProfile;
}

/**
 * Entity → GraphQL, field by field, with the caller's access to this row: requester and notes are
 * personal data (masked for the roles the matrix masks them for). The due date and days overdue are
 * derived from the keeping period and the profile (第10条第3項 速やかに).
 */
export function toPrintedFormOutputType(row: PrintedFormOutputEntity, access: FieldAccessMap, clock: FormsClock): PrintedFormOutputType {
  const output = new PrintedFormOutputType();
  output.id = visibleValue(access['id'], toGlobalId(PRINTED_FORM_OUTPUT, row.id));
  output.formName = visibleText(access['formName'], row.formName);
  output.outputDate = visibleValue(access['outputDate'], row.outputDate);
  output.purpose = visibleText(access['purpose'], row.purpose);
  output.requester = visibleText(access['requester'], row.requester);
  output.quantity = visibleValue(access['quantity'], row.quantity);
  output.notes = visibleText(access['notes'], row.notes);
  output.keepUntil = visibleValue(access['keepUntil'], row.keepUntil);
  output.status = visibleValue(access['status'], row.status);
  output.storedQuantity = visibleValue(access['storedQuantity'], row.storedQuantity);
  output.disposedQuantity = visibleValue(access['disposedQuantity'], row.disposedQuantity);
  output.disposalDueDate = visibleValue(access['disposalDueDate'], formDisposalDueDate(row.keepUntil, clock.profile));
  const undisposed = row.quantity - row.disposedQuantity;
  output.daysOverdue = visibleValue(access['daysOverdue'], undisposed > 0 ? formDisposalDaysOverdue(row.keepUntil, clock.today, clock.profile) : 0);
  output.recordedAt = visibleValue(access['recordedAt'], row.recordedAt);
  output.version = visibleValue(access['version'], row.version);
  output.rowId = row.id;
  output.sectionRowId = canRead(access['section']) ? row.sectionId : null;
  output.recordedByRowId = canRead(access['recordedBy']) ? row.recordedById : null;
  output.showStorages = canRead(access['storages']);
  output.showMoves = canRead(access['moves']);
  output.showDisposals = canRead(access['disposals']);
  return output;
}
