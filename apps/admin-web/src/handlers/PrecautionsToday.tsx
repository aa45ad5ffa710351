import { Link } from 'react-router';
import { Space } from 'antd';
import type { Role } from '@juki/policies';
import { canAccess, operationGateOpen, readsBeyondSelf } from '../access/console-access';
import { useGraphqlQuery } from '../graphql/use-graphql';
import { useConsoleLocale } from '../i18n/console-locale';
import { CURRENT_PRECAUTIONS } from './handlers.operations';
import { NotAcknowledged } from './HandlersPage';
import { MyAcknowledgement } from './PrecautionsPage';

/**
 * "Today" for 第9条第2項: a handler sees (and may acknowledge) their own unacknowledged precautions; the
 * officers and the leadership who read the handler ledger see who has not acknowledged.
 */
export function PrecautionsToday({ roles }: { readonly roles: readonly Role[] }) {
  const handler = canAccess(roles, 'handling-precautions', 'acknowledge') && operationGateOpen(roles, 'AcknowledgeHandlingPrecautions');
  const overseer = canAccess(roles, 'handlers', 'unacknowledged') && readsBeyondSelf(roles, 'HandlerDesignation');
  if (!handler && !overseer) return null;
  return (
    <Space orientation="vertical" size="large" className="page">
      {handler && canAccess(roles, 'handling-precautions', 'list') ? <OwnPrecautions /> : null}
      {overseer ? <NotAcknowledged roles={roles} compact /> : null}
    </Space>
  );
}

function OwnPrecautions() {
  const { t } = useConsoleLocale();
  const { data } = useGraphqlQuery(CURRENT_PRECAUTIONS, {});
  if (!data) return null;
  return (
    <Space orientation="vertical" className="page">
      <MyAcknowledgement precautions={data.handlingPrecautions.edges.map((e) => e.node)} />
      <Link to="/precautions">{t('openPrecautions')}</Link>
    </Space>
  );
}
