import { useEffect, useRef } from 'react';

/** How often the console asks for new notifications (第10条の2第2項: the system officer is told at once). */
export const NOTIFICATION_POLL_MS = 30_000;

const changes = new EventTarget();

/** Tells every notification view on the page (header count, dashboard list) to ask the API again. */
export function notificationsChanged(): void {
  changes.dispatchEvent(new Event('changed'));
}

/** Runs `refresh` every NOTIFICATION_POLL_MS while the page is shown, and whenever notificationsChanged() is called. */
export function useNotificationRefresh(refresh: () => void, intervalMs: number = NOTIFICATION_POLL_MS): void {
  const latest = useRef(refresh);
  latest.current = refresh;
  useEffect(() => {
    const run = () => latest.current();
    changes.addEventListener('changed', run);
    const timer = setInterval(() => {
      if (typeof document === 'undefined' || document.visibilityState !== 'hidden') run();
    }, intervalMs);
    return () => {
      changes.removeEventListener('changed', run);
      clearInterval(timer);
    };
  }, [intervalMs]);
}
