import { graphql } from '../graphql/generated';

/** Ward systems' API clients (第19条の2第1項第2号・第4号). */
export const API_CLIENTS = graphql(`
  query ApiClients($first: Int!, $after: String) {
    apiClients(first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          id
          name
          scopes
          createdAt
          lastUsedAt
          revokedAt
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

export const CREATE_API_CLIENT = graphql(`
  mutation CreateApiClient($name: String!, $sectionId: ID!, $scopes: [String!]!) {
    createApiClient(name: $name, sectionId: $sectionId, scopes: $scopes) {
      id
      token
      apiClient {
        id
        name
      }
    }
  }
`);

export const REVOKE_API_CLIENT = graphql(`
  mutation RevokeApiClient($id: ID!) {
    revokeApiClient(id: $id) {
      id
      revokedAt
    }
  }
`);

/** Sections that use Juki-Net: the sections an API client may belong to. */
export const JUKI_NET_SECTIONS = graphql(`
  query JukiNetSections($after: String) {
    organisationUnits(first: 100, after: $after) {
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          id
          code
          name
          nameEn
          usesJukiNet
        }
      }
    }
  }
`);
