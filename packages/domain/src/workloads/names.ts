/** The guide's application name rule (Create an application > Name). */
export const APPLICATION_NAME_RULE =
  'The application name should be 1-64 characters long, and can contain numbers, Chinese characters, English letters and hyphens.';

const APPLICATION_NAME = /^[\p{Script=Han}A-Za-z0-9-]{1,64}$/u;

/** True when the name follows the guide's rule (uniqueness per cluster is checked by the store). */
export function isValidApplicationName(name: string): boolean {
  return APPLICATION_NAME.test(name);
}

/** "It can be left blank and, if entered, cannot exceed 1,024 characters." */
export const MAX_APPLICATION_DESCRIPTION = 1024;

export const DEFAULT_APPLICATION_VERSION = '1.0';
export const APPLICATION_VERSION_RULE =
  'The version should be 1-64 characters: letters, digits, periods, hyphens and underscores.';
const VERSION = /^[A-Za-z0-9._-]{1,64}$/;

export function isValidApplicationVersion(version: string): boolean {
  return VERSION.test(version);
}

/**
 * Compose's container name, `{project}_{service}_{index}` (the guide: "the container name by
 * default is {project-name}_{service-name}_{container-index}").
 */
export function containerName(application: string, service: string, index: number): string {
  return `${application}_${service}_${index}`;
}

/** How events and lists name a service: `wordpress_web`. */
export function serviceFullName(application: string, service: string): string {
  return `${application}_${service}`;
}
