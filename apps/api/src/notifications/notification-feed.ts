import { randomUUID } from 'node:crypto';
import { NotificationEntity, notificationVisible, type Authenticated, type Principal } from '@juki/domain';
import { operationRule } from '@juki/policies';
import type { DataSource } from 'typeorm';
import type { Logger } from '../app/logger';
import type { ApiContext } from '../graphql/api-context';
import { requestScope } from '../graphql/authorization/request-scope';
import type { IdentityRuntime } from '../identity/identity-runtime';
import { AsyncQueue } from './async-queue';
import { NOTIFICATION, notificationOwner, toNotificationType } from './notification.mapper';
import type { NotificationType } from './notification.type';

export const NOTIFICATION_ADDED_OPERATION = 'Subscription.notificationAdded';

/** WebSocket close codes of graphql-ws's family: 4401 unauthorized, 4403 forbidden. */
export const CLOSE_UNAUTHORIZED = 4401;
export const CLOSE_FORBIDDEN = 4403;

export interface NotificationFeedOptions {
  readonly dataSource: DataSource;
  readonly identity: IdentityRuntime;
  readonly logger: Logger;
  /**
   * How often the process polls the notification table (ms). 0: never by itself — the caller drives
   * `poll()` (tests move the clock and poll; nothing sleeps). Default 1,000.
   */
  readonly pollIntervalMs?: number;
  /** Rows read per statement (the loop continues until a short batch). */
  readonly batchSize?: number;
}

/** One open `notificationAdded` subscription of this process. */
export interface NotificationSubscriber {
  /** The secret the socket authenticated with, re-checked before every delivery (held in memory only). */
  readonly token: string;
  /** The socket's context (request id, source, data source, identity); principal and date are refreshed per delivery. */
  readonly context: ApiContext;
  /** Closes the subscriber's socket (its session ended, its roles no longer allow the subscription). */
  readonly close: (code: number, reason: string) => void;
  /** The session's idle / absolute expiry as last seen (null for a ward system's token). */
  expiresAt: Date | null;
}

/**
 * Delivers notifications to this process's subscribers, whichever process wrote them: API processes are
 * stateless and share one database, so there is no in-process pub/sub here. Each process polls
 * `notification` by its `sequence` (keyset: `sequence > last seen`, strictly increasing in commit order —
 * see `notify`), maps each new row for each subscriber under THAT subscriber's row scope and field access
 * (re-authenticated at the moment of delivery, with the date of that moment), and pushes it. A subscriber
 * whose session or token no longer authenticates, or whose roles no longer allow the subscription, is
 * closed without receiving anything more. Only notifications written after the process started are pushed
 * (the dashboard reads older ones with `notifications`).
 */
export class NotificationFeed {
  private readonly subscribers = new Map<AsyncQueue<NotificationType>, NotificationSubscriber>();
  private lastSequence: number | null = null;
  private polling: Promise<number> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;
  private failing = false;
  private readonly batchSize: number;

  constructor(private readonly options: NotificationFeedOptions) {
    this.batchSize = options.batchSize ?? 200;
  }

  /**
   * Reads where the table ends now (only later notifications are pushed) and starts the poll timer. On a
   * database not migrated yet (/readyz says 503) it starts anyway and finds the end at its first good poll.
   */
  async start(): Promise<void> {
    this.lastSequence = await this.maxSequence().catch(() => null);
    const interval = this.options.pollIntervalMs ?? 1_000;
    if (interval > 0) {
      this.timer = setInterval(() => void this.pollLogged(), interval);
      this.timer.unref();
    }
  }

  /** A timer's poll: a failure is logged once until polling works again (not once a second). */
  private async pollLogged(): Promise<void> {
    try {
      await this.poll();
      this.failing = false;
    } catch (error) {
      if (!this.failing) this.options.logger.error('notifications.poll_failed', { error: error instanceof Error ? error : String(error) });
      this.failing = true;
    }
  }

  /** Stops polling and ends every subscription (the sockets are closed by the WebSocket server). */
  stop(): void {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    for (const queue of [...this.subscribers.keys()]) void queue.return();
  }

  get subscriberCount(): number {
    return this.subscribers.size;
  }

  /** A new subscription: an async iterator of the notifications the subscriber may read, as they come. */
  subscribe(subscriber: NotificationSubscriber): AsyncIterableIterator<NotificationType> {
    const queue: AsyncQueue<NotificationType> = new AsyncQueue<NotificationType>(() => this.subscribers.delete(queue));
    if (this.stopped) void queue.return();
    else this.subscribers.set(queue, subscriber);
    return queue;
  }

  /**
   * Reads the notifications committed since the last poll and delivers them; returns how many rows were
   * read. Concurrent calls share one poll. Subscribers past their session's expiry are closed first.
   */
  poll(): Promise<number> {
    this.polling ??= this.pollOnce().finally(() => (this.polling = null));
    return this.polling;
  }

  private async pollOnce(): Promise<number> {
    if (this.stopped) return 0;
    if (this.lastSequence === null) this.lastSequence = await this.maxSequence();
    const now = this.options.identity.clock();
    for (const [queue, subscriber] of this.subscribers) {
      if (subscriber.expiresAt !== null && now.getTime() >= subscriber.expiresAt.getTime()) this.end(queue, subscriber, CLOSE_UNAUTHORIZED, 'Session expired');
    }
    let read = 0;
    for (;;) {
      const rows = await this.options.dataSource
        .getRepository(NotificationEntity)
        .createQueryBuilder('n')
        .where('n.sequence > :last', { last: this.lastSequence })
        .orderBy('n.sequence', 'ASC')
        .limit(this.batchSize)
        .getMany();
      if (rows.length === 0) break;
      read += rows.length;
      this.lastSequence = (rows[rows.length - 1] as NotificationEntity).sequence;
      await this.deliver(rows, now);
      if (rows.length < this.batchSize) break;
    }
    return read;
  }

  private async deliver(rows: readonly NotificationEntity[], now: Date): Promise<void> {
    for (const [queue, subscriber] of [...this.subscribers]) {
      if (queue.done) continue;
      const authenticated = await this.options.identity.authenticate(subscriber.token, now).catch(() => null);
      const principal = usablePrincipal(authenticated, subscriber.context.identity.via);
      if (!principal) {
        this.end(queue, subscriber, CLOSE_UNAUTHORIZED, 'Session ended');
        continue;
      }
      subscriber.expiresAt = authenticated?.kind === 'STAFF' ? earliest(authenticated.expiresAt, authenticated.absoluteExpiresAt) : null;
      // A fresh context per delivery: today's roles and row scope, and loaders that start empty.
      const context: ApiContext = { ...subscriber.context, principal, requestedAt: now, requestId: randomUUID() };
      const scope = requestScope(context);
      if (!subscriptionAllowed(scope.roles)) {
        this.end(queue, subscriber, CLOSE_FORBIDDEN, 'Forbidden');
        continue;
      }
      const filter = scope.rowFilter(NOTIFICATION);
      for (const row of rows) {
        if (!notificationVisible(filter, row.sectionId)) continue;
        const mapped = toNotificationType(row, scope.access(NOTIFICATION, notificationOwner(row)), null);
        mapped.deliveryContext = context;
        queue.push(mapped);
      }
    }
  }

  private end(queue: AsyncQueue<NotificationType>, subscriber: NotificationSubscriber, code: number, reason: string): void {
    this.subscribers.delete(queue);
    void queue.return();
    subscriber.close(code, reason);
  }

  private async maxSequence(): Promise<number> {
    const raw = (await this.options.dataSource.query('SELECT MAX(sequence) AS last FROM notification')) as { last: number | string | null }[];
    const last = raw[0]?.last;
    return last === null || last === undefined ? 0 : Number(last);
  }
}

/** The principal of a re-authenticated socket; a ward system's token only if it came as Bearer (never as a cookie). */
export function usablePrincipal(authenticated: Authenticated | null, via: 'cookie' | 'bearer' | null): Principal | null {
  if (!authenticated) return null;
  if (authenticated.kind !== 'STAFF' && via !== 'bearer') return null;
  if (authenticated.kind === 'STAFF' && authenticated.passwordChangeRequired) return null;
  return authenticated.principal;
}

/** Whether roles may hold the subscription (OPERATION_MATRIX). */
export function subscriptionAllowed(roles: readonly string[]): boolean {
  const rule = operationRule(NOTIFICATION_ADDED_OPERATION);
  if (!rule || rule.audience === 'PUBLIC') return false;
  if (rule.audience === 'AUTHENTICATED') return roles.length > 0;
  return roles.some((role) => (rule.audience as readonly string[]).includes(role));
}

function earliest(a: Date, b: Date): Date {
  return a.getTime() <= b.getTime() ? a : b;
}
