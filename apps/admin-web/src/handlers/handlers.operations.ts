import { graphql } from '../graphql/generated';

/** The handler ledger (第12条第7号: 所属・職・氏名・権限), as far as the caller may read it. */
export const HANDLER_DESIGNATIONS = graphql(`
  query HandlerDesignations($first: Int, $after: String, $inForce: Boolean, $sectionId: ID) {
    handlerDesignations(first: $first, after: $after, inForce: $inForce, sectionId: $sectionId) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          ...HandlerDesignationRow
        }
      }
    }
  }
`);

export const HANDLER_DESIGNATION_ROW = graphql(`
  fragment HandlerDesignationRow on HandlerDesignation {
    id
    title
    permissions
    designatedOn
    revokedOn
    inForce
    version
    section {
      id
      name
      nameEn
    }
    staff {
      id
      name
    }
  }
`);

/** Designated handlers who have not acknowledged their section’s current precautions (第9条第2項). */
export const HANDLERS_NOT_ACKNOWLEDGED = graphql(`
  query HandlersNotAcknowledged($first: Int, $after: String, $sectionId: ID) {
    handlersNotAcknowledged(first: $first, after: $after, sectionId: $sectionId) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          ...HandlerDesignationRow
        }
      }
    }
  }
`);

export const HANDLER_LEDGER_CSV = graphql(`
  query HandlerLedgerCsv($inForce: Boolean, $sectionId: ID, $language: CsvLanguage) {
    handlerLedgerCsv(inForce: $inForce, sectionId: $sectionId, language: $language) {
      fileName
      content
    }
  }
`);

/** Staff of a section: the people a security officer may designate. */
export const SECTION_STAFF = graphql(`
  query SectionStaff($sectionId: ID, $after: String) {
    staff(first: 100, sectionId: $sectionId, after: $after) {
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          id
          name
          title
          employmentStatus
        }
      }
    }
  }
`);

export const DESIGNATE_HANDLER = graphql(`
  mutation DesignateHandler($staffId: ID!, $permissions: [HandlerPermission!]!) {
    designateHandler(staffId: $staffId, permissions: $permissions) {
      id
    }
  }
`);

export const REVOKE_HANDLER_DESIGNATION = graphql(`
  mutation RevokeHandlerDesignation($id: ID!, $expectedVersion: Int!) {
    revokeHandlerDesignation(id: $id, expectedVersion: $expectedVersion) {
      id
      inForce
    }
  }
`);

/** The version in force of each section's handling precautions (第9条第1項: five categories). */
export const CURRENT_PRECAUTIONS = graphql(`
  query CurrentPrecautions($sectionId: ID) {
    handlingPrecautions(first: 100, currentOnly: true, sectionId: $sectionId) {
      totalCount
      edges {
        node {
          id
          version
          current
          screenDisplay
          integrity
          searchAndExtract
          storageOnDisk
          printing
          contentHash
          publishedAt
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

export const PUBLISH_PRECAUTIONS = graphql(`
  mutation PublishHandlingPrecautions(
    $sectionId: ID!
    $expectedVersion: Int!
    $screenDisplay: String!
    $integrity: String!
    $searchAndExtract: String!
    $storageOnDisk: String!
    $printing: String!
  ) {
    publishHandlingPrecautions(
      sectionId: $sectionId
      expectedVersion: $expectedVersion
      screenDisplay: $screenDisplay
      integrity: $integrity
      searchAndExtract: $searchAndExtract
      storageOnDisk: $storageOnDisk
      printing: $printing
    ) {
      id
      version
    }
  }
`);

export const ACKNOWLEDGE_PRECAUTIONS = graphql(`
  mutation AcknowledgeHandlingPrecautions($precautionsId: ID!) {
    acknowledgeHandlingPrecautions(precautionsId: $precautionsId) {
      id
      version
      acknowledgedAt
    }
  }
`);
