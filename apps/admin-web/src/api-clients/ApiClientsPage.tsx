import { useState } from 'react';
import { Alert, Button, Card, Checkbox, Form, Input, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { integrationScopes } from '@juki/policies';
import { canAccess, visibleColumns } from '../access/console-access';
import { ErrorAlert } from '../app/ErrorText';
import type { ApiClientsQuery } from '../graphql/generated/graphql';
import { useGraphqlMutation, useGraphqlQuery } from '../graphql/use-graphql';
import { useConsoleLocale } from '../i18n/console-locale';
import { useRoles } from '../session/session-context';
import { API_CLIENTS, CREATE_API_CLIENT, JUKI_NET_SECTIONS, REVOKE_API_CLIENT } from './api-clients.operations';

type ClientRow = ApiClientsQuery['apiClients']['edges'][number]['node'];

export const API_CLIENTS_PAGE_SIZE = 100;

/**
 * Ward systems' API clients (第19条の2): the list for its periodic review and, for the system officer,
 * creating one (its token is shown this once: the API keeps only a hash) and revoking one.
 */
export function ApiClientsPage() {
  const { t, locale, date } = useConsoleLocale();
  const roles = useRoles();
  const [after, setAfter] = useState<string | undefined>(undefined);
  const { data, error, loading, refetch } = useGraphqlQuery(API_CLIENTS, { first: API_CLIENTS_PAGE_SIZE, ...(after ? { after } : {}) });
  const revoke = useGraphqlMutation(REVOKE_API_CLIENT);
  const [actionError, setActionError] = useState<unknown>(undefined);
  const connection = data?.apiClients;
  const mayRevoke = canAccess(roles, 'api-clients', 'revoke');

  const columns = visibleColumns(roles, 'ApiClient', [
    { field: 'name', key: 'name', title: t('clientName'), dataIndex: 'name' },
    {
      field: 'section',
      key: 'section',
      title: t('section'),
      render: (_: unknown, row: ClientRow) => (row.section ? (locale === 'ja' ? row.section.name : row.section.nameEn) : t('none')),
    },
    {
      field: 'scopes',
      key: 'scopes',
      title: t('scopes'),
      render: (_: unknown, row: ClientRow) => (row.scopes ?? []).map((scope) => <Tag key={scope}>{scope}</Tag>),
    },
    { field: 'createdAt', key: 'createdAt', title: t('createdAt'), render: (_: unknown, row: ClientRow) => date(row.createdAt) },
    { field: 'lastUsedAt', key: 'lastUsedAt', title: t('lastUsedAt'), render: (_: unknown, row: ClientRow) => date(row.lastUsedAt) },
    {
      field: 'revokedAt',
      key: 'revokedAt',
      title: t('status'),
      render: (_: unknown, row: ClientRow) =>
        row.revokedAt ? <Tag color="red">{`${t('revoked')} ${date(row.revokedAt)}`}</Tag> : <Tag color="green">{t('active')}</Tag>,
    },
  ]);
  const actionColumn = {
    key: 'actions',
    title: t('actions'),
    render: (_: unknown, row: ClientRow) =>
      row.revokedAt ? null : (
        <Popconfirm
          title={t('revokeConfirm', { name: row.name ?? '' })}
          okText={t('revokeOk')}
          cancelText={t('cancel')}
          okButtonProps={{ danger: true }}
          onConfirm={async () => {
            setActionError(undefined);
            try {
              await revoke.run({ id: row.id });
              refetch();
            } catch (e) {
              setActionError(e);
            }
          }}
        >
          <Button danger size="small">
            {t('revoke')}
          </Button>
        </Popconfirm>
      ),
  };

  return (
    <Space orientation="vertical" size="large" className="page">
      <Typography.Title level={2} className="page-title">
        {t('apiClientsHeading')}
      </Typography.Title>
      <Typography.Paragraph>{t('apiClientsIntro')}</Typography.Paragraph>
      {canAccess(roles, 'api-clients', 'create') ? <CreateApiClient onCreated={refetch} /> : null}
      <Card extra={connection ? t('totalCount', { count: connection.totalCount }) : null} data-testid="api-clients">
        <ErrorAlert error={error ?? actionError} />
        <div className="table-scroll-x">
        <Table<ClientRow>
          rowKey="id"
          size="small"
          loading={loading}
          pagination={false}
          dataSource={connection?.edges.map((e) => e.node) ?? []}
          columns={mayRevoke ? [...columns, actionColumn] : columns}
          locale={{ emptyText: t('emptyList') }}
        />
        </div>
        {connection?.pageInfo.hasNextPage && connection.pageInfo.endCursor ? (
          <Button className="pager" onClick={() => setAfter(connection.pageInfo.endCursor ?? undefined)}>
            {t('olderPage')}
          </Button>
        ) : null}
      </Card>
    </Space>
  );
}

interface CreateForm {
  readonly name: string;
  readonly sectionId: string;
  readonly scopes: string[];
}

function CreateApiClient({ onCreated }: { readonly onCreated: () => void }) {
  const { t, locale } = useConsoleLocale();
  const sections = useGraphqlQuery(JUKI_NET_SECTIONS, {});
  const create = useGraphqlMutation(CREATE_API_CLIENT);
  const [error, setError] = useState<unknown>(undefined);
  const [token, setToken] = useState<string | undefined>(undefined);
  const [form] = Form.useForm<CreateForm>();
  const options = (sections.data?.organisationUnits.edges ?? [])
    .map((e) => e.node)
    .filter((unit) => unit.usesJukiNet)
    .map((unit) => ({ value: unit.id, label: locale === 'ja' ? unit.name : unit.nameEn }));

  const submit = async (values: CreateForm) => {
    setError(undefined);
    try {
      const { createApiClient } = await create.run({ name: values.name, sectionId: values.sectionId, scopes: values.scopes });
      setToken(createApiClient.token);
      form.resetFields();
      onCreated();
    } catch (e) {
      setError(e);
    }
  };

  return (
    <Card title={<h3 className="card-title">{t('createApiClient')}</h3>} data-testid="create-api-client">
      <ErrorAlert error={error ?? sections.error} />
      <Form form={form} layout="vertical" requiredMark={false} onFinish={submit}>
        <Form.Item name="name" label={t('clientName')} rules={[{ required: true, whitespace: true, message: t('fieldRequired', { field: t('clientName') }) }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="sectionId" label={t('section')} rules={[{ required: true, message: t('fieldRequired', { field: t('section') }) }]}>
          <Select options={options} loading={sections.loading} showSearch={{ optionFilterProp: 'label' }} />
        </Form.Item>
        <Form.Item
          name="scopes"
          label={t('scopes')}
          rules={[
            {
              // A validator, not `required`: antd would put aria-required on the group, which ARIA does not allow there.
              validator: async (_rule, value?: readonly string[]) => {
                if (!value || value.length === 0) throw new Error(t('fieldRequired', { field: t('scopes') }));
              },
            },
          ]}
        >
          <Checkbox.Group role="group" aria-label={t('scopes')} options={integrationScopes().map((scope) => ({ value: scope, label: scope }))} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={create.pending}>
          {create.pending ? t('creating') : t('createApiClient')}
        </Button>
      </Form>
      {token !== undefined ? (
        // Inline, not a modal: a modal locks scrolling with an injected <style>, which the CSP refuses.
        <section className="token-once" role="alertdialog" aria-labelledby="api-client-token-heading" data-testid="api-client-token-panel">
          <Alert
            type="warning"
            showIcon
            title={<span id="api-client-token-heading">{t('tokenOnceHeading')}</span>}
            description={t('tokenOnceBody')}
          />
          <Typography.Paragraph copyable={{ text: token }} className="token-once" data-testid="api-client-token">
            <code>{token}</code>
          </Typography.Paragraph>
          <Button type="primary" onClick={() => setToken(undefined)}>
            {t('tokenDismiss')}
          </Button>
        </section>
      ) : null}
    </Card>
  );
}
