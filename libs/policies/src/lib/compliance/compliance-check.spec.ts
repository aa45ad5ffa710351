import fc from 'fast-check';
import { articleExists } from '../articles/articles';
import { RULE_CATALOGUE } from '../core/rule-catalogue';
import { MESSAGE_CATALOGUE } from '../i18n/message-catalogue';
import { CHIBA_PROFILE_HISTORY, DEFAULT_PROFILE } from '../profiles/profile-history';
import { auditChainVerdict } from './art19-audit-chain.check';
import { stockTakeVerdict } from './art10-2-stock-take.check';
import { cardLossReportedVerdict } from './art10-2-loss-reported.check';
import { formsDisposedVerdict } from './art10-forms-disposed.check';
import { disposalsReconciledVerdict } from './art10-disposals-reconciled.check';
import { cardDisposalCompleteVerdict, cardDisposalOverdueVerdict } from './art10-3-card-disposal.check';
import { handlerDesignationVerdict } from './art8-handler-designation.check';
import { precautionsAcknowledgedVerdict } from './art9-precautions-acknowledged.check';
import { auditRetentionVerdict, purgeTiming } from './art19-audit-retention.check';
import { cardReturnVerdict } from './art20-card-return.check';
import { lostCardVerdict } from './art20-lost-card.check';
import { lockedAccountVerdict } from './art21-locked-account.check';
import { passwordExpiryVerdict } from './art21-password-expiry.check';
import {
  complianceChapter,
  complianceNotEvaluable,
  complianceVerdict,
  type ComplianceCheckDefinition,
  type ComplianceFacts,
  type ComplianceSetting,
  type ComplianceVerdict,
} from './compliance-check';
import { COMPLIANCE_CHECKS, findComplianceCheck } from './compliance-checks';

const today: ComplianceSetting = { asOf: '2026-11-28', profile: DEFAULT_PROFILE, cityWide: true };
const sectionOnly: ComplianceSetting = { ...today, cityWide: false };
const beforeGuidelines: ComplianceSetting = { asOf: '2002-08-04', profile: CHIBA_PROFILE_HISTORY.inForceOn('2002-08-04'), cityWide: true };
const beforeCards: ComplianceSetting = { asOf: '2003-08-24', profile: CHIBA_PROFILE_HISTORY.require('2003-08-24'), cityWide: true };

function definitionOf(id: string): ComplianceCheckDefinition {
  const check = findComplianceCheck(id);
  if (!check) throw new Error(`no check ${id}`);
  return check;
}

/** A check of chapter 4, not in force before 平成15年8月25日 (the profile's articlesNotInForce). */
const cardArticleCheck: ComplianceCheckDefinition = { ...definitionOf('art20.lostCardRevoked'), id: 'test.cards', article: '第10条の3' };

const VERDICTS: ReadonlyArray<readonly [string, (facts: ComplianceFacts | null, setting: ComplianceSetting) => ComplianceVerdict]> = [
  ['art8.designatedByOwnOfficer', handlerDesignationVerdict],
  ['art9.handlersAcknowledged', precautionsAcknowledgedVerdict],
  ['art10.formsDisposedInTime', formsDisposedVerdict],
  ['art10.disposalsReconciled', disposalsReconciledVerdict],
  ['art10-2.lossReported', cardLossReportedVerdict],
  ['art10-3.disposalComplete', cardDisposalCompleteVerdict],
  ['art10-3.disposalNotOverdue', cardDisposalOverdueVerdict],
  ['art19.auditRetention', auditRetentionVerdict],
  ['art20.lostCardRevoked', lostCardVerdict],
  ['art20.cardReturned', cardReturnVerdict],
  ['art21.passwordNotExpired', passwordExpiryVerdict],
  ['art21.lockedAccountReview', lockedAccountVerdict],
];

describe('compliance check definitions (第6条第3項第2号)', () => {
  it.each(COMPLIANCE_CHECKS.map((c) => [c.id, c] as const))('%s cites an existing article, has catalogue messages and known parameters', (_id, check) => {
    expect(articleExists(check.article)).toBe(true);
    expect(check.id).toMatch(/^art[0-9-]+\.[a-zA-Z]+$/);
    // The ids go into the operation history as record ids: short codes (no run of more than 24 letters).
    expect(check.id).toMatch(/^art[0-9-]+\.[a-zA-Z]{1,24}$/);
    for (const code of [check.violationCode, check.offenderCode]) {
      expect(MESSAGE_CATALOGUE[code].ja.length).toBeGreaterThan(0);
      expect(MESSAGE_CATALOGUE[code].en.length).toBeGreaterThan(0);
    }
    expect(MESSAGE_CATALOGUE[check.violationCode].ja).toContain('{count}');
    for (const path of check.parameters) {
      let node: unknown = DEFAULT_PROFILE;
      for (const key of path.split('.')) node = (node as Record<string, unknown>)[key];
      expect(node).toBeDefined();
    }
    expect(complianceChapter(check.article)).toMatch(/^第\d章/);
  });

  it('every check is a rule of the catalogue with its codes', () => {
    for (const check of COMPLIANCE_CHECKS) {
      const rule = RULE_CATALOGUE.find((r) => r.id === check.id);
      expect(rule).toMatchObject({ article: check.article, parameters: check.parameters });
      expect(rule?.codes).toEqual(expect.arrayContaining([check.violationCode, check.offenderCode]));
    }
  });

  it('ids are unique, the registry is in article order and finds each check', () => {
    expect(new Set(COMPLIANCE_CHECKS.map((c) => c.id)).size).toBe(COMPLIANCE_CHECKS.length);
    for (const check of COMPLIANCE_CHECKS) expect(findComplianceCheck(check.id)).toBe(check);
    expect(findComplianceCheck('art0.none')).toBeUndefined();
  });
});

describe('complianceVerdict: every status, every reason', () => {
  it.each(VERDICTS)('%s: COMPLIANT with no offender, VIOLATION with the count, NOT_EVALUABLE before the guidelines', (id, verdictOf) => {
    expect(verdictOf({ offenders: 0, population: 3 }, today)).toEqual({ checkId: id, article: definitionOf(id).article, status: 'COMPLIANT', count: 0, reason: null });
    expect(verdictOf({ offenders: 0, population: 0 }, today).status).toBe('COMPLIANT');
    const violation = verdictOf({ offenders: 2, population: 3 }, today);
    expect(violation.status).toBe('VIOLATION');
    expect(violation.count).toBe(2);
    expect(violation.reason?.code).toBe(definitionOf(id).violationCode);
    expect(violation.reason?.message.ja).toContain('2');
    const early = verdictOf(null, beforeGuidelines);
    expect(early).toMatchObject({ status: 'NOT_EVALUABLE', count: 0, reason: { code: 'COMPLIANCE.GUIDELINES_NOT_IN_FORCE', params: { date: '2002-08-04' } } });
  });

  it.each([
    ['art20.lostCardRevoked', lostCardVerdict],
    ['art21.passwordNotExpired', passwordExpiryVerdict],
  ] as const)('%s (a section check) is evaluable for a section-scoped caller', (_id, verdictOf) => {
    expect(verdictOf({ offenders: 1, population: 1 }, sectionOnly).status).toBe('VIOLATION');
  });

  it('the city-wide checks are NOT_EVALUABLE for a section-scoped caller, whatever the facts', () => {
    expect(auditChainVerdict({ checked: 10, broken: true }, sectionOnly)).toMatchObject({ status: 'NOT_EVALUABLE', reason: { code: 'COMPLIANCE.CITY_WIDE_ONLY' } });
    expect(auditRetentionVerdict(null, sectionOnly)).toMatchObject({ status: 'NOT_EVALUABLE', reason: { code: 'COMPLIANCE.CITY_WIDE_ONLY' } });
  });

  it('the audit chain: intact, empty (intact) and broken (one offender)', () => {
    expect(auditChainVerdict({ checked: 10, broken: false }, today).status).toBe('COMPLIANT');
    expect(auditChainVerdict({ checked: 0, broken: false }, today).status).toBe('COMPLIANT');
    expect(auditChainVerdict({ checked: 4, broken: true }, today)).toMatchObject({ status: 'VIOLATION', count: 1, reason: { code: 'COMPLIANCE.AUDIT_CHAIN_BROKEN' } });
  });

  it('an article not yet in force on the date (chapter 4 before 平成15年8月25日) is NOT_EVALUABLE, and evaluable from that day', () => {
    expect(complianceVerdict(cardArticleCheck, null, beforeCards)).toMatchObject({
      status: 'NOT_EVALUABLE',
      reason: { code: 'COMPLIANCE.ARTICLE_NOT_IN_FORCE', params: { article: '第10条の3', date: '2003-08-24' } },
    });
    const inForce: ComplianceSetting = { asOf: '2003-08-25', profile: CHIBA_PROFILE_HISTORY.require('2003-08-25'), cityWide: true };
    expect(complianceVerdict(cardArticleCheck, { offenders: 1, population: 1 }, inForce).status).toBe('VIOLATION');
  });

  it('the stock-take check needs a stock-take: none is NOT_EVALUABLE, a difference a VIOLATION; chapter 4 was not in force before 平成15年8月25日', () => {
    expect(stockTakeVerdict({ offenders: 0, population: 0 }, today)).toMatchObject({ status: 'NOT_EVALUABLE', reason: { code: 'COMPLIANCE.NO_DATA' } });
    expect(stockTakeVerdict({ offenders: 0, population: 4 }, today).status).toBe('COMPLIANT');
    expect(stockTakeVerdict({ offenders: 1, population: 4 }, today)).toMatchObject({ status: 'VIOLATION', count: 1 });
    for (const verdictOf of [stockTakeVerdict, cardLossReportedVerdict, cardDisposalCompleteVerdict, cardDisposalOverdueVerdict]) {
      expect(verdictOf(null, beforeCards)).toMatchObject({ status: 'NOT_EVALUABLE', reason: { code: 'COMPLIANCE.ARTICLE_NOT_IN_FORCE' } });
    }
  });

  it('a check that needs records is NOT_EVALUABLE when there are none', () => {
    const needsData: ComplianceCheckDefinition = { ...cardArticleCheck, emptyIsNotEvaluable: true };
    expect(complianceVerdict(needsData, { offenders: 0, population: 0 }, today)).toMatchObject({ status: 'NOT_EVALUABLE', reason: { code: 'COMPLIANCE.NO_DATA' } });
    expect(complianceVerdict(needsData, { offenders: 0, population: 1 }, today).status).toBe('COMPLIANT');
  });

  it('refuses facts that are not counts, or missing facts for an evaluable check', () => {
    const check = COMPLIANCE_CHECKS[0] as ComplianceCheckDefinition;
    expect(() => complianceVerdict(check, null, today)).toThrow(RangeError);
    expect(() => complianceVerdict(check, { offenders: -1, population: 0 }, today)).toThrow(RangeError);
    expect(() => complianceVerdict(check, { offenders: 1.5, population: 2 }, today)).toThrow(RangeError);
    expect(() => complianceVerdict(check, { offenders: 3, population: 2 }, today)).toThrow(RangeError);
  });

  it('properties: VIOLATION exactly when evaluable with offenders; count is the offenders then, else 0; a reason unless COMPLIANT', () => {
    const profiles = CHIBA_PROFILE_HISTORY.all();
    fc.assert(
      fc.property(
        fc.constantFrom(...COMPLIANCE_CHECKS, cardArticleCheck),
        fc.boolean(),
        fc.nat(1_000_000),
        fc.nat(1_000_000),
        fc.option(fc.constantFrom(...profiles), { nil: undefined }),
        fc.boolean(),
        (check, emptyIsNotEvaluable, a, b, profile, cityWide) => {
          const definition = { ...check, emptyIsNotEvaluable };
          const facts = { offenders: Math.min(a, b), population: Math.max(a, b) };
          const setting: ComplianceSetting = { asOf: profile?.effectiveFrom ?? '2001-01-01', profile, cityWide };
          const verdict = complianceVerdict(definition, facts, setting);
          const blocked = complianceNotEvaluable(definition, setting);
          const evaluable = blocked === null && !(facts.population === 0 && emptyIsNotEvaluable);
          expect(verdict.status === 'VIOLATION').toBe(evaluable && facts.offenders > 0);
          expect(verdict.status === 'COMPLIANT').toBe(evaluable && facts.offenders === 0);
          expect(verdict.count).toBe(verdict.status === 'VIOLATION' ? facts.offenders : 0);
          expect(verdict.reason === null).toBe(verdict.status === 'COMPLIANT');
          if (blocked) expect(verdict.reason).toEqual(blocked);
          expect(verdict.checkId).toBe(definition.id);
        },
      ),
    );
  });
});

describe('purgeTiming (第19条第1項: seven years, as the Civil Code counts)', () => {
  const jst = (date: string, time = '00:00:00.000'): Date => new Date(`${date}T${time}+09:00`);

  it.each([
    // Events up to 2019-04-01 (JST) must be kept through 2026-04-01: a purge on 2026-04-02 is on time.
    ['on the first day allowed', jst('2019-04-02'), jst('2026-04-02', '09:00:00.000'), false, '2026-04-01'],
    ['on the last day of keeping', jst('2019-04-02'), jst('2026-04-01', '23:59:59.999'), true, '2026-04-01'],
    ['years too early', jst('2025-01-01'), jst('2026-04-02'), true, '2031-12-31'],
    ['long after', jst('2010-01-01'), jst('2026-11-28'), false, '2016-12-31'],
  ] as const)('%s', (_name, purgedBefore, purgedAt, early, keptUntil) => {
    expect(purgeTiming({ purgedBefore, purgedAt }, DEFAULT_PROFILE)).toMatchObject({ early, keptUntil });
  });

  it('property: a purge is early exactly when it ran within seven years of its `before` (Japan days)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20 * 365 }), fc.integer({ min: 0, max: 10 * 365 }), (startDay, gapDays) => {
        const purgedBefore = new Date(Date.UTC(2005, 0, 1) - 9 * 3_600_000 + startDay * 86_400_000);
        const purgedAt = new Date(purgedBefore.getTime() + gapDays * 86_400_000 + 3_600_000);
        const timing = purgeTiming({ purgedBefore, purgedAt }, DEFAULT_PROFILE);
        expect(timing.early).toBe(timing.purgedOn <= timing.keptUntil);
        if (gapDays <= 7 * 365) expect(timing.early).toBe(true);
        if (gapDays >= 7 * 366 + 2) expect(timing.early).toBe(false);
      }),
    );
  });
});
