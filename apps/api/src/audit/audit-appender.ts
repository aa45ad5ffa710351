import { appendAuditEvents, validateAuditEventInput, type AuditEventInput } from '@juki/domain';
import type { DataSource } from 'typeorm';
import { withTransaction, type TransactionOptions } from '../database/with-transaction';

/** Events per transaction at most (one INSERT per 200 rows inside it). */
export const MAX_EVENTS_PER_FLUSH = 1_000;

/**
 * A flush is retried harder than an ordinary transaction: requests wait on it and get no data if it
 * fails, and on a Galera cluster every process's flusher competes for the chain head on commit.
 */
export const FLUSH_TRANSACTION_OPTIONS: TransactionOptions = { maxAttempts: 20, baseDelayMs: 5, maxDelayMs: 250 };

interface Waiting {
  readonly inputs: readonly AuditEventInput[];
  readonly resolve: () => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Group commit for events that are not part of a mutation's transaction (reads of personal data, refusals):
 * requests hand their events over and wait; ONE flush at a time appends everything handed over meanwhile
 * in one short transaction (one chain-head lock, one multi-row INSERT, one head update) and then wakes
 * them all. Under load the chain head is locked once per batch instead of once per request, so the head
 * — which every append must pass — is no bottleneck; an idle process flushes a single event at once.
 * A request gets its data only once its event is durable (or an error if it could not be written).
 */
export class AuditAppender {
  private waiting: Waiting[] = [];
  private flushing = false;
  private counters = { flushes: 0, events: 0 };

  constructor(
    private readonly dataSource: DataSource,
    private readonly transactionOptions: TransactionOptions = FLUSH_TRANSACTION_OPTIONS,
  ) {}

  /** Appends the events (in their own transaction, batched with other requests'); resolves once committed. */
  append(inputs: readonly AuditEventInput[]): Promise<void> {
    if (inputs.length === 0) return Promise.resolve();
    // Validate here, so that one caller's bad event fails its own request, not the batch it would join.
    for (const input of inputs) validateAuditEventInput(input);
    return new Promise<void>((resolve, reject) => {
      this.waiting.push({ inputs, resolve, reject });
      if (!this.flushing) void this.drain();
    });
  }

  /** Transactions committed and events appended so far (for monitoring and tests). */
  get stats(): { readonly flushes: number; readonly events: number } {
    return { ...this.counters };
  }

  private async drain(): Promise<void> {
    this.flushing = true;
    try {
      while (this.waiting.length > 0) {
        const batch = this.takeBatch();
        try {
          const events = batch.flatMap((w) => w.inputs);
          await withTransaction(this.dataSource, (manager) => appendAuditEvents(manager, events), this.transactionOptions);
          this.counters.flushes++;
          this.counters.events += events.length;
          for (const w of batch) w.resolve();
        } catch (error) {
          for (const w of batch) w.reject(error);
        }
      }
    } finally {
      this.flushing = false;
    }
  }

  private takeBatch(): Waiting[] {
    let events = 0;
    let count = 0;
    while (count < this.waiting.length) {
      const next = (this.waiting[count] as Waiting).inputs.length;
      if (count > 0 && events + next > MAX_EVENTS_PER_FLUSH) break;
      events += next;
      count++;
    }
    return this.waiting.splice(0, count);
  }
}

const appenders = new WeakMap<DataSource, AuditAppender>();

/** The process's appender for a database (one per DataSource). */
export function auditAppenderFor(dataSource: DataSource): AuditAppender {
  let appender = appenders.get(dataSource);
  if (!appender) {
    appender = new AuditAppender(dataSource);
    appenders.set(dataSource, appender);
  }
  return appender;
}
