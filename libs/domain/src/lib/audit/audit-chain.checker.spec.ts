import { AuditChainLinkChecker } from './audit-chain.checker';
import { AuditEventEntity } from './audit-event.entity';
import { auditEventHash, GENESIS_HASH } from './audit-event.hash';

/** A well-formed chain of `n` events after `start` (sequence, hash). */
function chain(n: number, start = { sequence: 0, hash: GENESIS_HASH }): AuditEventEntity[] {
  const events: AuditEventEntity[] = [];
  let previous = start;
  for (let i = 1; i <= n; i++) {
    const event = Object.assign(new AuditEventEntity(), {
      id: `e${previous.sequence + 1}`,
      sequence: previous.sequence + 1,
      occurredAt: new Date(Date.UTC(2025, 0, 1, 0, 0, i)),
      actorKind: 'STAFF' as const,
      actorStaffId: 's1',
      actorApiClientId: null,
      roles: 'HANDLER',
      operation: 'Query.staff',
      recordType: 'Staff',
      recordIds: '[]',
      sectionId: null,
      source: null,
      outcome: 'SUCCESS' as const,
      previousHash: previous.hash,
      hash: '',
    });
    event.hash = auditEventHash(event);
    events.push(event);
    previous = { sequence: event.sequence, hash: event.hash };
  }
  return events;
}

const firstBreak = (checker: AuditChainLinkChecker, events: readonly AuditEventEntity[]): [number, string] | null => {
  for (const event of events) {
    const reason = checker.check(event);
    if (reason) return [event.sequence, reason];
  }
  return null;
};

describe('AuditChainLinkChecker', () => {
  it('passes a well-formed chain and remembers its last event', () => {
    const events = chain(5);
    const checker = new AuditChainLinkChecker(null);
    expect(firstBreak(checker, events)).toBeNull();
    expect(checker.last).toEqual({ sequence: 5, hash: events[4]?.hash });
  });

  it.each<[string, (events: AuditEventEntity[]) => AuditEventEntity[], [number, string]]>([
    ['a gap', (e) => e.filter((x) => x.sequence !== 3), [4, 'SEQUENCE_GAP']],
    ['a changed field', (e) => e.map((x) => (x.sequence === 3 ? Object.assign(new AuditEventEntity(), x, { outcome: 'FAILED' }) : x)), [3, 'HASH_MISMATCH']],
    [
      'a changed and re-sealed event',
      (e) =>
        e.map((x) => {
          if (x.sequence !== 3) return x;
          const forged = Object.assign(new AuditEventEntity(), x, { outcome: 'FAILED' });
          forged.hash = auditEventHash(forged);
          return forged;
        }),
      [4, 'PREVIOUS_HASH_MISMATCH'],
    ],
    ['a chain not starting at 1', (e) => e.slice(1), [2, 'SEQUENCE_GAP']],
  ])('finds %s at the right link', (_name, tamper, expected) => {
    expect(firstBreak(new AuditChainLinkChecker(null), tamper(chain(5)))).toEqual(expected);
  });

  it('continues a checkpoint, and reports CHECKPOINT_MISMATCH when the first event does not', () => {
    const purged = chain(3);
    const last = purged[2] as AuditEventEntity;
    const rest = chain(2, { sequence: last.sequence, hash: last.hash });
    expect(firstBreak(new AuditChainLinkChecker({ sequence: 3, hash: last.hash }), rest)).toBeNull();
    expect(firstBreak(new AuditChainLinkChecker({ sequence: 3, hash: 'x' }), rest)).toEqual([4, 'CHECKPOINT_MISMATCH']);
    expect(firstBreak(new AuditChainLinkChecker({ sequence: 3, hash: last.hash }), rest.slice(1))).toEqual([5, 'CHECKPOINT_MISMATCH']);
  });
});
