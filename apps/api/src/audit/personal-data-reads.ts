import type { ApolloServerPlugin } from '@apollo/server';
import { personalDataReadEvents, PersonalDataReadLog } from '@juki/domain';
import type { Logger } from '../app/logger';
import { dataSourceOf } from '../graphql/request-data-source';
import { INTERNAL_ERROR_MESSAGE } from '../graphql/format-error';
import { auditAppenderFor } from './audit-appender';
import { auditActor, auditedRequest, type AuditContext } from './audit-request';

const logs = new WeakMap<object, PersonalDataReadLog>();

/**
 * The personal-data reads of THIS request (第19条第1項: every read of personal data appends an audit
 * event). A resolver that hands out personal data notes which records it read —
 * `personalDataReads(context).note('Query.staff', 'Staff', sectionId, ids)` — which is a map insert,
 * cheap enough per object; nothing is written until the request is done.
 */
export function personalDataReads(context: object): PersonalDataReadLog {
  let log = logs.get(context);
  if (!log) {
    log = new PersonalDataReadLog();
    logs.set(context, log);
  }
  return log;
}

/**
 * Appends the reads noted for this request — one event per operation, record type and section, with every
 * id read — through the process's group-commit appender (their own short transaction, batched with other
 * requests'), and forgets them. Resolves once the events are committed.
 */
export async function flushPersonalDataReads(context: AuditContext): Promise<void> {
  const log = logs.get(context);
  if (!log || log.isEmpty) return;
  logs.delete(context);
  const { principal, roles } = auditActor(context);
  const { at, source } = auditedRequest(context);
  const events = personalDataReadEvents(log.toReads({ principal, roles, source, occurredAt: at }));
  await auditAppenderFor(dataSourceOf(context)).append(events);
}

/**
 * Apollo plugin: after execution and BEFORE the response leaves, appends the request's personal-data read
 * events. If they cannot be written, the data is withheld: the response becomes INTERNAL_SERVER_ERROR
 * (no personal data without its audit event). Register it in the Apollo server's plugins.
 */
export function personalDataReadsPlugin(logger: Logger): ApolloServerPlugin<AuditContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          try {
            await flushPersonalDataReads(contextValue);
          } catch (error) {
            logger.error('audit.read_events_not_written', { requestId: contextValue.requestId, error: error instanceof Error ? error : String(error) });
            if (response.body.kind === 'single') {
              response.body.singleResult = { data: null, errors: [{ message: INTERNAL_ERROR_MESSAGE, extensions: { code: 'INTERNAL_SERVER_ERROR' } }] };
            }
          }
        },
      };
    },
  };
}
