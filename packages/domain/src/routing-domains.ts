/** The test domain the Container Service gives a cluster: `<cluster id>.<region id>.alicontainer.com`. */
export function defaultRootDomain(cluster: { id: string; region: string }): string {
  return `${cluster.id}.${cluster.region}.alicontainer.com`;
}

/** What a routing prefix is appended to: the cluster's root domain when set (Set Domain Name), else the test domain. */
export function routingSuffixOf(cluster: { id: string; region: string; rootDomain: string | null }): string {
  return cluster.rootDomain ?? defaultRootDomain(cluster);
}

/** The host a `aliyun.routing.port_N` entry answers: a prefix under the suffix, or the operator's own domain. */
export function routeHost(domain: { host: string; isPrefix: boolean }, suffix: string): string {
  return (domain.isPrefix ? `${domain.host}.${suffix}` : domain.host).toLowerCase();
}
