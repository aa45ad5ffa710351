// @juki/domain — entities and use cases of juki-sec, independent of GraphQL and of the database driver.
export * from './lib/shared/domain-error';
export * from './lib/organisation/organisation-tree';
export * from './lib/access/principal';
export * from './lib/organisation/organisation-unit.entity';
