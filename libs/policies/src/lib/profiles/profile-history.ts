import type { ArticleRef } from '../articles/articles';
import { isIsoDate, type IsoDate } from '../calendar/calendar-date';
import { CHIBA_PROFILES } from './chiba-profiles';
import type { PolicyProfile } from './policy-profile';

/** A profile history: profiles ordered by `effectiveFrom`, each in force until the next begins. */
export class ProfileHistory {
  private readonly profiles: readonly PolicyProfile[];

  constructor(profiles: readonly PolicyProfile[]) {
    if (profiles.length === 0) throw new RangeError('a profile history needs at least one profile');
    for (const p of profiles) {
      if (!isIsoDate(p.effectiveFrom)) throw new RangeError(`profile ${p.id}: effectiveFrom is not a date`);
      if (p.passwords.maxLength < 64) throw new RangeError(`profile ${p.id}: passwords.maxLength must be ≥ 64`);
      if (p.passwords.minLength < 1 || p.passwords.minLength > p.passwords.maxLength) {
        throw new RangeError(`profile ${p.id}: passwords.minLength out of range`);
      }
    }
    const ids = new Set(profiles.map((p) => p.id));
    if (ids.size !== profiles.length) throw new RangeError('profile ids must be unique');
    this.profiles = [...profiles].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
    for (let i = 1; i < this.profiles.length; i++) {
      if (this.profiles[i]?.effectiveFrom === this.profiles[i - 1]?.effectiveFrom) {
        throw new RangeError('two profiles take effect on the same date');
      }
    }
  }

  all(): readonly PolicyProfile[] {
    return this.profiles;
  }

  /** The profile in force on `date`, or undefined before the first one took effect. */
  inForceOn(date: IsoDate): PolicyProfile | undefined {
    let found: PolicyProfile | undefined;
    for (const p of this.profiles) {
      if (p.effectiveFrom <= date) found = p;
      else break;
    }
    return found;
  }

  /** The profile in force on `date`; throws when the guidelines were not yet in force. */
  require(date: IsoDate): PolicyProfile {
    const profile = this.inForceOn(date);
    if (!profile) throw new RangeError(`no policy profile in force on ${date}`);
    return profile;
  }

  current(today: IsoDate): PolicyProfile {
    return this.require(today);
  }
}

/** Whether an article's rules apply under the profile (articles added by a later amendment do not). */
export function articleInForce(profile: PolicyProfile, article: ArticleRef): boolean {
  return !profile.articlesNotInForce.some((ref) => article === ref || article.startsWith(ref + '第'));
}

export const CHIBA_PROFILE_HISTORY = new ProfileHistory(CHIBA_PROFILES);

/** The default profile: Chiba's parameters in force today. */
export const DEFAULT_PROFILE: PolicyProfile = CHIBA_PROFILES[CHIBA_PROFILES.length - 1] as PolicyProfile;
