/** The guide's rule for Server Load Balancer instance names (the `lb` label section). */
export const LOAD_BALANCER_NAME_RULE =
  'The name of the Server Load Balancer instance is limited to 1~80 characters, including letters, numbers, hyphens (-), forward slashes (/), periods (.) and underscores (_).';
/** The guide's rule for certificate names (Create Certificate). */
export const CERTIFICATE_NAME_RULE =
  "Names must be 1-80 characters long. Only the letters, digits, and the characters '-' '/' '.' and '_' are allowed.";

const NAME = /^[A-Za-z0-9\-/._]{1,80}$/;

/** True when an instance or certificate name follows the guide's rule (the two rules allow the same names). */
export function isValidLoadBalancerName(name: string): boolean {
  return NAME.test(name);
}
