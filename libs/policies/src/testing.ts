// Test helpers for code that uses @juki/policies. Never imported by production code.
import { DEFAULT_PROFILE, type PolicyProfile } from './index';

type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K] };

/** The default profile with some parameters changed, for tests of parameter-driven behaviour. */
export function profileWith(overrides: DeepPartial<PolicyProfile>, base: PolicyProfile = DEFAULT_PROFILE): PolicyProfile {
  const merge = (a: unknown, b: unknown): unknown => {
    if (b === undefined) return a;
    if (Array.isArray(b) || typeof b !== 'object' || b === null) return b;
    const out: Record<string, unknown> = { ...(a as Record<string, unknown>) };
    for (const [k, v] of Object.entries(b)) out[k] = merge((a as Record<string, unknown>)[k], v);
    return out;
  };
  return merge(base, overrides) as PolicyProfile;
}
