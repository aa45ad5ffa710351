import type { CatalogueSection } from '../i18n/message-catalogue.types';

export const PASSWORD_MESSAGES = {} as const satisfies CatalogueSection;
