import { graphql } from '../graphql/generated';

/** The operation history (第19条第1項), newest first: `last`/`before` page backwards through the chain. */
export const AUDIT_EVENTS = graphql(`
  query AuditEvents($last: Int!, $before: String, $outcome: AuditOutcome, $operation: String) {
    auditEvents(last: $last, before: $before, outcome: $outcome, operation: $operation) {
      totalCount
      pageInfo {
        startCursor
        hasPreviousPage
      }
      edges {
        node {
          id
          sequence
          occurredAt
          actorKind
          actorRoles
          operation
          recordType
          outcome
          source
          hash
        }
      }
    }
  }
`);

export const VERIFY_AUDIT_CHAIN = graphql(`
  query VerifyAuditChain {
    verifyAuditChain {
      ok
      checked
      checkpointSequence
      verifiedThroughSequence
      verifiedThroughHash
      firstBrokenAt {
        sequence
        reason
        eventId
      }
    }
  }
`);
