/** What the simulated cloud installs on a new node. */
export const DOCKER_VERSION = '17.03.1-ce';
export const AGENT_VERSION = '0.10-a3b4c51';
