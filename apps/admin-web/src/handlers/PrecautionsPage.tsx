import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Form, Input, Space, Typography } from 'antd';
import type { Role } from '@juki/policies';
import { bestFieldAccess, canAccess, operationGateOpen } from '../access/console-access';
import { ErrorAlert } from '../app/ErrorText';
import { dateTimeText as dateTime, sectionName } from '../forms/form-dates';
import { RefusalAlert } from '../forms/MismatchAlert';
import type { CurrentPrecautionsQuery } from '../graphql/generated/graphql';
import { useGraphqlMutation, useGraphqlQuery } from '../graphql/use-graphql';
import { useConsoleLocale } from '../i18n/console-locale';
import type { UiMessageKey } from '../i18n/ui-messages';
import { useRoles, useSession } from '../session/session-context';
import { ACKNOWLEDGE_PRECAUTIONS, CURRENT_PRECAUTIONS, HANDLERS_NOT_ACKNOWLEDGED, PUBLISH_PRECAUTIONS } from './handlers.operations';

type Precautions = CurrentPrecautionsQuery['handlingPrecautions']['edges'][number]['node'];

/** 第9条第1項第1号〜第5号, in order: the five categories every version states. */
export const PRECAUTION_CATEGORIES: readonly { readonly field: 'screenDisplay' | 'integrity' | 'searchAndExtract' | 'storageOnDisk' | 'printing'; readonly label: UiMessageKey }[] = [
  { field: 'screenDisplay', label: 'fxScreenDisplay' },
  { field: 'integrity', label: 'fxIntegrity' },
  { field: 'searchAndExtract', label: 'fxSearchAndExtract' },
  { field: 'storageOnDisk', label: 'fxStorageOnDisk' },
  { field: 'printing', label: 'fxPrinting' },
];

/**
 * Handling precautions (第9条): the version in force of each section the caller may read, with its five
 * categories; a handler acknowledges their own section's (第2項); the security officer publishes the next
 * version (第1項), which makes every handler of the section unacknowledged again.
 */
export function PrecautionsPage() {
  const { t } = useConsoleLocale();
  const roles = useRoles();
  const me = useSession();
  const { data, error, loading, refetch } = useGraphqlQuery(CURRENT_PRECAUTIONS, {});
  const versions = data?.handlingPrecautions.edges.map((e) => e.node) ?? [];
  const own = versions.find((version) => version.section?.id === me?.sectionId);
  const [notice, setNotice] = useState<string | undefined>(undefined);
  return (
    <Space orientation="vertical" size="large" className="page">
      <Typography.Title level={2} className="page-title">
        {t('precautionsHeading')}
      </Typography.Title>
      <Typography.Paragraph>{t('precautionsIntro')}</Typography.Paragraph>
      {notice ? <Alert type="success" showIcon role="status" title={notice} /> : null}
      <ErrorAlert error={error} />
      {canAccess(roles, 'handling-precautions', 'acknowledge') && operationGateOpen(roles, 'AcknowledgeHandlingPrecautions') ? (
        <MyAcknowledgement precautions={versions} onDone={() => setNotice(t('fxAcknowledged'))} />
      ) : null}
      {loading ? <Typography.Text type="secondary">{t('loading')}</Typography.Text> : null}
      {data && versions.length === 0 ? <Typography.Text>{t('precautionsNone')}</Typography.Text> : null}
      {versions.map((version) => (
        <PrecautionsCard key={version.id} precautions={version} roles={roles} />
      ))}
      {canAccess(roles, 'handling-precautions', 'publish') && operationGateOpen(roles, 'PublishHandlingPrecautions') && me ? (
        <PublishPanel
          key={own?.id ?? 'none'}
          sectionId={me.sectionId}
          current={own}
          onDone={() => {
            setNotice(t('fxPublished'));
            refetch();
          }}
        />
      ) : null}
    </Space>
  );
}

function PrecautionsCard({ precautions, roles }: { readonly precautions: Precautions; readonly roles: readonly Role[] }) {
  const { t, locale, date } = useConsoleLocale();
  const shown = (field: string) => bestFieldAccess(roles, 'HandlingPrecautions', field) !== 'DENIED';
  return (
    <Card
      title={<h3 className="card-title">{`${sectionName(precautions.section, locale) ?? ''} ${t('precautionsVersion', { version: precautions.version ?? '' })}`}</h3>}
      data-testid="precautions"
    >
      <Descriptions column={1} size="small" bordered>
        {PRECAUTION_CATEGORIES.filter((category) => shown(category.field)).map((category) => (
          <Descriptions.Item key={category.field} label={t(category.label)}>
            <span className="precautions__text">{precautions[category.field] ?? t('none')}</span>
          </Descriptions.Item>
        ))}
        {shown('publishedAt') ? <Descriptions.Item label={t('fxPublishedAt')}>{dateTime(date, precautions.publishedAt)}</Descriptions.Item> : null}
        {shown('contentHash') ? (
          <Descriptions.Item label={t('fxContentHash')}>
            <code className="hash">{precautions.contentHash ?? t('none')}</code>
          </Descriptions.Item>
        ) : null}
      </Descriptions>
    </Card>
  );
}

/**
 * The handler's own acknowledgement (第9条第2項): the current version of their section, if they have not
 * acknowledged it (their own designation is listed by handlersNotAcknowledged).
 */
export function MyAcknowledgement({ precautions, onDone }: { readonly precautions: readonly Precautions[]; readonly onDone?: () => void }) {
  const { t, locale } = useConsoleLocale();
  const me = useSession();
  const pending = useGraphqlQuery(HANDLERS_NOT_ACKNOWLEDGED, { first: 100 });
  const acknowledge = useGraphqlMutation(ACKNOWLEDGE_PRECAUTIONS);
  const [error, setError] = useState<unknown>(undefined);
  const mine = (pending.data?.handlersNotAcknowledged.edges ?? []).map((e) => e.node).filter((row) => row.staff?.id === me?.staffId);
  const toAcknowledge = precautions.filter((version) => mine.some((row) => row.section?.id === version.section?.id));
  if (!pending.data) return <ErrorAlert error={pending.error} />;
  return (
    <Card title={<h3 className="card-title">{t('myPrecautionsHeading')}</h3>} data-testid="my-acknowledgement">
      <RefusalAlert error={error} />
      {toAcknowledge.length === 0 ? (
        <Typography.Text>{t('myPrecautionsDone')}</Typography.Text>
      ) : (
        toAcknowledge.map((version) => (
          <Space key={version.id} orientation="vertical">
            <Alert
              type="warning"
              showIcon
              title={t('myPrecautionsPending', {
                section: sectionName(version.section, locale) ?? '',
                version: t('precautionsVersion', { version: version.version ?? '' }),
              })}
            />
            <Button
              type="primary"
              loading={acknowledge.pending}
              onClick={async () => {
                setError(undefined);
                try {
                  await acknowledge.run({ precautionsId: version.id });
                  pending.refetch();
                  onDone?.();
                } catch (e) {
                  setError(e);
                }
              }}
            >
              {t('acknowledgeButton')}
            </Button>
          </Space>
        ))
      )}
    </Card>
  );
}

type PublishValues = Record<(typeof PRECAUTION_CATEGORIES)[number]['field'], string>;

/** 第9条第1項: the next version, all five categories, from the version read (a stale one is CONFLICT). */
function PublishPanel({ sectionId, current, onDone }: { readonly sectionId: string; readonly current: Precautions | undefined; readonly onDone: () => void }) {
  const { t } = useConsoleLocale();
  const publish = useGraphqlMutation(PUBLISH_PRECAUTIONS);
  const [error, setError] = useState<unknown>(undefined);
  const [form] = Form.useForm<PublishValues>();
  const initialValues = Object.fromEntries(PRECAUTION_CATEGORIES.map((category) => [category.field, current?.[category.field] ?? '']));
  const submit = async (values: PublishValues) => {
    setError(undefined);
    try {
      await publish.run({ sectionId, expectedVersion: current?.version ?? 0, ...values });
      onDone();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <Card title={<h3 className="card-title">{t('publishHeading')}</h3>} data-testid="publish-precautions">
      <RefusalAlert error={error} />
      <Form form={form} name="publish-precautions" layout="vertical" requiredMark={false} onFinish={submit} initialValues={initialValues}>
        {PRECAUTION_CATEGORIES.map((category) => (
          <Form.Item
            key={category.field}
            name={category.field}
            label={t(category.label)}
            rules={[{ required: true, whitespace: true, message: t('fieldRequired', { field: t(category.label) }) }]}
          >
            <Input.TextArea rows={3} maxLength={4000} />
          </Form.Item>
        ))}
        <Button type="primary" htmlType="submit" loading={publish.pending}>
          {publish.pending ? t('fxSaving') : t('publishButton')}
        </Button>
      </Form>
    </Card>
  );
}
