import { changePassword, signIn, signOut } from '@juki/domain';
import { Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '../graphql/api-context';
import { catalogueError } from '../graphql/api-error';
import { ChangePasswordArgs, SignInArgs } from './identity.args';
import { signInFailed, withIdentityErrors } from './identity-errors';
import { identityRequest } from './identity-request';
import { sessionView, sessionViewOf } from './session.view';
import { SessionType } from './session.type';

/** Sign-in, sign-out, one's own session and password change (第19条第1項, 第21条). */
@Resolver(() => SessionType)
export class SessionResolver {
  @Mutation(() => SessionType, {
    description:
      'Signs in with an operator ID card number AND a password (第19条第1項). The console gets an HttpOnly, SameSite=Strict cookie ' +
      '`juki_session` and no token in the body; returnToken: true returns the bearer token instead (integrations, tests) and sets no cookie. ' +
      'Every failure — unknown card, wrong password, locked account, inactive card, too many attempts — is the same UNAUTHENTICATED error.',
  })
  async signIn(@Args() { idCardNumber, password, returnToken }: SignInArgs, @Ctx() context: ApiContext): Promise<SessionType> {
    const { runtime } = context.identity;
    const result = await signIn(runtime.environment, identityRequest(context), { cardNumber: idCardNumber, password }, { rateLimit: runtime.signInRateLimit });
    if (!result.signedIn) throw signInFailed();
    if (!returnToken) context.identity.cookie.set(result.token, result.absoluteExpiresAt, context.requestedAt);
    return sessionView(
      runtime.dataSource.manager,
      {
        sessionId: result.session.id,
        staff: result.staff,
        passwordChangeRequired: result.passwordChangeRequired,
        passwordExpiresAt: result.passwordExpiresAt,
        expiresAt: result.expiresAt,
        absoluteExpiresAt: result.absoluteExpiresAt,
        token: returnToken ? result.token : null,
      },
      context.requestedAt,
    );
  }

  @Mutation(() => Boolean, { description: 'Ends your session (and clears the console’s cookie). True when it was still open.' })
  async signOut(@Ctx() context: ApiContext): Promise<boolean> {
    const ended = await withIdentityErrors(() => signOut(context.identity.runtime.environment, identityRequest(context)));
    if (context.identity.via === 'cookie') context.identity.cookie.clear();
    return ended;
  }

  @Query(() => SessionType, { description: 'Your own session: who you are signed in as, your roles, and when the session and password expire.' })
  async me(@Ctx() context: ApiContext): Promise<SessionType> {
    const authenticated = context.identity.authenticated;
    if (authenticated?.kind !== 'STAFF') {
      throw authenticated ? catalogueError('FORBIDDEN', 'PERMISSIONS.FORBIDDEN') : catalogueError('UNAUTHENTICATED', 'PERMISSIONS.SIGN_IN_REQUIRED', {}, 401);
    }
    // Built from what authenticating this request read (one statement): no further query.
    return sessionViewOf(
      {
        sessionId: authenticated.session.id,
        staff: authenticated.staff,
        passwordChangeRequired: authenticated.passwordChangeRequired,
        passwordExpiresAt: authenticated.passwordExpiresAt,
        expiresAt: authenticated.expiresAt,
        absoluteExpiresAt: authenticated.absoluteExpiresAt,
      },
      authenticated.grants,
      authenticated.sectionName,
      context.requestedAt,
    );
  }

  @Mutation(() => SessionType, {
    description:
      'Changes your own password (第21条第4項): the current one is required; the new one must pass 第21条第2項 with your own data and ' +
      'differ from your recent passwords. Your other sessions end. Allowed while a password change is required.',
  })
  async changePassword(@Args() { currentPassword, newPassword }: ChangePasswordArgs, @Ctx() context: ApiContext): Promise<SessionType> {
    const authenticated = context.identity.authenticated;
    const changed = await withIdentityErrors(() =>
      changePassword(context.identity.runtime.environment, identityRequest(context), { currentPassword, newPassword }),
    );
    if (authenticated?.kind !== 'STAFF') throw catalogueError('FORBIDDEN', 'PERMISSIONS.FORBIDDEN');
    return sessionView(
      context.identity.runtime.dataSource.manager,
      {
        sessionId: authenticated.session.id,
        staff: changed.staff,
        passwordChangeRequired: false,
        passwordExpiresAt: changed.passwordExpiresAt,
        expiresAt: authenticated.expiresAt,
        absoluteExpiresAt: authenticated.absoluteExpiresAt,
      },
      context.requestedAt,
    );
  }
}
