import { graphql } from '../graphql/generated';

/** The operator ID card ledger (第20条第2項), as far as the caller may read it. */
export const OPERATOR_ID_CARDS = graphql(`
  query OperatorIdCards($first: Int!, $after: String, $status: OperatorIdCardStatus) {
    operatorIdCards(first: $first, after: $after, status: $status) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          id
          cardNumber
          status
          issuedAt
          lostReportedAt
          revokedAt
          holder {
            id
            name
            employeeNumber
          }
        }
      }
    }
  }
`);

/** The logon history (第19条の2第2項), newest first. */
export const LOGON_EVENTS = graphql(`
  query LogonEvents($last: Int!, $before: String, $outcome: LogonOutcome) {
    logonEvents(last: $last, before: $before, outcome: $outcome) {
      totalCount
      pageInfo {
        startCursor
        hasPreviousPage
      }
      edges {
        node {
          id
          occurredAt
          cardNumber
          outcome
          sourceAddress
          staff {
            id
            name
          }
        }
      }
    }
  }
`);
