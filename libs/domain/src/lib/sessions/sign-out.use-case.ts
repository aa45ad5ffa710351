import type { IdentityEnvironment, IdentityRequest } from './identity-environment';
import { runAuditedMutation } from './identity-environment';
import { requireStaff } from './principal-guards';
import { sectionOfStaff } from '../staff/staff-grants';
import { endOpenSessions } from './session-lifecycle';

export const SIGN_OUT_OPERATION = 'Mutation.signOut';

/** Ends the caller's session (第19条第1項). Returns whether it was still open. */
export async function signOut(env: IdentityEnvironment, request: IdentityRequest): Promise<boolean> {
  const staff = requireStaff(request.principal);
  const attempted = { recordType: 'Staff', recordIds: [staff.staffId], sectionId: null };
  return runAuditedMutation(env, request, SIGN_OUT_OPERATION, attempted, async (manager) => {
    const ended = await endOpenSessions(manager, { id: staff.sessionId }, 'SIGNED_OUT', request.now);
    return { result: ended > 0, change: { ...attempted, sectionId: await sectionOfStaff(manager, staff.staffId) } };
  });
}
