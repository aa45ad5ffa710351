import type { PolicyProfile } from '@juki/policies';
import type { ApiContext } from '../graphql/api-context';
import { requestScope } from '../graphql/authorization/request-scope';

/** The policy profile in force at the request's instant, looked up once per request (附則: profiles carry effective dates). */
export function requestProfile(context: ApiContext): PolicyProfile {
  return requestScope(context).memo('identity.profile', () => context.identity.runtime.environment.profileAt(context.requestedAt));
}
