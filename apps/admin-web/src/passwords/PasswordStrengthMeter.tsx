import { useEffect, useId, useMemo, useState } from 'react';
import { Progress, Typography } from 'antd';
import type { PasswordContext, PasswordStrengthResult } from '@juki/policies';
import { useConsoleLocale } from '../i18n/console-locale';

type Engine = typeof import('./password-meter.engine');

let enginePromise: Promise<Engine> | undefined;
/** The estimator and its dictionaries, fetched once, on first use (a separate chunk). */
export function loadPasswordMeterEngine(): Promise<Engine> {
  enginePromise ??= import('./password-meter.engine');
  return enginePromise;
}

export interface PasswordStrengthMeterProps {
  readonly password: string;
  readonly context: PasswordContext;
  readonly onResult?: (result: PasswordStrengthResult | undefined) => void;
}

const STROKE: readonly string[] = ['#a8071a', '#d4380d', '#ad6800', '#237804', '#135200'];

/** A live meter over the shared 第21条第2項 rule: score 0–4 and every violation, in the language shown. */
export function PasswordStrengthMeter({ password, context, onResult }: PasswordStrengthMeterProps) {
  const { t, pick } = useConsoleLocale();
  const labelId = useId();
  const [engine, setEngine] = useState<Engine | undefined>(undefined);

  useEffect(() => {
    let live = true;
    void loadPasswordMeterEngine().then((loaded) => {
      if (live) setEngine(loaded);
    });
    return () => {
      live = false;
    };
  }, []);

  // `context` must be stable (memoised by the caller): the rule runs once per keystroke, not per render.
  const result = useMemo(() => (engine && password !== '' ? engine.evaluatePassword(password, context) : undefined), [engine, password, context]);
  useEffect(() => onResult?.(result), [result, onResult]);

  return (
    <section className="password-meter" aria-labelledby={labelId} aria-live="polite" data-testid="password-meter">
      <Typography.Text strong id={labelId}>
        {t('strengthLabel')}
      </Typography.Text>
      {!engine ? (
        <Typography.Paragraph type="secondary">{t('strengthLoading')}</Typography.Paragraph>
      ) : !result ? (
        <Typography.Paragraph type="secondary">{t('strengthEmpty')}</Typography.Paragraph>
      ) : (
        <>
          <Progress
            percent={(result.score / 4) * 100}
            steps={4}
            showInfo={false}
            strokeColor={STROKE[result.score]}
            aria-label={t('strengthScore', { score: result.score })}
          />
          <Typography.Paragraph data-testid="password-score">{t('strengthScore', { score: result.score })}</Typography.Paragraph>
          {result.ok ? (
            <Typography.Paragraph type="success">{t('strengthOk')}</Typography.Paragraph>
          ) : (
            <ul className="password-meter__violations">
              {result.violations.map((v) => (
                <li key={v.code}>
                  {pick(v.message)}
                  <span lang="ja" className="password-meter__article">
                    {v.article}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      <Typography.Paragraph type="secondary" className="password-meter__note">
        {t('strengthNote')}
      </Typography.Paragraph>
    </section>
  );
}
