// @juki/policies — the guidelines' rules as pure, cited functions. No I/O: runs in Node and the browser.
export * from './lib/articles/articles';
export * from './lib/calendar/calendar-date';
export * from './lib/core/violation';
export * from './lib/core/rule-definition';
export * from './lib/core/rule-catalogue';
export * from './lib/i18n/localized-text';
export * from './lib/i18n/message-catalogue';
export * from './lib/profiles/policy-profile';
export * from './lib/profiles/profile-history';
export { CHIBA_PROFILES } from './lib/profiles/chiba-profiles';
