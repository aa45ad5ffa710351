// Test helpers for code that uses @juki/domain. Never imported by production code.
export {};
