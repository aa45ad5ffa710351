import fc from 'fast-check';
import type { EntityManager } from 'typeorm';
import { notificationVisible } from './mark-notifications-read.use-case';
import { notify, validateNotifyInput, type NotifyInput } from './notify';

const VALID: NotifyInput = {
  kind: 'CARD_LOST',
  sectionId: '11111111-1111-4111-8111-111111111111',
  subject: { ja: '住民基本台帳カードの紛失', en: 'Resident card lost' },
  recordType: 'ResidentCard',
  recordId: '22222222-2222-4222-8222-222222222222',
  createdAt: new Date('2026-06-01T01:00:00Z'),
};

/** A manager that fails the test if anything is written: a refused input must write nothing. */
const untouchable = new Proxy({}, { get: () => () => Promise.reject(new Error('nothing may be written for a refused input')) }) as unknown as EntityManager;

describe('notify input (第10条の2第2項)', () => {
  it('accepts a well-formed notification', () => {
    expect(() => validateNotifyInput(VALID)).not.toThrow();
  });

  it.each<[string, Partial<NotifyInput>]>([
    ['an unknown kind', { kind: 'CARD_EATEN' as never }],
    ['an empty subject', { subject: { ja: ' ', en: 'x' } }],
    ['a subject over 500 characters', { subject: { ja: 'あ'.repeat(501), en: 'x' } }],
    ['a record type that is not a type name', { recordType: 'Resident Card; DROP' }],
    ['an empty record id', { recordId: '' }],
    ['an empty section id', { sectionId: '' }],
    ['an invalid date', { createdAt: new Date(Number.NaN) }],
  ])('refuses %s before writing anything', async (_what, change) => {
    const input = { ...VALID, ...change };
    expect(() => validateNotifyInput(input)).toThrow(RangeError);
    await expect(notify(untouchable, input)).rejects.toThrow(RangeError);
  });
});

describe('notificationVisible: the row filter of Notification for one row', () => {
  it('city-wide readers see every notification, nobody sees any with `none`', () => {
    fc.assert(
      fc.property(fc.option(fc.uuid(), { nil: null }), (sectionId) => {
        expect(notificationVisible({ kind: 'all' }, sectionId)).toBe(true);
        expect(notificationVisible({ kind: 'none' }, sectionId)).toBe(false);
      }),
    );
  });

  it('a section-scoped reader sees exactly the notifications of their sections, never a city-wide one', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.uuid(), { maxLength: 4 }), fc.option(fc.uuid(), { nil: null }), (sections, sectionId) => {
        const visible = notificationVisible({ kind: 'some', sectionIds: sections, selfStaffId: 'x' }, sectionId);
        expect(visible).toBe(sectionId !== null && sections.includes(sectionId));
      }),
    );
  });
});
