import type { IdentityRequest } from '@juki/domain';
import type { ApiContext } from '../graphql/api-context';

/** The domain's view of a request: who, when (one instant per request), from where. */
export function identityRequest(context: ApiContext): IdentityRequest {
  return { principal: context.principal, now: context.requestedAt, source: context.sourceAddress, requestId: context.requestId };
}
