import { useState } from 'react';
import { useLogin } from '@refinedev/core';
import { useSearchParams } from 'react-router';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { DEFAULT_PROFILE } from '@juki/policies';
import { ErrorAlert } from '../app/ErrorText';
import { useConsoleLocale } from '../i18n/console-locale';
import { EXPIRED_NOTICE, SIGNED_OUT_NOTICE, type SignInParams } from './auth.provider';

/**
 * Sign-in with the operator ID card number and the password (第19条第1項). Every failure gets the API's
 * one generic message (no hint whether the card, the password or a lock was the cause); the page says
 * how the lockout works (第19条第1項: consecutive failures lock the account until the system officer
 * unlocks it). A password that has expired or was reset leads to the forced change.
 */
export function SignInPage() {
  const { t } = useConsoleLocale();
  const [params] = useSearchParams();
  const notice = params.get('notice');
  const { mutate: login, isPending } = useLogin<SignInParams>();
  const [error, setError] = useState<unknown>(undefined);
  const [form] = Form.useForm<SignInParams>();

  const submit = (values: SignInParams) => {
    setError(undefined);
    login(values, {
      onSuccess: (result) => {
        if (!result.success) {
          setError(result.error);
          form.setFieldValue('password', '');
        }
      },
    });
  };

  return (
    <div className="sign-in">
      <Card className="sign-in__card">
        <Typography.Title level={2}>{t('signInHeading')}</Typography.Title>
        {notice === EXPIRED_NOTICE ? <Alert type="warning" showIcon role="status" title={t('sessionExpired')} /> : null}
        {notice === SIGNED_OUT_NOTICE ? <Alert type="info" showIcon role="status" title={t('signedOut')} /> : null}
        <Typography.Paragraph>{t('signInIntro')}</Typography.Paragraph>
        <ErrorAlert error={error} />
        <Form form={form} layout="vertical" requiredMark={false} onFinish={submit} className="sign-in__form">
          <Form.Item
            name="idCardNumber"
            label={t('idCardNumber')}
            rules={[{ required: true, whitespace: true, message: t('fieldRequired', { field: t('idCardNumber') }) }]}
          >
            <Input autoComplete="username" autoFocus spellCheck={false} />
          </Form.Item>
          <Form.Item name="password" label={t('password')} rules={[{ required: true, message: t('fieldRequired', { field: t('password') }) }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={isPending} block>
            {isPending ? t('signingIn') : t('signInButton')}
          </Button>
        </Form>
        <Typography.Paragraph type="secondary" className="sign-in__lockout">
          {t('signInLockoutNotice', { count: DEFAULT_PROFILE.passwords.maxConsecutiveFailures })}
        </Typography.Paragraph>
      </Card>
    </div>
  );
}
