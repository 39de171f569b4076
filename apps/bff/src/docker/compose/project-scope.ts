/** What the mapping needs to know about the project a container belongs to. */
export interface ProjectScope {
  project: string;
  service: string;
  /** The service of this project a container (name or id) belongs to, or undefined. */
  linkTarget: (container: string) => string | undefined;
}
