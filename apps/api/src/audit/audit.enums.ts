import { AUDIT_ACTOR_KINDS, AUDIT_CHAIN_BREAK_REASONS, AUDIT_OUTCOMES, type AuditActorKind, type AuditChainBreakReason, type AuditOutcome, type PurgeStop } from '@juki/domain';
import { registerEnumType } from 'type-graphql';

const asEnum = <T extends string>(values: readonly T[]): { readonly [K in T]: K } => Object.fromEntries(values.map((v) => [v, v])) as { readonly [K in T]: K };

export const AuditActorKindEnum = asEnum<AuditActorKind>(AUDIT_ACTOR_KINDS);
registerEnumType(AuditActorKindEnum, {
  name: 'AuditActorKind',
  description: 'Who acted: a staff member (by ID card and password), a ward system (by API token), or nobody signed in.',
});

export const AuditOutcomeEnum = asEnum<AuditOutcome>(AUDIT_OUTCOMES);
registerEnumType(AuditOutcomeEnum, {
  name: 'AuditOutcome',
  description: 'SUCCESS: done; DENIED: refused for lack of permission; FAILED: refused or failed for another reason.',
});

export const AuditChainBreakReasonEnum = asEnum<AuditChainBreakReason>(AUDIT_CHAIN_BREAK_REASONS);
registerEnumType(AuditChainBreakReasonEnum, {
  name: 'AuditChainBreakReason',
  description: 'Why a link of the operation-history chain is broken (see verifyAuditChain).',
  valuesConfig: {
    SEQUENCE_GAP: { description: 'The sequence does not follow the previous event (an event deleted, moved or inserted).' },
    HASH_MISMATCH: { description: 'The event is not what its hash sealed (a field changed, contents swapped).' },
    PREVIOUS_HASH_MISMATCH: { description: 'The event is intact but does not follow the previous one (which was changed and re-sealed).' },
    CHECKPOINT_MISMATCH: { description: 'The first event after a purge does not continue the purge checkpoint.' },
    HEAD_MISMATCH: { description: 'The chain does not end where its head says (events removed from or added at the end).' },
    ANCHOR_MISMATCH: { description: 'An event differs from a hash written down earlier outside the database.' },
  },
});

export const PURGE_STOPS = ['BEFORE', 'LEGAL_HOLD', 'RETENTION', 'LIMIT', 'END'] as const satisfies readonly PurgeStop[];
export const AuditPurgeStopEnum = asEnum<PurgeStop>(PURGE_STOPS);
registerEnumType(AuditPurgeStopEnum, {
  name: 'AuditPurgeStop',
  description: 'Why a purge stopped where it did.',
  valuesConfig: {
    BEFORE: { description: 'The next event occurred at or after `before`.' },
    LEGAL_HOLD: { description: 'The next event is under a legal hold in force.' },
    RETENTION: { description: 'The next event is still within its keeping period (7 years, 第19条第1項).' },
    LIMIT: { description: 'maxEvents were purged; purge again for more.' },
    END: { description: 'Every event before the purge’s own was purged.' },
  },
});
