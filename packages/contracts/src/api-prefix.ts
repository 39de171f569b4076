/** Where the BFF serves the API. A module of its own, so importing it brings no schema along. */
export const API_PREFIX = '/api/v1';
