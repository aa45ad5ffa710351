/** `first` / `last` of any connection may not exceed this (BAD_USER_INPUT above it). */
export const MAX_PAGE_SIZE = 100;

/** The page size when a client gives neither `first` nor `last`. */
export const DEFAULT_PAGE_SIZE = MAX_PAGE_SIZE;
