import { graphql } from '../graphql/generated';

/** The printed-form ledger (第10条第1項), one keyset page: filter by state, output date and section; sort. */
export const PRINTED_FORM_OUTPUTS = graphql(`
  query PrintedFormOutputs(
    $first: Int
    $after: String
    $last: Int
    $before: String
    $orderBy: PrintedFormSort
    $status: [FormStatus!]
    $outputDateFrom: Date
    $outputDateTo: Date
    $sectionId: ID
  ) {
    printedFormOutputs(
      first: $first
      after: $after
      last: $last
      before: $before
      orderBy: $orderBy
      status: $status
      outputDateFrom: $outputDateFrom
      outputDateTo: $outputDateTo
      sectionId: $sectionId
    ) {
      totalCount
      pageInfo {
        startCursor
        endCursor
        hasNextPage
        hasPreviousPage
      }
      edges {
        node {
          ...PrintedFormRow
        }
      }
    }
  }
`);

export const PRINTED_FORM_ROW = graphql(`
  fragment PrintedFormRow on PrintedFormOutput {
    id
    formName
    outputDate
    purpose
    requester
    quantity
    keepUntil
    status
    storedQuantity
    disposedQuantity
    disposalDueDate
    daysOverdue
    version
    section {
      id
      name
      nameEn
    }
  }
`);

/** The same rows as CSV (UTF-8 with BOM): the file is built by the API under the same row scope and field access. */
export const PRINTED_FORM_OUTPUTS_CSV = graphql(`
  query PrintedFormOutputsCsv(
    $language: CsvLanguage
    $orderBy: PrintedFormSort
    $status: [FormStatus!]
    $outputDateFrom: Date
    $outputDateTo: Date
    $sectionId: ID
  ) {
    printedFormOutputsCsv(
      language: $language
      orderBy: $orderBy
      status: $status
      outputDateFrom: $outputDateFrom
      outputDateTo: $outputDateTo
      sectionId: $sectionId
    ) {
      fileName
      content
    }
  }
`);

/** Past the keeping period and the disposal deadline with copies still kept (第10条第3項 速やかに). */
export const PRINTED_FORMS_OVERDUE = graphql(`
  query PrintedFormsOverdue($first: Int, $after: String, $sectionId: ID) {
    printedFormsOverdue(first: $first, after: $after, sectionId: $sectionId) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          ...PrintedFormRow
        }
      }
    }
  }
`);

/** One output record with its full history (storages, moves, disposals). */
export const PRINTED_FORM_OUTPUT = graphql(`
  query PrintedFormOutput($id: ID!) {
    node(id: $id) {
      ... on PrintedFormOutput {
        ...PrintedFormRow
        notes
        recordedAt
        storages {
          id
          quantity
          storedOn
          version
          breakdown {
            label
            quantity
          }
          place {
            id
            name
          }
        }
        moves {
          id
          kind
          movedOn
          quantity
          recordedAt
          fromPlace {
            id
            name
          }
          toPlace {
            id
            name
          }
        }
        disposals {
          id
          disposedOn
          quantity
          method
          performer
          witness
          placeQuantityBefore
          storedBefore
          disposedBefore
          recordedAt
          place {
            id
            name
          }
        }
      }
    }
  }
`);

/**
 * Who recorded the output and each step: a separate query, run only for the roles that may read those
 * people (the matrix hides them from a handler, and the API refuses a query naming a field it denies).
 */
export const PRINTED_FORM_RECORDERS = graphql(`
  query PrintedFormRecorders($id: ID!) {
    node(id: $id) {
      ... on PrintedFormOutput {
        id
        recordedBy {
          id
          name
        }
        storages {
          id
          recordedBy {
            id
            name
          }
        }
        moves {
          id
          recordedBy {
            id
            name
          }
        }
        disposals {
          id
          recordedBy {
            id
            name
          }
        }
      }
    }
  }
`);

/** The cabinets of a section (第10条第2項: only a lockable one may hold forms). */
export const FORM_STORAGE_PLACES = graphql(`
  query FormStoragePlaces($sectionId: ID, $after: String) {
    storagePlaces(first: 100, sectionId: $sectionId, after: $after) {
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          id
          name
          location
          lockable
          section {
            id
          }
        }
      }
    }
  }
`);

/** The forms kept now, per section and storage place (第10条第2項: 数量・内訳). */
export const FORM_INVENTORY = graphql(`
  query FormInventory($sectionId: ID, $placeId: ID) {
    formInventory(sectionId: $sectionId, placeId: $placeId) {
      quantity
      truncated
      places {
        quantity
        outputCount
        place {
          id
          name
          location
          section {
            id
            name
            nameEn
          }
        }
        storages {
          id
          quantity
          breakdown {
            label
            quantity
          }
          output {
            id
            formName
            keepUntil
          }
        }
      }
    }
  }
`);

/** The sections a city-wide reader may filter by. */
export const FORM_SECTIONS = graphql(`
  query FormSections($after: String) {
    organisationUnits(first: 100, after: $after) {
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          id
          name
          nameEn
          usesJukiNet
        }
      }
    }
  }
`);

export const RECORD_FORM_OUTPUT = graphql(`
  mutation RecordFormOutput(
    $sectionId: ID!
    $formName: String!
    $outputDate: Date!
    $purpose: String!
    $requester: String!
    $quantity: Int!
    $keepUntil: Date!
    $notes: String
  ) {
    recordFormOutput(
      sectionId: $sectionId
      formName: $formName
      outputDate: $outputDate
      purpose: $purpose
      requester: $requester
      quantity: $quantity
      keepUntil: $keepUntil
      notes: $notes
    ) {
      id
    }
  }
`);

export const STORE_FORMS = graphql(`
  mutation StoreForms($outputId: ID!, $placeId: ID!, $quantity: Int!, $storedOn: Date!, $version: Int!, $breakdown: [FormBreakdownLineInput!]) {
    storeForms(outputId: $outputId, placeId: $placeId, quantity: $quantity, storedOn: $storedOn, version: $version, breakdown: $breakdown) {
      id
      version
    }
  }
`);

export const MOVE_FORMS = graphql(`
  mutation MoveForms($outputId: ID!, $fromPlaceId: ID!, $toPlaceId: ID!, $quantity: Int!, $movedOn: Date!, $version: Int!) {
    moveForms(outputId: $outputId, fromPlaceId: $fromPlaceId, toPlaceId: $toPlaceId, quantity: $quantity, movedOn: $movedOn, version: $version) {
      id
      version
    }
  }
`);

export const DISPOSE_FORMS = graphql(`
  mutation DisposeForms(
    $outputId: ID!
    $placeId: ID!
    $quantity: Int!
    $method: FormDisposalMethod!
    $disposedOn: Date!
    $performer: String!
    $witness: String!
    $version: Int!
  ) {
    disposeForms(
      outputId: $outputId
      placeId: $placeId
      quantity: $quantity
      method: $method
      disposedOn: $disposedOn
      performer: $performer
      witness: $witness
      version: $version
    ) {
      id
      version
    }
  }
`);
