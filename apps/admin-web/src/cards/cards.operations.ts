import { graphql } from '../graphql/generated';

/**
 * Resident cards (第10条の2, 第10条の3). Only fields every role allowed to call an operation may read are
 * selected (who recorded a row is hidden from handlers: it is not asked for).
 */

/** Counts per section, place and state, derived from the movements (第10条の2第1項: never typed in). */
export const RESIDENT_CARD_STOCK = graphql(`
  query ResidentCardStock($sectionId: ID) {
    residentCardStock(sectionId: $sectionId) {
      sectionId
      sectionName
      placeId
      placeName
      state
      count
    }
  }
`);

export const RESIDENT_CARDS = graphql(`
  query ResidentCards($first: Int!, $after: String, $sectionId: ID, $placeId: ID, $state: ResidentCardState) {
    residentCards(first: $first, after: $after, sectionId: $sectionId, placeId: $placeId, state: $state) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          ...ResidentCardFields
        }
      }
    }
  }
`);

export const RESIDENT_CARD_FIELDS = graphql(`
  fragment ResidentCardFields on ResidentCard {
    id
    serial
    state
    placeId
    placeName
    disposalReason
    awaitingDisposalSince
    disposalDueOn
    daysOverdue
    receivedAt
    version
    section {
      id
      name
      nameEn
    }
  }
`);

/** 第10条の3第1号: cards awaiting disposal past the profile's limit. */
export const OVERDUE_RESIDENT_CARDS = graphql(`
  query OverdueResidentCards($first: Int!, $after: String) {
    overdueResidentCards(first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          ...ResidentCardFields
        }
      }
    }
  }
`);

export const CARD_MOVEMENTS = graphql(`
  query CardMovements($first: Int!, $after: String, $cardId: ID) {
    cardMovements(first: $first, after: $after, cardId: $cardId) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          id
          cardSerial
          kind
          fromState
          toState
          fromPlaceName
          placeName
          reason
          occurredAt
          section {
            id
            name
            nameEn
          }
        }
      }
    }
  }
`);

export const CARD_STOCK_TAKES = graphql(`
  query CardStockTakes($first: Int!, $after: String) {
    cardStockTakes(first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          id
          placeName
          state
          countedOn
          counted
          derived
          difference
          recordedAt
          section {
            id
            name
            nameEn
          }
        }
      }
    }
  }
`);

export const CARD_LOSS_REPORTS = graphql(`
  query CardLossReports($first: Int!, $after: String) {
    cardLossReports(first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          id
          cardSerial
          kind
          placeName
          discoveredAt
          circumstances
          reportedAt
          section {
            id
            name
            nameEn
          }
        }
      }
    }
  }
`);

export const CARD_DISPOSALS = graphql(`
  query CardDisposals($first: Int!, $after: String) {
    cardDisposals(first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          id
          cardSerial
          reason
          method
          methodDescription
          icChipDestroyed
          performer
          witness
          awaitingSince
          disposedOn
          daysLate
          placeName
          section {
            id
            name
            nameEn
          }
        }
      }
    }
  }
`);

/** Lockable storage places (only those may hold cards: 第10条の2第1項). */
export const CARD_STORAGE_PLACES = graphql(`
  query CardStoragePlaces($sectionId: ID) {
    storagePlaces(first: 100, lockable: true, sectionId: $sectionId) {
      edges {
        node {
          id
          name
          section {
            id
            name
            nameEn
          }
        }
      }
    }
  }
`);

export const RESIDENT_CARD_STOCK_CSV = graphql(`
  query ResidentCardStockCsv($language: CsvLanguage) {
    residentCardStockCsv(language: $language) {
      fileName
      content
    }
  }
`);

export const CARD_MOVEMENTS_CSV = graphql(`
  query CardMovementsCsv($language: CsvLanguage) {
    cardMovementsCsv(language: $language) {
      fileName
      content
    }
  }
`);

export const CARD_DISPOSALS_CSV = graphql(`
  query CardDisposalsCsv($language: CsvLanguage) {
    cardDisposalsCsv(language: $language) {
      fileName
      content
    }
  }
`);

export const RECEIVE_RESIDENT_CARDS = graphql(`
  mutation ReceiveResidentCards($placeId: ID!, $serials: [String!]!) {
    receiveResidentCards(placeId: $placeId, serials: $serials) {
      id
      serial
    }
  }
`);

export const RECORD_CARD_MOVEMENT = graphql(`
  mutation RecordCardMovement($cardId: ID!, $kind: RecordableCardMovement!, $version: Int!, $reason: CardDisposalReason, $toPlaceId: ID) {
    recordCardMovement(cardId: $cardId, kind: $kind, version: $version, reason: $reason, toPlaceId: $toPlaceId) {
      id
      kind
      toState
    }
  }
`);

export const RECORD_CARD_STOCK_TAKE = graphql(`
  mutation RecordCardStockTake($placeId: ID!, $countedOn: Date!, $counts: [CardStockTakeCountInput!]!) {
    recordCardStockTake(placeId: $placeId, countedOn: $countedOn, counts: $counts) {
      id
      state
      counted
      derived
      difference
    }
  }
`);

export const REPORT_RESIDENT_CARD_LOST = graphql(`
  mutation ReportResidentCardLost($cardId: ID!, $kind: ResidentCardLossKind!, $discoveredAt: DateTimeISO!, $circumstances: String!, $version: Int!) {
    reportResidentCardLost(cardId: $cardId, kind: $kind, discoveredAt: $discoveredAt, circumstances: $circumstances, version: $version) {
      id
      kind
    }
  }
`);

export const DISPOSE_RESIDENT_CARD = graphql(`
  mutation DisposeResidentCard(
    $cardId: ID!
    $version: Int!
    $method: CardDisposalMethod!
    $methodDescription: String
    $icChipDestroyed: Boolean!
    $performer: String!
    $witness: String!
    $disposedOn: Date!
  ) {
    disposeResidentCard(
      cardId: $cardId
      version: $version
      method: $method
      methodDescription: $methodDescription
      icChipDestroyed: $icChipDestroyed
      performer: $performer
      witness: $witness
      disposedOn: $disposedOn
    ) {
      id
      daysLate
    }
  }
`);
