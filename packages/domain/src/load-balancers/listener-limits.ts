/** The ranges of Add Listener, with the guide's hints as messages (the contract and forms use them). */
export const LISTENER_LIMITS = {
  port: { min: 1, max: 65_535, message: 'You may enter any port number from 1-65535.' },
  bandwidth: { min: 1, max: 1_000, message: 'You may set a peak bandwidth between 1 and 1000M.' },
  timeoutSeconds: {
    min: 1,
    max: 300,
    message: 'Max timeout for each health check request: Enter a value from 1-300 seconds.',
  },
  intervalSeconds: { min: 1, max: 50, message: 'Interval between Health Checks: Enter a value from 1-50 seconds.' },
  threshold: { min: 2, max: 10, message: 'Enter a threshold from 2 to 10 consecutive health checks.' },
} as const;

export const HEALTH_CHECK_DOMAIN_RULE =
  "Names must be 1-80 characters long. Only the letters a-z, numbers 0-9, and the characters '-' and '.' are permitted.";
export const HEALTH_CHECK_PATH_RULE =
  "It must be 1-80 characters long. Only the letters a-z, numbers 0-9, and the characters '-' '/' '%' '?' '#' '&' and '=' are permitted.";

const DOMAIN = /^[a-z0-9.-]{1,80}$/;
const PATH = /^\/[a-z0-9\-/%?#&=]{0,79}$/;

/** True when a health check domain follows the guide's rule. */
export const isValidHealthCheckDomain = (domain: string) => DOMAIN.test(domain);
/** True when a health check route follows the guide's rule (and starts with `/`, as a URI path does). */
export const isValidHealthCheckPath = (path: string) => PATH.test(path);
