import { useState } from 'react';
import { Alert, Button, Card, Checkbox, Form, Input, Radio, Select, Space, Typography } from 'antd';
import { allowedDisposalMethods, CARD_DISPOSAL_REASON_LABELS, DISPOSAL_METHOD_LABELS } from '@juki/policies';
import { canAccess } from '../access/console-access';
import { ErrorAlert } from '../app/ErrorText';
import type {
  CardDisposalMethod,
  CardDisposalReason,
  RecordableCardMovement,
  ResidentCardFieldsFragment,
  ResidentCardLossKind,
  ResidentCardState,
} from '../graphql/generated/graphql';
import { useGraphqlMutation, useGraphqlQuery } from '../graphql/use-graphql';
import { CARD_MOVEMENT_KIND_LABELS, RESIDENT_CARD_LOSS_KIND_LABELS, RESIDENT_CARD_STATE_LABELS } from '../i18n/enum-labels';
import { useConsoleLocale } from '../i18n/console-locale';
import { notificationsChanged } from '../notifications/notifications-refresh';
import { useRoles } from '../session/session-context';
import { mayDispose, mayReportLoss, movementsFor, reasonsFor, todayInJapan } from './card-actions';
import { CARD_STORAGE_PLACES, DISPOSE_RESIDENT_CARD, RECORD_CARD_MOVEMENT, REPORT_RESIDENT_CARD_LOST } from './cards.operations';

interface CardActionProps {
  readonly card: ResidentCardFieldsFragment;
  readonly onRecorded: () => void;
}

/**
 * What may be recorded for one card, by the roles the matrix allows and the card's state: a movement
 * (第10条の2第1項), a loss or theft (第10条の2第2項) or its disposal (第10条の3). Inline, not a modal (CSP).
 */
export function CardActionPanel({ card, onClose, onRecorded }: CardActionProps & { readonly onClose: () => void }) {
  const { t, locale } = useConsoleLocale();
  const roles = useRoles();
  const state = card.state as ResidentCardState;
  const forms = [
    canAccess(roles, 'resident-cards', 'move') && movementsFor(state).length > 0 ? <MovementForm key="move" card={card} onRecorded={onRecorded} /> : null,
    canAccess(roles, 'resident-cards', 'dispose') && mayDispose(state) ? <DisposalForm key="dispose" card={card} onRecorded={onRecorded} /> : null,
    canAccess(roles, 'resident-cards', 'report-loss') && mayReportLoss(state) ? <LossReportForm key="loss" card={card} onRecorded={onRecorded} /> : null,
  ];
  return (
    <section className="card-actions" aria-labelledby="card-actions-heading" data-testid="card-actions">
      <Space className="card-actions__header" wrap>
        <Typography.Title level={3} id="card-actions-heading" className="card-title">
          {t('cardActionsHeading', { serial: card.serial ?? '', state: RESIDENT_CARD_STATE_LABELS[state][locale] })}
        </Typography.Title>
        <Button onClick={onClose}>{t('cardsClose')}</Button>
      </Space>
      <Space orientation="vertical" size="middle" className="page">
        {forms}
      </Space>
    </section>
  );
}

interface MovementValues {
  readonly kind: RecordableCardMovement;
  readonly reason?: CardDisposalReason;
  readonly toPlaceId?: string;
}

function MovementForm({ card, onRecorded }: CardActionProps) {
  const { t, locale, pick } = useConsoleLocale();
  const state = card.state as ResidentCardState;
  const kinds = movementsFor(state);
  const [form] = Form.useForm<MovementValues>();
  const kind = Form.useWatch('kind', form);
  const places = useGraphqlQuery(CARD_STORAGE_PLACES, { sectionId: card.section?.id ?? null }, { enabled: kind === 'TRANSFERRED' });
  const record = useGraphqlMutation(RECORD_CARD_MOVEMENT);
  const [error, setError] = useState<unknown>(undefined);
  const reasons = kind ? reasonsFor(kind, state) : [];

  const submit = async (values: MovementValues) => {
    setError(undefined);
    try {
      await record.run({
        cardId: card.id,
        kind: values.kind,
        version: card.version ?? 0,
        ...(values.reason ? { reason: values.reason } : {}),
        ...(values.toPlaceId ? { toPlaceId: values.toPlaceId } : {}),
      });
      onRecorded();
    } catch (e) {
      setError(e);
    }
  };

  return (
    <Card title={<h4 className="card-title">{t('recordMovementHeading')}</h4>} data-testid="card-movement-form">
      <ErrorAlert error={error ?? places.error} />
      <Form form={form} layout="vertical" requiredMark={false} onFinish={submit} initialValues={{ kind: kinds[0] }}>
        <Form.Item name="kind" label={t('cardMovementKind')} rules={[{ required: true, message: t('fieldRequired', { field: t('cardMovementKind') }) }]}>
          <Radio.Group
            onChange={() => form.setFieldsValue({ reason: undefined, toPlaceId: undefined })}
            options={kinds.map((k) => ({ value: k, label: CARD_MOVEMENT_KIND_LABELS[k][locale] }))}
          />
        </Form.Item>
        {reasons.length > 0 ? (
          <Form.Item name="reason" label={t('cardDisposalReason')} rules={[{ required: true, message: t('fieldRequired', { field: t('cardDisposalReason') }) }]}>
            <Select options={reasons.map((r) => ({ value: r, label: pick(CARD_DISPOSAL_REASON_LABELS[r]) }))} />
          </Form.Item>
        ) : null}
        {kind === 'TRANSFERRED' ? (
          <Form.Item name="toPlaceId" label={t('cardToPlace')} rules={[{ required: true, message: t('fieldRequired', { field: t('cardToPlace') }) }]}>
            <Select
              loading={places.loading}
              options={(places.data?.storagePlaces.edges ?? [])
                .map(({ node }) => node)
                .filter((place) => place.id !== card.placeId)
                .map((place) => ({ value: place.id, label: place.name ?? '' }))}
            />
          </Form.Item>
        ) : null}
        <Button type="primary" htmlType="submit" loading={record.pending}>
          {t('recordMovement')}
        </Button>
      </Form>
    </Card>
  );
}

interface LossValues {
  readonly kind: ResidentCardLossKind;
  readonly discoveredAt: string;
  readonly circumstances: string;
}

/** 第10条の2第2項: reported at once; the API notifies the system officer in the same transaction. */
function LossReportForm({ card, onRecorded }: CardActionProps) {
  const { t, locale } = useConsoleLocale();
  const report = useGraphqlMutation(REPORT_RESIDENT_CARD_LOST);
  const [error, setError] = useState<unknown>(undefined);
  const [form] = Form.useForm<LossValues>();

  const submit = async (values: LossValues) => {
    setError(undefined);
    try {
      await report.run({
        cardId: card.id,
        kind: values.kind,
        discoveredAt: new Date(values.discoveredAt).toISOString(),
        circumstances: values.circumstances.trim(),
        version: card.version ?? 0,
      });
      notificationsChanged();
      onRecorded();
    } catch (e) {
      setError(e);
    }
  };

  return (
    <Card title={<h4 className="card-title">{t('lossReportHeading')}</h4>} data-testid="card-loss-form">
      <Alert type="warning" showIcon title={t('lossReportNote')} className="panel-note" />
      <ErrorAlert error={error} />
      <Form form={form} layout="vertical" requiredMark={false} onFinish={submit} initialValues={{ kind: 'LOST' }}>
        <Form.Item name="kind" label={t('cardLossKind')}>
          <Radio.Group options={(['LOST', 'STOLEN'] as const).map((k) => ({ value: k, label: RESIDENT_CARD_LOSS_KIND_LABELS[k][locale] }))} />
        </Form.Item>
        <Form.Item
          name="discoveredAt"
          label={t('cardDiscoveredAt')}
          rules={[
            { required: true, message: t('fieldRequired', { field: t('cardDiscoveredAt') }) },
            {
              validator: async (_rule, value?: string) => {
                if (value && new Date(value).getTime() > Date.now()) throw new Error(t('cardsNotInFuture', { field: t('cardDiscoveredAt') }));
              },
            },
          ]}
        >
          <Input type="datetime-local" />
        </Form.Item>
        <Form.Item
          name="circumstances"
          label={t('cardLossCircumstances')}
          rules={[{ required: true, whitespace: true, message: t('fieldRequired', { field: t('cardLossCircumstances') }) }]}
        >
          <Input.TextArea rows={3} maxLength={1000} showCount />
        </Form.Item>
        <Button type="primary" danger htmlType="submit" loading={report.pending}>
          {t('reportLoss')}
        </Button>
      </Form>
    </Card>
  );
}

interface DisposalValues {
  readonly method: CardDisposalMethod;
  readonly methodDescription?: string;
  readonly icChipDestroyed: boolean;
  readonly performer: string;
  readonly witness: string;
  readonly disposedOn: string;
}

const CARD_METHODS = allowedDisposalMethods('RESIDENT_CARD') as readonly CardDisposalMethod[];

/**
 * 第10条の3: disposal by 焼却・溶解・裁断等 with the IC chip physically destroyed (第3号), performer and witness.
 * The button stays disabled until the chip's destruction is confirmed; should that be bypassed, the API
 * refuses the disposal and its refusal is shown as it words it.
 */
function DisposalForm({ card, onRecorded }: CardActionProps) {
  const { t, pick, date } = useConsoleLocale();
  const dispose = useGraphqlMutation(DISPOSE_RESIDENT_CARD);
  const [error, setError] = useState<unknown>(undefined);
  const [form] = Form.useForm<DisposalValues>();
  const method = Form.useWatch('method', form);
  const chipDestroyed = Form.useWatch('icChipDestroyed', form) === true;
  const today = todayInJapan();

  const submit = async (values: DisposalValues) => {
    setError(undefined);
    try {
      await dispose.run({
        cardId: card.id,
        version: card.version ?? 0,
        method: values.method,
        ...(values.method === 'OTHER' && values.methodDescription ? { methodDescription: values.methodDescription.trim() } : {}),
        icChipDestroyed: values.icChipDestroyed === true,
        performer: values.performer.trim(),
        witness: values.witness.trim(),
        disposedOn: values.disposedOn,
      });
      onRecorded();
    } catch (e) {
      setError(e);
    }
  };

  return (
    <Card title={<h4 className="card-title">{t('disposalHeading')}</h4>} data-testid="card-disposal-form">
      {card.disposalReason ? (
        <Typography.Paragraph>
          {t('disposalReasonGiven', { reason: pick(CARD_DISPOSAL_REASON_LABELS[card.disposalReason]), since: date(card.awaitingDisposalSince) })}
        </Typography.Paragraph>
      ) : null}
      <ErrorAlert error={error} />
      <Form form={form} layout="vertical" requiredMark={false} onFinish={submit} initialValues={{ disposedOn: today, icChipDestroyed: false }}>
        <Form.Item name="method" label={t('cardDisposalMethod')} rules={[{ required: true, message: t('fieldRequired', { field: t('cardDisposalMethod') }) }]}>
          <Radio.Group options={CARD_METHODS.map((m) => ({ value: m, label: pick(DISPOSAL_METHOD_LABELS[m]) }))} />
        </Form.Item>
        {method === 'OTHER' ? (
          <Form.Item
            name="methodDescription"
            label={t('disposalMethodDescription')}
            rules={[{ required: true, whitespace: true, message: t('fieldRequired', { field: t('disposalMethodDescription') }) }]}
          >
            <Input maxLength={200} />
          </Form.Item>
        ) : null}
        <Form.Item name="icChipDestroyed" valuePropName="checked" extra={chipDestroyed ? undefined : <span data-testid="ic-chip-required">{t('icChipRequired')}</span>}>
          <Checkbox>{t('icChipDestroyed')}</Checkbox>
        </Form.Item>
        <Form.Item name="performer" label={t('cardPerformer')} rules={[{ required: true, whitespace: true, message: t('fieldRequired', { field: t('cardPerformer') }) }]}>
          <Input maxLength={100} autoComplete="off" />
        </Form.Item>
        <Form.Item name="witness" label={t('cardWitness')} rules={[{ required: true, whitespace: true, message: t('fieldRequired', { field: t('cardWitness') }) }]}>
          <Input maxLength={100} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="disposedOn"
          label={t('cardDisposedOn')}
          rules={[
            { required: true, message: t('fieldRequired', { field: t('cardDisposedOn') }) },
            {
              validator: async (_rule, value?: string) => {
                if (value && value > today) throw new Error(t('cardsNotInFuture', { field: t('cardDisposedOn') }));
              },
            },
          ]}
        >
          <Input type="date" max={today} />
        </Form.Item>
        <Button type="primary" danger htmlType="submit" disabled={!chipDestroyed} loading={dispose.pending} data-testid="dispose-card">
          {t('disposeCard')}
        </Button>
      </Form>
    </Card>
  );
}
