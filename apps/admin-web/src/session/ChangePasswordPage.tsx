import { useCallback, useMemo, useState } from 'react';
import { useUpdatePassword } from '@refinedev/core';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import type { PasswordContext, PasswordStrengthResult } from '@juki/policies';
import { ErrorAlert } from '../app/ErrorText';
import { useConsoleLocale } from '../i18n/console-locale';
import { useSession } from '../session/session-context';
import { PasswordStrengthMeter } from '../passwords/PasswordStrengthMeter';
import type { ChangePasswordParams } from './auth.provider';

interface ChangePasswordForm extends ChangePasswordParams {
  readonly confirmPassword: string;
}

/**
 * Changing one's own password (第21条第4項), forced when it has expired (第21条第1項) or was reset. The
 * meter runs the shared 第21条第2項 rule with the person's own data (employee number, names, the card
 * number entered at sign-in); the API checks again, with the birth date too, and its refusal is shown.
 */
export function ChangePasswordPage(props: { readonly signedInCardNumber: () => string | undefined }) {
  const { t } = useConsoleLocale();
  const identity = useSession();
  const { mutate: updatePassword, isPending } = useUpdatePassword<ChangePasswordParams>();
  const [error, setError] = useState<unknown>(undefined);
  const [verdict, setVerdict] = useState<PasswordStrengthResult | undefined>(undefined);
  const [form] = Form.useForm<ChangePasswordForm>();
  const newPassword = Form.useWatch('newPassword', form) ?? '';
  const cardNumber = props.signedInCardNumber();

  const context = useMemo<PasswordContext>(
    () => ({
      ...(identity ? { userId: identity.employeeNumber, names: [identity.name, identity.nameKana] } : {}),
      ...(cardNumber ? { idCardNumber: cardNumber } : {}),
    }),
    [identity, cardNumber],
  );
  const onResult = useCallback((result: PasswordStrengthResult | undefined) => setVerdict(result), []);

  const submit = ({ currentPassword, newPassword: next }: ChangePasswordForm) => {
    setError(undefined);
    updatePassword(
      { currentPassword, newPassword: next },
      {
        onSuccess: (result) => {
          if (!result.success) setError(result.error);
        },
      },
    );
  };

  return (
    <div className="sign-in">
      <Card className="sign-in__card sign-in__card--wide">
        <Typography.Title level={2}>{t('changePasswordHeading')}</Typography.Title>
        {identity?.passwordChangeRequired ? <Alert type="warning" showIcon role="status" title={t('changePasswordRequired')} /> : null}
        <ErrorAlert error={error} />
        <Form form={form} layout="vertical" requiredMark={false} onFinish={submit}>
          <Form.Item
            name="currentPassword"
            label={t('currentPassword')}
            rules={[{ required: true, message: t('fieldRequired', { field: t('currentPassword') }) }]}
          >
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Form.Item name="newPassword" label={t('newPassword')} rules={[{ required: true, message: t('fieldRequired', { field: t('newPassword') }) }]}>
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <PasswordStrengthMeter password={newPassword} context={context} onResult={onResult} />
          <Form.Item
            name="confirmPassword"
            label={t('confirmPassword')}
            dependencies={['newPassword']}
            rules={[
              { required: true, message: t('fieldRequired', { field: t('confirmPassword') }) },
              ({ getFieldValue }) => ({
                validator: async (_rule, value) => {
                  if (value && value !== getFieldValue('newPassword')) throw new Error(t('passwordsDiffer'));
                },
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={isPending} disabled={verdict !== undefined && !verdict.ok} block>
            {t('changePasswordButton')}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
