import { PrintedFormOutputEntity } from '@juki/domain';
import { DEFAULT_PROFILE, MASK } from '@juki/policies';
import { accessForRoles, NO_ACCESS } from '../graphql/authorization/field-access';
import { PRINTED_FORM_OUTPUT, toPrintedFormOutputType } from './printed-form-output.mapper';

const row = Object.assign(
  PrintedFormOutputEntity.record({
    sectionId: '00000000-0000-4000-8000-000000000001',
    formName: '住民票の写し',
    outputDate: '2026-03-01',
    purpose: '広域交付',
    requester: '検見川 一郎',
    quantity: 5,
    notes: '両面印刷',
    keepUntil: '2026-05-01',
    recordedById: '00000000-0000-4000-8000-000000000002',
    recordedByApiClientId: null,
    recordedAt: new Date('2026-03-01T08:00:00Z'),
  }),
  { status: 'STORED' as const, storedQuantity: 5 },
);
const clock = { today: '2026-06-10', profile: DEFAULT_PROFILE };

describe('PrintedFormOutput mapper (第10条第1項, field by field)', () => {
  it('gives the section’s officer every field, with the due date and days overdue from the profile', () => {
    const output = toPrintedFormOutputType(row, accessForRoles(PRINTED_FORM_OUTPUT, ['SECURITY_OFFICER']), clock);
    expect(output).toMatchObject({ formName: '住民票の写し', requester: '検見川 一郎', notes: '両面印刷', quantity: 5, disposalDueDate: '2026-05-31', daysOverdue: 10 });
    expect(output.sectionRowId).toBe(row.sectionId);
    expect(output.showStorages && output.showMoves && output.showDisposals).toBe(true);
  });

  it('masks the personal fields (requester, notes) for the auditor, never derived from the value', () => {
    const output = toPrintedFormOutputType(row, accessForRoles(PRINTED_FORM_OUTPUT, ['AUDITOR']), clock);
    expect(output.requester).toBe(MASK);
    expect(output.notes).toBe(MASK);
    expect(output.formName).toBe('住民票の写し');
    const withoutNotes = toPrintedFormOutputType(Object.assign(Object.create(row) as PrintedFormOutputEntity, { notes: null }), accessForRoles(PRINTED_FORM_OUTPUT, ['AUDITOR']), clock);
    expect(withoutNotes.notes).toBe(MASK);
  });

  it('maps nothing for a caller with no access', () => {
    const output = toPrintedFormOutputType(row, NO_ACCESS, clock);
    expect([output.id, output.formName, output.requester, output.quantity, output.sectionRowId]).toEqual([null, null, null, null, null]);
    expect(output.showStorages).toBe(false);
  });

  it('is not overdue once every copy is disposed of', () => {
    const disposed = Object.assign(Object.create(row) as PrintedFormOutputEntity, { storedQuantity: 0, disposedQuantity: 5, status: 'DISPOSED' });
    expect(toPrintedFormOutputType(disposed, accessForRoles(PRINTED_FORM_OUTPUT, ['SECURITY_OFFICER']), clock).daysOverdue).toBe(0);
  });
});
