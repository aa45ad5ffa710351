import { graphql } from '../graphql/generated';

/**
 * 第10条の4第1号: the applicant's PIN is checked, never stored. The console sends it once in a POST body
 * (never in a URL) and keeps no copy: the page calls this through the data provider, outside any cache.
 */
export const CHECK_PIN = graphql(`
  query CheckPin($pin: String!, $birthDate: Date!) {
    checkPin(pin: $pin, birthDate: $birthDate) {
      allowed
      reasons
      violations {
        code
        article
        message {
          ja
          en
        }
      }
    }
  }
`);

/** 第10条の4第2号・第3号: the applicant entered the PIN and inserted the card themselves. */
export const RECORD_PIN_GUIDANCE = graphql(`
  mutation RecordPinGuidance($sectionId: ID!, $cardSerial: String!, $applicantEnteredPin: Boolean!, $applicantInsertedCard: Boolean!) {
    recordPinGuidance(
      sectionId: $sectionId
      cardSerial: $cardSerial
      applicantEnteredPin: $applicantEnteredPin
      applicantInsertedCard: $applicantInsertedCard
    ) {
      id
      cardSerial
    }
  }
`);

export const PIN_GUIDANCE_RECORDS = graphql(`
  query PinGuidanceRecords($first: Int!, $after: String) {
    pinGuidanceRecords(first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          id
          cardSerial
          applicantEnteredPin
          applicantInsertedCard
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

export const PIN_GUIDANCE_RECORDS_CSV = graphql(`
  query PinGuidanceRecordsCsv($language: CsvLanguage) {
    pinGuidanceRecordsCsv(language: $language) {
      fileName
      content
    }
  }
`);
