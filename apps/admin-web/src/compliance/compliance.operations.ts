import { graphql } from '../graphql/generated';

/**
 * The compliance review of the security council (第6条第3項第2号): every check evaluated as of a date
 * under the policy profile in force then, over the caller's rows, with the first offenders of each.
 */
export const COMPLIANCE_REPORT = graphql(`
  query ComplianceReport($asOf: Date, $offendersFirst: Int) {
    complianceReport(asOf: $asOf, offendersFirst: $offendersFirst) {
      id
      checkId
      article
      chapter
      title {
        ja
        en
      }
      compliant {
        ja
        en
      }
      status
      count
      reason {
        code
        message {
          ja
          en
        }
      }
      asOf
      profileId
      offenders {
        hasNextPage
        endCursor
        items {
          cursor
          recordType
          recordId
          description {
            ja
            en
          }
        }
      }
    }
  }
`);

/** One check's offenders, a keyset page at a time (`offendersAfter` = the cursor of the last one seen). */
export const COMPLIANCE_CHECK_OFFENDERS = graphql(`
  query ComplianceCheckOffenders($checkId: String!, $asOf: Date, $offendersFirst: Int, $offendersAfter: String) {
    complianceCheck(checkId: $checkId, asOf: $asOf, offendersFirst: $offendersFirst, offendersAfter: $offendersAfter) {
      id
      checkId
      status
      count
      offenders {
        hasNextPage
        endCursor
        items {
          cursor
          recordType
          recordId
          description {
            ja
            en
          }
        }
      }
    }
  }
`);

/** The report as an Excel-ready CSV (UTF-8 with BOM, CRLF, Japanese headers by default). */
export const COMPLIANCE_REPORT_CSV = graphql(`
  query ComplianceReportCsv($asOf: Date, $language: CsvLanguage) {
    complianceReportCsv(asOf: $asOf, language: $language) {
      fileName
      contentType
      rowCount
      content
    }
  }
`);
