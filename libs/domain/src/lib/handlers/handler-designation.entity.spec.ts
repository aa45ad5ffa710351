import fc from 'fast-check';
import { grantInForce, HANDLER_PERMISSIONS, PRECAUTION_CATEGORIES, type PrecautionTexts } from '@juki/policies';
import { DomainError } from '../shared/domain-error';
import { ACTIVE_SLOT, HandlerDesignationEntity } from './handler-designation.entity';
import { HandlingPrecautionsEntity } from './handling-precautions.entity';
import { PrecautionAcknowledgementEntity } from './precaution-acknowledgement.entity';
import { precautionsContentHash } from './precautions-content-hash';

const staff = { id: 'staff-1', sectionId: 'section-1', title: '主事' };
const at = new Date('2026-11-28T01:00:00Z');

function designate(): HandlerDesignationEntity {
  return HandlerDesignationEntity.designate({ staff, permissions: ['PRINT_FORMS', 'INQUIRY', 'INQUIRY'], designatedById: 'officer', designatedAt: at, designatedOn: '2026-11-28' })
    .designation;
}

describe('HandlerDesignationEntity (第8条)', () => {
  it('is dated and attributed, for the person’s section, with the permissions in list order, and grants the HANDLER role from that day', () => {
    const { designation, role } = HandlerDesignationEntity.designate({
      staff,
      permissions: ['PRINT_FORMS', 'INQUIRY', 'INQUIRY'],
      designatedById: 'officer',
      designatedAt: at,
      designatedOn: '2026-11-28',
    });
    expect(designation).toMatchObject({
      staffId: 'staff-1',
      sectionId: 'section-1',
      title: '主事',
      permissions: ['INQUIRY', 'PRINT_FORMS'],
      designatedOn: '2026-11-28',
      designatedById: 'officer',
      revokedAt: null,
      activeSlot: ACTIVE_SLOT,
      version: 1,
      roleAssignmentId: role.id,
    });
    expect(designation.inForce).toBe(true);
    expect(role).toMatchObject({ staffId: 'staff-1', role: 'HANDLER', sectionId: 'section-1', effectiveFrom: '2026-11-28', effectiveTo: null, appliedById: 'officer' });
    expect(grantInForce(role.toGrant(), '2026-11-28')).toBe(true);
    expect(grantInForce(role.toGrant(), '2026-11-27')).toBe(false);
  });

  it('refuses a designation without permissions or with one not in the list', () => {
    expect(() => HandlerDesignationEntity.designate({ staff, permissions: [], designatedById: 'o', designatedAt: at, designatedOn: '2026-11-28' })).toThrow(RangeError);
  });

  it('revokes once, dated and attributed, freeing the active slot and moving the version on', () => {
    const d = designate();
    const change = d.revoke({ byId: 'officer-2', at, on: '2026-12-01', expectedVersion: 1 });
    expect(change).toEqual({ revokedOn: '2026-12-01', revokedAt: at, revokedById: 'officer-2', activeSlot: null, version: 2 });
    expect(d.inForce).toBe(false);
    expect(() => d.revoke({ byId: 'x', at, on: '2026-12-02', expectedVersion: 2 })).toThrow(expect.objectContaining({ code: 'HANDLERS.ALREADY_REVOKED' }));
  });

  it('refuses a stale version (CONFLICT, never overwrite)', () => {
    const d = designate();
    let error: unknown;
    try {
      d.revoke({ byId: 'x', at, on: '2026-12-01', expectedVersion: 3 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'HANDLERS.STALE_VERSION', params: { expected: 3, actual: 1 }, article: '第8条' });
    expect(d.inForce).toBe(true);
  });

  it('property: the role ends the day before the revocation, so it is never in force on or after it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 400 }), (afterDesignation, probe) => {
        const designatedOn = '2026-01-01';
        const revokedOn = new Date(Date.UTC(2026, 0, 1 + afterDesignation)).toISOString().slice(0, 10);
        const on = new Date(Date.UTC(2026, 0, 1 + probe)).toISOString().slice(0, 10);
        const grant = { role: 'HANDLER' as const, sectionId: 's', effectiveFrom: designatedOn, effectiveTo: HandlerDesignationEntity.roleEndFor(revokedOn) };
        return grantInForce(grant, on) === (on >= designatedOn && on < revokedOn);
      }),
    );
  });

  it('accepts every non-empty set of listed permissions', () => {
    fc.assert(
      fc.property(fc.subarray([...HANDLER_PERMISSIONS], { minLength: 1 }), (permissions) => {
        const { designation } = HandlerDesignationEntity.designate({ staff, permissions, designatedById: 'o', designatedAt: at, designatedOn: '2026-11-28' });
        return designation.permissions.length === permissions.length;
      }),
    );
  });
});

const texts: PrecautionTexts = {
  screenDisplay: '画面を閉じる。',
  integrity: '原票と照合する。',
  searchAndExtract: '必要な範囲に限る。',
  storageOnDisk: '保管しない。',
  printing: '必要な部数だけ。',
};

describe('handling precautions and acknowledgements (第9条)', () => {
  it('hash the five texts in article order: any change of any text, or moving text between categories, changes the hash', () => {
    const hash = precautionsContentHash(texts);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(precautionsContentHash({ ...texts })).toBe(hash);
    for (const category of PRECAUTION_CATEGORIES) {
      expect(precautionsContentHash({ ...texts, [category]: `${texts[category]} ` })).not.toBe(hash);
    }
    // The JSON array keeps the boundaries: "ab" + "c" is not "a" + "bc".
    expect(precautionsContentHash({ ...texts, screenDisplay: 'ab', integrity: 'c' })).not.toBe(precautionsContentHash({ ...texts, screenDisplay: 'a', integrity: 'bc' }));
  });

  it('an acknowledgement keeps the version and the hash that proves the text', () => {
    const precautions = HandlingPrecautionsEntity.publish({ sectionId: 'section-1', documentVersion: 3, texts, publishedById: 'officer', publishedAt: at });
    expect(precautions.current).toBe(true);
    expect(precautions.verifiesHash()).toBe(true);
    const ack = PrecautionAcknowledgementEntity.record({ precautions, designation: designate(), at });
    expect(ack).toMatchObject({ precautionsId: precautions.id, staffId: 'staff-1', sectionId: 'section-1', documentVersion: 3, contentHash: precautionsContentHash(texts) });
    // A tampered text no longer matches what was acknowledged.
    precautions.printing = '全部出力してよい。';
    expect(precautions.verifiesHash()).toBe(false);
    expect(precautionsContentHash(precautions.texts())).not.toBe(ack.contentHash);
  });
});
