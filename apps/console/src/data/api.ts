import { createApiClient } from '@cs/contracts';

/** The one API client of the console: same origin, session cookie, responses parsed by the contract. */
export const api = createApiClient();
