import fc from 'fast-check';
import { profileWith } from '../../testing';
import { CHIBA_PROFILES } from '../profiles/chiba-profiles';
import { CHIBA_PROFILE_HISTORY } from '../profiles/profile-history';
import {
  allowedDisposalMethods,
  checkDisposal,
  DISPOSAL_METHODS,
  MEDIA,
  type DisposalInput,
  type DisposalMethod,
  type Medium,
  type SanitizationCertificate,
} from './disposal-method.rule';

const TODAY = '2026-06-10';

const form: DisposalInput = {
  medium: 'PRINTED_FORM',
  method: 'SHREDDING',
  disposedOn: '2026-06-09',
  today: TODAY,
  performedBy: '千葉 太郎',
};
const card: DisposalInput = {
  medium: 'RESIDENT_CARD',
  method: 'SHREDDING',
  disposedOn: '2026-06-09',
  today: TODAY,
  performedBy: '千葉 太郎',
  witnessedBy: '稲毛 花子',
  icChipPhysicallyDestroyed: true,
};
const certificate: SanitizationCertificate = {
  mediaType: 'HDD 3.5インチ SATA',
  serialNumber: 'WD-WCC4N1234567',
  method: 'SOFTWARE_OVERWRITE',
  tool: 'DiskEraser 5.2',
  verifiedBy: '美浜 次郎',
  sanitizedOn: '2026-06-08',
};
const disk: DisposalInput = {
  medium: 'MAGNETIC_DISK',
  method: 'SOFTWARE_OVERWRITE',
  disposedOn: '2026-06-09',
  today: TODAY,
  performedBy: '千葉 太郎',
  disposition: 'RETURN',
  overwrite: { toolName: 'DiskEraser 5.2', passes: 1, verified: true },
  certificate,
};
const device: DisposalInput = {
  medium: 'TAMPER_RESISTANT_DEVICE',
  method: 'PHYSICAL_DESTRUCTION',
  disposedOn: '2026-06-09',
  today: TODAY,
  performedBy: '千葉 太郎',
  disposition: 'DISPOSAL',
  certificate: { ...certificate, mediaType: '耐タンパー装置', method: 'PHYSICAL_DESTRUCTION', tool: '破砕機 HD-100' },
};

const codes = (input: DisposalInput): string[] => checkDisposal(input).violations.map((v) => v.code);

describe('allowedDisposalMethods', () => {
  it.each<[Medium, DisposalMethod[]]>([
    // 第10条第3項 焼却し、溶解し又は裁断する
    ['PRINTED_FORM', ['INCINERATION', 'DISSOLVING', 'SHREDDING']],
    // 第10条の3第3号 焼却、溶解、裁断等
    ['RESIDENT_CARD', ['INCINERATION', 'DISSOLVING', 'SHREDDING', 'OTHER']],
    // 第15条 物理的破壊、専用ソフトを使用したデータの上書きその他の…措置
    ['MAGNETIC_DISK', ['PHYSICAL_DESTRUCTION', 'SOFTWARE_OVERWRITE', 'OTHER']],
    ['TAMPER_RESISTANT_DEVICE', ['PHYSICAL_DESTRUCTION', 'SOFTWARE_OVERWRITE', 'OTHER']],
  ])('%s: %j', (medium, methods) => {
    expect(allowedDisposalMethods(medium)).toEqual(methods);
    expect(Object.isFrozen(allowedDisposalMethods(medium))).toBe(true);
  });

  it('refuses an unknown medium', () => {
    expect(() => allowedDisposalMethods('FLOPPY' as Medium)).toThrow(RangeError);
  });
});

describe('checkDisposal', () => {
  it.each([
    ['printed form', form],
    ['resident card', card],
    ['magnetic disk overwritten and returned', disk],
    ['tamper-resistant device destroyed', device],
    ['disk disposed of by another described method', { ...disk, method: 'OTHER', methodDescription: '消磁装置による磁気消去', overwrite: undefined, certificate: { ...certificate, method: 'OTHER', tool: '消磁装置 MD-3' } }],
    ['card disposed of by another described method', { ...card, method: 'OTHER', methodDescription: '専用破砕機でカード全体を粉砕' }],
    ['printed form with a witness', { ...form, witnessedBy: '若葉 三郎' }],
  ] as const)('accepts a complete record: %s', (_label, input) => {
    expect(checkDisposal(input as DisposalInput)).toEqual({ ok: true, violations: [] });
  });

  describe('第10条第3項: printed forms are incinerated, dissolved or shredded', () => {
    it.each<[Partial<DisposalInput>, string[]]>([
      [{ method: 'INCINERATION' }, []],
      [{ method: 'DISSOLVING' }, []],
      [{ method: 'PHYSICAL_DESTRUCTION' }, ['DISPOSAL.FORM_METHOD_NOT_ALLOWED']],
      [{ method: 'SOFTWARE_OVERWRITE' }, ['DISPOSAL.FORM_METHOD_NOT_ALLOWED']],
      [{ method: 'OTHER', methodDescription: 'ゴミ箱' }, ['DISPOSAL.FORM_METHOD_NOT_ALLOWED']],
      [{ method: 'SHREDDED' as DisposalMethod }, ['DISPOSAL.FORM_METHOD_NOT_ALLOWED']],
      [{ method: '' as DisposalMethod }, ['DISPOSAL.FORM_METHOD_MISSING']],
      [{ disposedOn: '2026-06-11' }, ['DISPOSAL.FORM_DATE_IN_FUTURE']],
      [{ disposedOn: '2026-06-10' }, []],
      [{ disposedOn: '2026-02-30' }, ['DISPOSAL.FORM_DATE_INVALID']],
      [{ performedBy: '  ' }, ['DISPOSAL.FORM_PERFORMER_MISSING']],
      [{ witnessedBy: '千葉　太郎' }, ['DISPOSAL.FORM_WITNESS_IS_PERFORMER']],
      [{ icChipPhysicallyDestroyed: false }, []],
      [
        { method: 'OTHER', disposedOn: 'yesterday', performedBy: '' },
        ['DISPOSAL.FORM_METHOD_NOT_ALLOWED', 'DISPOSAL.FORM_DATE_INVALID', 'DISPOSAL.FORM_PERFORMER_MISSING'],
      ],
    ])('%o → %j', (change, expected) => {
      expect(codes({ ...form, ...change })).toEqual(expected);
    });

    it('cites 第10条第3項 under its own rule', () => {
      const [v] = checkDisposal({ ...form, method: 'OTHER' }).violations;
      expect(v?.ruleId).toBe('art10.formDisposalMethod');
      expect(v?.article).toBe('第10条第3項');
      expect(v?.params).toMatchObject({ method: 'OTHER', medium: 'PRINTED_FORM' });
    });
  });

  describe('第10条の3第3号: a card is made illegible AND its IC chip physically destroyed', () => {
    it.each<[Partial<DisposalInput>, string[]]>([
      [{ icChipPhysicallyDestroyed: false }, ['DISPOSAL.CARD_IC_CHIP_NOT_DESTROYED']],
      [{ icChipPhysicallyDestroyed: undefined }, ['DISPOSAL.CARD_IC_CHIP_NOT_DESTROYED']],
      [{ icChipPhysicallyDestroyed: 'yes' as unknown as boolean }, ['DISPOSAL.CARD_IC_CHIP_NOT_DESTROYED']],
      [{ method: 'INCINERATION' }, []],
      [{ method: 'DISSOLVING' }, []],
      [{ method: 'PHYSICAL_DESTRUCTION' }, ['DISPOSAL.CARD_METHOD_NOT_ALLOWED']],
      [{ method: 'SOFTWARE_OVERWRITE' }, ['DISPOSAL.CARD_METHOD_NOT_ALLOWED']],
      [{ method: 'OTHER' }, ['DISPOSAL.CARD_OTHER_METHOD_UNDESCRIBED']],
      [{ method: undefined as unknown as DisposalMethod }, ['DISPOSAL.CARD_METHOD_MISSING']],
      [{ witnessedBy: undefined }, ['DISPOSAL.CARD_WITNESS_MISSING']],
      [{ witnessedBy: ' 千葉 太郎 ' }, ['DISPOSAL.CARD_WITNESS_IS_PERFORMER']],
      [{ disposedOn: '2026-07-01' }, ['DISPOSAL.CARD_DATE_IN_FUTURE']],
      [
        { method: 'SOFTWARE_OVERWRITE', icChipPhysicallyDestroyed: false, witnessedBy: '', performedBy: '' },
        [
          'DISPOSAL.CARD_METHOD_NOT_ALLOWED',
          'DISPOSAL.CARD_PERFORMER_MISSING',
          'DISPOSAL.CARD_IC_CHIP_NOT_DESTROYED',
          'DISPOSAL.CARD_WITNESS_MISSING',
        ],
      ],
    ])('%o → %j', (change, expected) => {
      expect(codes({ ...card, ...change })).toEqual(expected);
    });

    it('is never valid without the chip destroyed, whatever else is true (fast-check)', () => {
      const text = fc.oneof(fc.constant(''), fc.constant('千葉 太郎'), fc.string());
      const date = fc.oneof(fc.constant('2026-06-09'), fc.constant(TODAY), fc.constant('2026-13-01'), fc.string());
      fc.assert(
        fc.property(
          fc.record({
            method: fc.constantFrom(...DISPOSAL_METHODS),
            methodDescription: fc.option(text, { nil: undefined }),
            disposedOn: date,
            performedBy: text,
            witnessedBy: fc.option(text, { nil: undefined }),
            icChipPhysicallyDestroyed: fc.constantFrom(false, undefined, null, 0, 'true', 1),
            disposition: fc.option(fc.constantFrom('DISPOSAL', 'RETURN'), { nil: undefined }),
          }),
          fc.constantFrom(...CHIBA_PROFILES.filter((p) => p.articlesNotInForce.length === 0)),
          (fields, profile) => {
            const input = { ...fields, medium: 'RESIDENT_CARD', today: TODAY } as unknown as DisposalInput;
            const checked = checkDisposal(input, profile);
            expect(checked.ok).toBe(false);
            expect(checked.violations.map((v) => v.code)).toContain('DISPOSAL.CARD_IC_CHIP_NOT_DESTROYED');
          },
        ),
        { numRuns: 1000 },
      );
    });

    it('does not apply before 第4章 took effect (profile of 2002)', () => {
      const before = CHIBA_PROFILE_HISTORY.require('2002-09-01');
      expect(checkDisposal({ ...card, icChipPhysicallyDestroyed: false }, before).ok).toBe(true);
      expect(checkDisposal({ ...form, method: 'OTHER' }, before).ok).toBe(false);
    });
  });

  describe('第15条: disks and tamper-resistant devices are made unreadable before they leave', () => {
    it.each<[string, Partial<DisposalInput>, string[]]>([
      ['incinerating a disk is recorded as physical destruction', { method: 'INCINERATION' }, ['DISPOSAL.MEDIA_METHOD_NOT_ALLOWED', 'DISPOSAL.MEDIA_CERTIFICATE_METHOD_MISMATCH']],
      ['shredding likewise', { method: 'SHREDDING', certificate: { ...certificate, method: 'SHREDDING' } }, ['DISPOSAL.MEDIA_METHOD_NOT_ALLOWED']],
      ['no disposal-or-return', { disposition: undefined }, ['DISPOSAL.MEDIA_DISPOSITION_MISSING']],
      ['an overwrite not described', { overwrite: undefined }, ['DISPOSAL.MEDIA_OVERWRITE_DETAILS_MISSING']],
      ['zero passes', { overwrite: { toolName: 'DiskEraser 5.2', passes: 0, verified: true } }, ['DISPOSAL.MEDIA_OVERWRITE_PASSES_INVALID']],
      ['1.5 passes', { overwrite: { toolName: 'DiskEraser 5.2', passes: 1.5, verified: true } }, ['DISPOSAL.MEDIA_OVERWRITE_PASSES_INVALID']],
      ['three passes', { overwrite: { toolName: 'DiskEraser 5.2', passes: 3, verified: true } }, []],
      ['not verified', { overwrite: { toolName: 'DiskEraser 5.2', passes: 1, verified: false } }, ['DISPOSAL.MEDIA_OVERWRITE_NOT_VERIFIED']],
      [
        'software not named',
        { overwrite: { toolName: '', passes: 1, verified: true } },
        ['DISPOSAL.MEDIA_OVERWRITE_TOOL_MISSING'],
      ],
      ['another tool on the certificate', { certificate: { ...certificate, tool: 'OtherWipe 1.0' } }, ['DISPOSAL.MEDIA_CERTIFICATE_TOOL_MISMATCH']],
      ['the same tool written in full-width', { certificate: { ...certificate, tool: 'ＤｉｓｋＥｒａｓｅｒ　５.２' } }, []],
      ['no certificate', { certificate: undefined }, ['DISPOSAL.MEDIA_CERTIFICATE_MISSING']],
      ['serial number missing', { certificate: { ...certificate, serialNumber: '' } }, ['DISPOSAL.MEDIA_CERTIFICATE_SERIAL_NUMBER_MISSING']],
      ['media type missing', { certificate: { ...certificate, mediaType: ' ' } }, ['DISPOSAL.MEDIA_CERTIFICATE_MEDIA_TYPE_MISSING']],
      ['verifier missing', { certificate: { ...certificate, verifiedBy: '' } }, ['DISPOSAL.MEDIA_CERTIFICATE_VERIFIER_MISSING']],
      ['verifier is the performer', { certificate: { ...certificate, verifiedBy: '千葉 太郎' } }, ['DISPOSAL.MEDIA_CERTIFICATE_VERIFIER_IS_PERFORMER']],
      ['certificate date missing', { certificate: { ...certificate, sanitizedOn: '' } }, ['DISPOSAL.MEDIA_CERTIFICATE_DATE_MISSING']],
      ['certificate date invalid', { certificate: { ...certificate, sanitizedOn: '2026-06-31' } }, ['DISPOSAL.MEDIA_CERTIFICATE_DATE_INVALID']],
      [
        'sanitized after the disk left',
        { certificate: { ...certificate, sanitizedOn: '2026-06-10' } },
        ['DISPOSAL.MEDIA_CERTIFICATE_DATE_AFTER_DISPOSAL'],
      ],
      [
        'sanitized in the future',
        { certificate: { ...certificate, sanitizedOn: '2026-06-12' } },
        ['DISPOSAL.MEDIA_CERTIFICATE_DATE_IN_FUTURE', 'DISPOSAL.MEDIA_CERTIFICATE_DATE_AFTER_DISPOSAL'],
      ],
      ['returned in the future', { disposedOn: '2026-06-11' }, ['DISPOSAL.MEDIA_DATE_IN_FUTURE']],
      ['method on certificate differs', { certificate: { ...certificate, method: 'PHYSICAL_DESTRUCTION' } }, ['DISPOSAL.MEDIA_CERTIFICATE_METHOD_MISMATCH']],
      ['other, undescribed', { method: 'OTHER', overwrite: undefined, certificate: { ...certificate, method: 'OTHER' } }, ['DISPOSAL.MEDIA_OTHER_METHOD_UNDESCRIBED']],
      ['no performer', { performedBy: '' }, ['DISPOSAL.MEDIA_PERFORMER_MISSING']],
      ['no method', { method: '' as DisposalMethod }, ['DISPOSAL.MEDIA_METHOD_MISSING']],
    ])('magnetic disk: %s', (_label, change, expected) => {
      expect(codes({ ...disk, ...change })).toEqual(expected);
    });

    it('applies the same to a tamper-resistant device (第15条第2項 準用)', () => {
      expect(codes({ ...device, certificate: undefined, disposition: undefined })).toEqual([
        'DISPOSAL.MEDIA_DISPOSITION_MISSING',
        'DISPOSAL.MEDIA_CERTIFICATE_MISSING',
      ]);
      const [v] = checkDisposal({ ...device, certificate: undefined }).violations;
      expect(v?.ruleId).toBe('art15.mediaDisposal');
      expect(v?.article).toBe('第15条');
    });

    it('returns every violation of an empty record at once', () => {
      const empty = { medium: 'MAGNETIC_DISK', today: TODAY, certificate: {} } as unknown as DisposalInput;
      expect(codes(empty)).toEqual([
        'DISPOSAL.MEDIA_METHOD_MISSING',
        'DISPOSAL.MEDIA_DATE_INVALID',
        'DISPOSAL.MEDIA_PERFORMER_MISSING',
        'DISPOSAL.MEDIA_DISPOSITION_MISSING',
        'DISPOSAL.MEDIA_CERTIFICATE_MEDIA_TYPE_MISSING',
        'DISPOSAL.MEDIA_CERTIFICATE_SERIAL_NUMBER_MISSING',
        'DISPOSAL.MEDIA_CERTIFICATE_METHOD_MISSING',
        'DISPOSAL.MEDIA_CERTIFICATE_TOOL_MISSING',
        'DISPOSAL.MEDIA_CERTIFICATE_VERIFIER_MISSING',
        'DISPOSAL.MEDIA_CERTIFICATE_DATE_MISSING',
      ]);
    });
  });

  it('accepts exactly the allowed methods for every medium (fast-check)', () => {
    const complete: Record<Medium, DisposalInput> = {
      PRINTED_FORM: form,
      RESIDENT_CARD: { ...card, methodDescription: '粉砕' },
      MAGNETIC_DISK: { ...disk, methodDescription: '消磁' },
      TAMPER_RESISTANT_DEVICE: { ...device, methodDescription: '消磁', overwrite: disk.overwrite },
    };
    fc.assert(
      fc.property(fc.constantFrom(...MEDIA), fc.constantFrom(...DISPOSAL_METHODS), (medium, method) => {
        const base = complete[medium];
        const input: DisposalInput = {
          ...base,
          method,
          ...(base.certificate ? { certificate: { ...base.certificate, method, tool: 'DiskEraser 5.2' } } : {}),
        };
        expect(checkDisposal(input).ok).toBe(allowedDisposalMethods(medium).includes(method));
      }),
    );
  });

  it('needs a real `today` (rules never read the clock)', () => {
    expect(() => checkDisposal({ ...form, today: 'now' })).toThrow(RangeError);
  });

  it('reads no profile parameter: any profile in force gives the same answer', () => {
    const other = profileWith({ cards: { disposalDueDays: 1 }, forms: { disposalDueDays: 1 } });
    for (const input of [form, card, disk, device, { ...card, icChipPhysicallyDestroyed: false }]) {
      expect(checkDisposal(input, other)).toEqual(checkDisposal(input));
    }
  });
});
