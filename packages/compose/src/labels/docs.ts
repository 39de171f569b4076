/** What the editor shows for one label: the guide's summary and an example line. */
export interface LabelDoc {
  /** The label, with `$placeholders` where the guide has them. */
  label: string;
  /** `service` labels go in a service's `labels:`; `job` labels in the top-level `labels:` of version 2. */
  level: 'service' | 'job';
  summary: string;
  example: string;
}

const s = (label: string, summary: string, example: string): LabelDoc => ({
  label,
  level: 'service',
  summary,
  example,
});

/** Every `aliyun.*` label the guide documents (and Swarm's reschedule label), for hover and completion. */
export const LABEL_DOCS: readonly LabelDoc[] = [
  s('aliyun.scale', 'Sets the number of containers for this service to scale horizontally.', 'aliyun.scale: "3"'),
  s(
    'aliyun.global',
    'Sets this service as a global service: it is deployed in every node of the cluster, and on every node added later.',
    'aliyun.global: true',
  ),
  s(
    'aliyun.rolling_updates',
    'Sets the rolling update of services: the (n+1)th container is updated after the nth container has been successfully updated, so as to minimize the service downtime.',
    "aliyun.rolling_updates: 'true'",
  ),
  s(
    'aliyun.rolling_updates.parallelism',
    'Defines the number of containers to be updated at a time (default 1). This label must be used with the rolling_updates label; when this value is invalid, the default value will be used.',
    'aliyun.rolling_updates.parallelism: "2"',
  ),
  s(
    'aliyun.depends',
    'Sets service dependencies, so that containers start one by one. Separate several services using commas (,).',
    'aliyun.depends: db',
  ),
  s(
    'aliyun.probe.url',
    'URL requested by the HTTP or TCP health check. Add the word container, which will be resolved into the container IP address: http://container:8080/ping or tcp://container:3306. 2XX or 3XX passes. One service can only contain either aliyun.probe.url or aliyun.probe.cmd.',
    'aliyun.probe.url: http://container/ping',
  ),
  s(
    'aliyun.probe.cmd',
    'The shell command executed in the container during the health check; if it returns the value 0, the health check is successful. One service can only contain either aliyun.probe.url or aliyun.probe.cmd.',
    'aliyun.probe.cmd: health_check.sh',
  ),
  s('aliyun.probe.timeout_seconds', 'Timeout for health check, in seconds.', 'aliyun.probe.timeout_seconds: "10"'),
  s(
    'aliyun.probe.initial_delay_seconds',
    'The number of seconds delayed to start the health check after the start of the container.',
    'aliyun.probe.initial_delay_seconds: "3"',
  ),
  s(
    'aliyun.routing.port_$container_port',
    'Sets the access domain name of this service: [http://]$domain|$domain_prefix[$context_path]. A prefix gets the test domain <prefix>.<cluster_id>.<region_id>.alicontainer.com; HTTPS only supports your own domain name. Domain and context root: at most 128 characters each; separate several domain names with semicolons (;); one label per container port.',
    'aliyun.routing.port_80: wordpress;http://wp.sample.com/context',
  ),
  s(
    'aliyun.routing.session_sticky',
    'Sets whether routing maintains session sticky (session persistence). The setting can only work after aliyun.routing.port_$container_port has been set.',
    'aliyun.routing.session_sticky: true',
  ),
  s(
    'aliyun.lb.port_$container_port',
    'Exposes the container port through a custom Server Load Balancer NAT mapping: $scheme://[$slb_name|$slb_id]:$front_port, scheme tcp, http, https or udp. You must specify the host port in ports; it cannot conflict with the host port mapped by other services, and several services cannot share the same Server Load Balancer instance.',
    'aliyun.lb.port_80: http://slb_example_name:8080',
  ),
  s(
    'aliyun.auto_scaling.step',
    'Container auto scaling: the step size (1~5, the default value is 1).',
    'aliyun.auto_scaling.step: "1"',
  ),
  s(
    'aliyun.auto_scaling.max_instances',
    'Container auto scaling: the maximum number of instances (the default value is 10). Expansion is not performed at or above it.',
    'aliyun.auto_scaling.max_instances: "10"',
  ),
  s(
    'aliyun.auto_scaling.min_instances',
    "Container auto scaling: the minimum number of containers (the console's Min Number of Containers). Contraction is not performed at or below it.",
    'aliyun.auto_scaling.min_instances: "1"',
  ),
  s(
    'aliyun.auto_scaling.max_cpu',
    'Container auto scaling, CPU usage as the metric: the upper limit (Expansion Condition, 50%~100%, at least 30% higher than the Contraction Condition).',
    'aliyun.auto_scaling.max_cpu: "70"',
  ),
  s(
    'aliyun.auto_scaling.min_cpu',
    'Container auto scaling, CPU usage as the metric: the lower limit (Contraction Condition, 0%~50%).',
    'aliyun.auto_scaling.min_cpu: "20"',
  ),
  s(
    'aliyun.auto_scaling.max_memory',
    'Container auto scaling, memory usage as the metric: the upper limit (Expansion Condition, 50%~100%, at least 30% higher than the Contraction Condition).',
    'aliyun.auto_scaling.max_memory: "80"',
  ),
  s(
    'aliyun.auto_scaling.min_memory',
    'Container auto scaling, memory usage as the metric: the lower limit (Contraction Condition, 0%~50%).',
    'aliyun.auto_scaling.min_memory: "30"',
  ),
  {
    label: 'aliyun.project_type',
    level: 'job',
    summary:
      'At the job level, "batch" makes the template an offline job (version 2 only). If this label is not added or its value is not batch, the job is considered an online application.',
    example: 'aliyun.project_type: "batch"',
  },
  {
    label: 'aliyun.schedule',
    level: 'job',
    summary:
      'Makes the offline job a timing task: the format of schedule is the same as that of crontab and uses Beijing time. It implies aliyun.project_type: "batch".',
    example: 'aliyun.schedule: "0-59/30 * * * *"',
  },
  s(
    'aliyun.retry_count',
    'Offline job task: the number of retries made by a container (the default value is 3).',
    'aliyun.retry_count: "3"',
  ),
  s(
    'aliyun.remove_containers',
    'Offline job task: whether to delete a container after its operation is completed: remove-finished (the default), remove-failed, remove-all or remove-none.',
    'aliyun.remove_containers: "remove-all"',
  ),
  s(
    'aliyun.monitoring.script',
    'Custom monitoring: the command executed in the container to collect monitoring data (InfluxDB line protocol output).',
    'aliyun.monitoring.script: "sh gather_mem.sh"',
  ),
  s(
    'aliyun.monitoring.http',
    'Custom monitoring: the HTTP data interface the monitoring framework calls once per minute for JSON monitoring data.',
    'aliyun.monitoring.http: "http://container:3000/metrics/data"',
  ),
  s(
    'aliyun.monitoring.tags',
    "Custom monitoring: the comma-separated fields of the HTTP interface's JSON data that are tags.",
    'aliyun.monitoring.tags: "tag1,tag2"',
  ),
  s(
    'aliyun.monitoring.addon.influxdb',
    'Integrates the container monitoring service with InfluxDB; the label value must be in the format of schema:hostIp:port.',
    'aliyun.monitoring.addon.influxdb: "http://60.205.150.64:8086"',
  ),
  s(
    'aliyun.monitoring.addon.prometheus',
    'Integrates the container monitoring service with Prometheus; the label value must be in the format of schema:hostIp:port.',
    'aliyun.monitoring.addon.prometheus: "http://60.205.150.64:9090"',
  ),
  s('aliyun.logs', "Collects the container's log files under this path with the log service.", 'aliyun.logs: /var/log'),
  s(
    'aliyun.log_store_$name',
    "Sends the container's logs (stdout, or a file path) to the Log Service logstore $name.",
    'aliyun.log_store_wordpress: stdout',
  ),
  s(
    'aliyun.custom_addon',
    'With the use of addon, the proxy image (acs/proxy) can function as a subscription registry center and dynamically load the service route. The guide also writes aliyun.customAddon.',
    'aliyun.custom_addon: "proxy"',
  ),
  s(
    'aliyun.customAddon',
    'The spelling the custom routing examples use for aliyun.custom_addon.',
    'aliyun.customAddon: "proxy"',
  ),
  s(
    'aliyun.proxy.VIRTUAL_HOST',
    'Custom routing: adds the container as a backend of acs/proxy for these virtual hosts and paths, comma-separated [scheme://]domain[:port][/path]; scheme http, https, ws or wss; * is a wildcard.',
    'aliyun.proxy.VIRTUAL_HOST: "http://appone.example.com"',
  ),
  s(
    'aliyun.proxy.required',
    'Custom routing: adds the container as a backend container and uses it as the default backend container.',
    'aliyun.proxy.required: "true"',
  ),
  s(
    'aliyun.proxy.APPSESSION',
    'Custom routing: sticky session option, such as JSESSIONID len 52 timeout 3h (HAProxy appsession).',
    'aliyun.proxy.APPSESSION: "JSESSIONID len 52 timeout 3h"',
  ),
  s(
    'aliyun.proxy.BALANCE',
    'Custom routing: load balancing algorithm: roundrobin, static-rr, source or leastconn.',
    'aliyun.proxy.BALANCE: source',
  ),
  s(
    'aliyun.proxy.COOKIE',
    'Custom routing: sticky session option, such as SRV insert indirect nocache (HAProxy cookie).',
    'aliyun.proxy.COOKIE: "CONTAINERID insert indirect"',
  ),
  s(
    'aliyun.proxy.DEFAULT_SSL_CERT',
    'Custom routing: like SSL_CERT, but stored as the default SSL certificate /certs/cert0.pem.',
    'aliyun.proxy.DEFAULT_SSL_CERT: "-----BEGIN PRIVATE KEY-----\\n…"',
  ),
  s(
    'aliyun.proxy.EXCLUDE_PORTS',
    'Custom routing: comma-separated ports not to add to the backend routes, like a database port.',
    'aliyun.proxy.EXCLUDE_PORTS: "3306, 3307"',
  ),
  s(
    'aliyun.proxy.EXTRA_ROUTE_SETTINGS',
    'Custom routing: a string appended to each backend route after the health check, such as "send-proxy".',
    'aliyun.proxy.EXTRA_ROUTE_SETTINGS: "send-proxy"',
  ),
  s(
    'aliyun.proxy.EXTRA_SETTINGS',
    'Custom routing: comma-separated extra settings appended to the backend or listen section; escape a comma with \\,.',
    'aliyun.proxy.EXTRA_SETTINGS: "balance source"',
  ),
  s(
    'aliyun.proxy.FORCE_SSL',
    'Custom routing: if set (any value) together with SSL termination, HTTP requests are redirected to HTTPS.',
    'aliyun.proxy.FORCE_SSL: "yes"',
  ),
  s(
    'aliyun.proxy.GZIP_COMPRESSION_TYPE',
    'Custom routing: enables gzip compression for these MIME types.',
    'aliyun.proxy.GZIP_COMPRESSION_TYPE: "text/html text/plain text/css"',
  ),
  s(
    'aliyun.proxy.HEALTH_CHECK',
    'Custom routing: health check on each backend route, such as "check inter 2000 rise 2 fall 3".',
    'aliyun.proxy.HEALTH_CHECK: "check inter 2000 rise 2 fall 3"',
  ),
  s(
    'aliyun.proxy.HSTS_MAX_AGE',
    'Custom routing: enables HSTS with this max age in seconds (an integer).',
    'aliyun.proxy.HSTS_MAX_AGE: "31536000"',
  ),
  s(
    'aliyun.proxy.HTTP_CHECK',
    "Custom routing: checks the servers' health over HTTP (HAProxy httpchk).",
    'aliyun.proxy.HTTP_CHECK: "OPTIONS * HTTP/1.1\\r\\nHost: www"',
  ),
  s(
    'aliyun.proxy.OPTION',
    'Custom routing: comma-separated HAProxy option entries for the backend or listen part.',
    'aliyun.proxy.OPTION: "redispatch"',
  ),
  s(
    'aliyun.proxy.SSL_CERT',
    "Custom routing: SSL certificate, a pem file with private key followed by public certificate, '\\n' (two chars) as the line separator.",
    'aliyun.proxy.SSL_CERT: "-----BEGIN PRIVATE KEY-----\\n…"',
  ),
  s(
    'aliyun.proxy.TCP_PORTS',
    'Custom routing: comma-separated ports load-balanced in TCP mode; a port ending with /ssl needs SSL termination.',
    'aliyun.proxy.TCP_PORTS: "9000, 9001, 2222/ssl"',
  ),
  s(
    'aliyun.proxy.VIRTUAL_HOST_WEIGHT',
    'Custom routing: an integer weight of the virtual host (default 0); the higher weight, the more priority its ACL rules have.',
    'aliyun.proxy.VIRTUAL_HOST_WEIGHT: "1"',
  ),
  s(
    'com.docker.swarm.reschedule-policies',
    'Enables container rescheduling: when a node is invalid, the container is rescheduled to another available node.',
    'com.docker.swarm.reschedule-policies=["on-node-failure"]',
  ),
];
