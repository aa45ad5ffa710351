import { useId, useMemo, useState, type HTMLAttributes } from 'react';
import { Alert, Button, Card, Input, Space, Table, Tag, Typography } from 'antd';
import { PERMISSION_MATRIX, type Locale } from '@juki/policies';
import { canAccess } from '../access/console-access';
import { ErrorAlert, useErrorText } from '../app/ErrorText';
import { dateTime } from '../dashboard/DashboardPage';
import type { ComplianceStatus } from '../graphql/generated/graphql';
import { useGraphqlMutation, useGraphqlQuery } from '../graphql/use-graphql';
import { useConsoleLocale } from '../i18n/console-locale';
import { COMPLIANCE_STATUS_LABELS } from '../i18n/enum-labels';
import { useRoles, useSession } from '../session/session-context';
import { COMPLIANCE_CHECK_OFFENDERS, COMPLIANCE_REPORT, COMPLIANCE_REPORT_CSV } from './compliance.operations';
import {
  chapterLabel,
  downloadCsv,
  groupByChapter,
  statusCounts,
  todayInJapan,
  validAsOf,
  type ChapterGroup,
  type ComplianceCheckRow,
} from './compliance-report';

/** Offenders listed per check in the report (and on paper); the drill-down pages through all of them. */
export const REPORT_OFFENDERS = 20;
export const OFFENDERS_PAGE_SIZE = 20;

const STATUS_COLOURS: Readonly<Record<ComplianceStatus, string>> = { COMPLIANT: 'green', VIOLATION: 'red', NOT_EVALUABLE: 'default' };

/**
 * The compliance review of the security council (第6条第3項第2号): every check the API evaluates, as of
 * a date (today by default) under the profile in force then, grouped by chapter of the guidelines —
 * green, red or grey at a glance, with the article, the count, the reason, a drill-down to the offending
 * records, an Excel-ready CSV and a printable A4 layout (compliance.css) for the council's minutes.
 * Rows are the caller's (a security officer sees their own sections'): the API scopes them.
 */
export function CompliancePage() {
  const { t, locale, date } = useConsoleLocale();
  const roles = useRoles();
  const identity = useSession();
  const today = useMemo(() => todayInJapan(), []);
  const [dateInput, setDateInput] = useState<string>(today);
  const [asOf, setAsOf] = useState<string>(today);
  const dateId = useId();
  const dateInvalid = !validAsOf(dateInput, today);

  const { data, error, loading } = useGraphqlQuery(COMPLIANCE_REPORT, { asOf, offendersFirst: REPORT_OFFENDERS });
  // While another date's report loads, the previous one may still be cached here: show only the report of
  // the date asked for, never an older one under the new date.
  const report = data?.complianceReport.every((check) => check.asOf === asOf) ? data.complianceReport : undefined;
  const checks = useMemo(() => report ?? [], [report]);
  const chapters = useMemo(() => groupByChapter(checks), [checks]);
  const counts = statusCounts(checks);
  // When the report shown was produced: printed with it, so the paper says when it was true.
  const producedAt = useMemo(() => new Date().toISOString(), [report]);
  const profile = checks.find((check) => check.profileId)?.profileId;

  return (
    <div className="page compliance" data-testid="compliance-page">
      <header className="compliance__print-header print-only" data-testid="compliance-print-header">
        <p className="compliance__print-title">{t('compliancePrintTitle')}</p>
        <p>{t('complianceAsOfLine', { date: date(asOf) })}</p>
        {profile ? <p>{t('complianceProfileLine', { profile })}</p> : null}
        {identity ? <p>{t('compliancePrintedBy', { name: identity.name, title: identity.title })}</p> : null}
        <p>{t('compliancePrintedAt', { dateTime: dateTime(date, producedAt) })}</p>
      </header>
      <Typography.Title level={2} className="page-title">
        {t('complianceHeading')}
      </Typography.Title>
      <Typography.Paragraph className="no-print">{t('complianceIntro')}</Typography.Paragraph>

      <Card className="compliance__toolbar no-print">
        <Space wrap align="end">
          <Space orientation="vertical" size={2}>
            <label htmlFor={dateId}>{t('complianceAsOf')}</label>
            <Input
              id={dateId}
              type="date"
              value={dateInput}
              max={today}
              aria-invalid={dateInvalid}
              data-testid="compliance-as-of"
              onChange={(event) => {
                setDateInput(event.target.value);
                if (validAsOf(event.target.value, today)) setAsOf(event.target.value);
              }}
            />
          </Space>
          <Button
            autoInsertSpace={false}
            disabled={asOf === today && dateInput === today}
            onClick={() => {
              setDateInput(today);
              setAsOf(today);
            }}
          >
            {t('complianceToday')}
          </Button>
          {canAccess(roles, 'compliance', 'csv') ? <CsvDownload asOf={asOf} locale={locale} /> : null}
          <Button onClick={() => window.print()}>{t('compliancePrint')}</Button>
        </Space>
        {dateInvalid ? <Alert className="compliance__date-error" type="warning" showIcon title={t('complianceInvalidDate')} /> : null}
      </Card>

      <ErrorAlert error={error} />
      {loading || (data && !report && !error) ? (
        <p className="loading" role="status">
          {t('loading')}
        </p>
      ) : null}
      {report ? (
        <>
          <p className="compliance__summary" role="status" data-testid="compliance-summary">
            <span className="compliance__as-of">{t('complianceAsOfLine', { date: date(asOf) })}</span>{' '}
            {t('complianceSummary', { compliant: counts.COMPLIANT, violation: counts.VIOLATION, notEvaluable: counts.NOT_EVALUABLE })}
          </p>
          {chapters.map((group) => (
            <ChapterSection key={group.chapter} group={group} asOf={asOf} />
          ))}
        </>
      ) : null}
    </div>
  );
}

function ChapterSection({ group, asOf }: { readonly group: ChapterGroup; readonly asOf: string }) {
  const { t, locale, pick } = useConsoleLocale();
  const headingId = useId();
  const [expanded, setExpanded] = useState<readonly string[]>([]);
  const counts = statusCounts(group.checks);
  const violations = group.checks.filter((check) => check.status === 'VIOLATION');
  const toggle = (checkId: string) => setExpanded(expanded.includes(checkId) ? expanded.filter((id) => id !== checkId) : [...expanded, checkId]);

  return (
    <section className="compliance__chapter" aria-labelledby={headingId} data-testid="compliance-chapter">
      <Card
        title={
          <h3 id={headingId} className="card-title">
            {chapterLabel(group.chapter, locale)}
          </h3>
        }
        extra={t('complianceSummary', { compliant: counts.COMPLIANT, violation: counts.VIOLATION, notEvaluable: counts.NOT_EVALUABLE })}
      >
        <div className="table-scroll-x">
          <Table<ComplianceCheckRow>
            rowKey={(row) => row.checkId ?? row.id ?? ''}
            size="small"
            pagination={false}
            dataSource={[...group.checks]}
            rowClassName={(row) => `compliance-row compliance-row--${(row.status ?? 'NOT_EVALUABLE').toLowerCase()}`}
            onRow={(row) => ({ 'data-check-id': row.checkId ?? '', 'data-status': row.status ?? '' }) as HTMLAttributes<HTMLElement>}
            expandable={{
              showExpandColumn: false,
              expandedRowKeys: [...expanded],
              // A closed panel is unmounted (rc-table only hides a collapsed row): it asks again when reopened.
              expandedRowRender: (row) => (row.checkId && expanded.includes(row.checkId) ? <OffenderPanel check={row} asOf={asOf} /> : null),
            }}
            columns={[
              {
                key: 'status',
                title: t('status'),
                className: 'compliance__status-cell',
                render: (_: unknown, row) => (row.status ? <StatusTag status={row.status} locale={locale} /> : t('none')),
              },
              { key: 'article', title: t('columnArticle'), className: 'compliance__article-cell', render: (_: unknown, row) => row.article ?? t('none') },
              {
                key: 'check',
                title: t('complianceCheck'),
                render: (_: unknown, row) => (
                  <>
                    <span className="compliance__check-title">{row.title ? pick(row.title) : row.checkId}</span>
                    {row.compliant ? <span className="compliance__compliant-means">{t('complianceCompliantMeans', { text: pick(row.compliant) })}</span> : null}
                  </>
                ),
              },
              {
                key: 'count',
                title: t('complianceCount'),
                align: 'right',
                className: 'compliance__count-cell',
                // Not evaluated is not "none found": no number for a grey check.
                render: (_: unknown, row) =>
                  row.status === 'NOT_EVALUABLE' ? t('complianceNotCounted') : <span className="compliance__count">{row.count ?? 0}</span>,
              },
              { key: 'finding', title: t('complianceFinding'), render: (_: unknown, row) => (row.reason ? pick(row.reason.message) : t('none')) },
              {
                key: 'actions',
                title: t('actions'),
                className: 'no-print compliance__actions-cell',
                render: (_: unknown, row) =>
                  row.status === 'VIOLATION' && row.checkId ? (
                    <Button size="small" aria-expanded={expanded.includes(row.checkId)} onClick={() => row.checkId && toggle(row.checkId)}>
                      {expanded.includes(row.checkId) ? t('complianceHideOffenders') : t('complianceShowOffenders')}
                    </Button>
                  ) : null,
              },
            ]}
          />
        </div>
        {violations.length > 0 ? (
          <div className="print-only compliance__print-offenders">
            {violations.map((check) => (
              <PrintedOffenders key={check.checkId} check={check} />
            ))}
          </div>
        ) : null}
      </Card>
    </section>
  );
}

function StatusTag({ status, locale }: { readonly status: ComplianceStatus; readonly locale: Locale }) {
  return (
    <Tag color={STATUS_COLOURS[status]} className={`compliance-status compliance-status--${status.toLowerCase()}`}>
      {COMPLIANCE_STATUS_LABELS[status][locale]}
    </Tag>
  );
}

function recordTypeLabel(type: string, pick: (text: { ja: string; en: string }) => string): string {
  const label = PERMISSION_MATRIX[type]?.label;
  return label ? pick(label) : type;
}

/** The drill-down: the offending records of one check, a keyset page at a time (`offendersAfter`). */
function OffenderPanel({ check, asOf }: { readonly check: ComplianceCheckRow; readonly asOf: string }) {
  const { t, pick } = useConsoleLocale();
  const headingId = useId();
  // The pages passed: where each next page starts (the cursor of the last offender seen, and how many were seen).
  const [passed, setPassed] = useState<readonly { readonly after: string; readonly seen: number }[]>([]);
  const after = passed[passed.length - 1]?.after;
  const { data, error, loading } = useGraphqlQuery(COMPLIANCE_CHECK_OFFENDERS, {
    checkId: check.checkId ?? '',
    asOf,
    offendersFirst: OFFENDERS_PAGE_SIZE,
    ...(after ? { offendersAfter: after } : {}),
  });
  const result = data?.complianceCheck;
  const items = result?.offenders?.items ?? [];
  const from = (passed[passed.length - 1]?.seen ?? 0) + 1;
  const title = check.title ? pick(check.title) : (check.checkId ?? '');

  return (
    <div className="compliance__offenders" role="region" aria-labelledby={headingId} data-testid="compliance-offenders">
      <h4 id={headingId} className="compliance__offenders-heading">
        {t('complianceOffendersHeading', { title })}
      </h4>
      <ErrorAlert error={error} />
      <Table
        rowKey="cursor"
        size="small"
        loading={loading}
        pagination={false}
        dataSource={items}
        locale={{ emptyText: t('emptyList') }}
        columns={[
          { key: 'index', title: t('sequence'), render: (_: unknown, _row: unknown, index: number) => from + index },
          { key: 'recordType', title: t('recordType'), render: (_: unknown, row: (typeof items)[number]) => recordTypeLabel(row.recordType, pick) },
          { key: 'description', title: t('columnDescription'), render: (_: unknown, row: (typeof items)[number]) => pick(row.description) },
        ]}
      />
      <Space className="pager">
        {result && items.length > 0 ? (
          <Typography.Text>{t('complianceOffendersShown', { from, to: from + items.length - 1, count: result.count ?? 0 })}</Typography.Text>
        ) : null}
        <Button size="small" disabled={passed.length === 0} onClick={() => setPassed([])}>
          {t('complianceFirstOffenders')}
        </Button>
        <Button
          size="small"
          disabled={!result?.offenders?.hasNextPage || !result.offenders.endCursor}
          onClick={() => result?.offenders?.endCursor && setPassed([...passed, { after: result.offenders.endCursor, seen: from - 1 + items.length }])}
        >
          {t('complianceNextOffenders')}
        </Button>
      </Space>
    </div>
  );
}

/** On paper: the first offenders of a violated check, from the report itself, and how many more there are. */
function PrintedOffenders({ check }: { readonly check: ComplianceCheckRow }) {
  const { t, pick } = useConsoleLocale();
  const items = check.offenders?.items ?? [];
  const rest = (check.count ?? 0) - items.length;
  return (
    <div className="compliance__printed-offenders">
      <p className="compliance__offenders-heading">
        {check.article} {t('complianceOffendersHeading', { title: check.title ? pick(check.title) : (check.checkId ?? '') })}
      </p>
      <ol>
        {items.map((item) => (
          <li key={item.cursor}>
            <span className="compliance__record-type">{recordTypeLabel(item.recordType, pick)}</span> {pick(item.description)}
          </li>
        ))}
      </ol>
      {rest > 0 ? <p>{t('complianceOffendersMore', { rest })}</p> : null}
    </div>
  );
}

/** The Excel-ready CSV of the report as of the date (UTF-8 with its BOM, CRLF), headers in the language shown. */
function CsvDownload({ asOf, locale }: { readonly asOf: string; readonly locale: Locale }) {
  const { t } = useConsoleLocale();
  const errorText = useErrorText();
  const { run, pending } = useGraphqlMutation(COMPLIANCE_REPORT_CSV);
  const [error, setError] = useState<unknown>(undefined);
  return (
    <>
      <Button
        type="primary"
        loading={pending}
        onClick={async () => {
          setError(undefined);
          try {
            const { complianceReportCsv: file } = await run({ asOf, language: locale });
            downloadCsv(file);
          } catch (caught) {
            setError(caught);
          }
        }}
      >
        {pending ? t('complianceDownloading') : t('complianceDownloadCsv')}
      </Button>
      {error ? <Alert type="error" showIcon role="alert" title={errorText(error)} /> : null}
    </>
  );
}
