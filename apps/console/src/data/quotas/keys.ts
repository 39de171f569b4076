/** Query keys of the account's quotas. */
export const quotaKeys = {
  all: () => ['quotas'] as const,
};
