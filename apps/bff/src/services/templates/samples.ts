/** A sample template: one of the guide's templates, offered read-only under Sample. */
export interface SampleTemplate {
  id: string;
  name: string;
  description: string;
  content: string;
}

const sample = (name: string, description: string, content: string): SampleTemplate => ({
  id: `sample-${name}`,
  name,
  description,
  content: `${content.trim()}\n`,
});

/**
 * The guide's templates, re-indented where its layout lost the YAML indentation and with the
 * keys its own table refuses (tty) left out, so each one can be saved as one's own as it is.
 */
export const SAMPLE_TEMPLATES: readonly SampleTemplate[] = [
  sample(
    'wordpress',
    'WordPress with a MySQL database: routed, health-checked and scaled to three containers.',
    `
web:
  image: wordpress:4.2
  ports:
    - "80"
  environment:
    - WORDPRESS_AUTH_KEY=changeme
    - WORDPRESS_SECURE_AUTH_KEY=changeme
    - WORDPRESS_LOGGED_IN_KEY=changeme
    - WORDPRESS_NONCE_KEY=changeme
    - WORDPRESS_AUTH_SALT=changeme
    - WORDPRESS_SECURE_AUTH_SALT=changeme
    - WORDPRESS_LOGGED_IN_SALT=changeme
    - WORDPRESS_NONCE_SALT=changeme
  restart: always
  links:
    - db:mysql
  labels:
    aliyun.log_store_wordpress: stdout
    aliyun.probe.url: http://container/license.txt
    aliyun.probe.initial_delay_seconds: "10"
    aliyun.routing.port_80: wordpress
    aliyun.scale: "3"
db:
  image: mysql:5.6
  environment:
    MYSQL_ROOT_PASSWORD: password
  restart: always
  labels:
    aliyun.log_store_mysql: stdout
`,
  ),
  sample(
    'gitlab',
    'GitLab with PostgreSQL and Redis, reachable on ports 10000 (HTTP) and 10022 (SSH).',
    `
postgresql:
  image: registry.cn-hangzhou.aliyuncs.com/acs-sample/postgresql-sameersbn:9.4-24
  environment:
    - DB_USER=gitlab
    - DB_PASS=password
    - DB_NAME=gitlab_production
    - DB_EXTENSION=pg_trgm
  labels:
    aliyun.probe.url: tcp://container:5432
  volumes:
    - /srv/docker/gitlab/postgresql:/var/lib/postgresql
redis:
  image: registry.cn-hangzhou.aliyuncs.com/acs-sample/redis-sameersbn:latest
  labels:
    aliyun.probe.url: tcp://container:6379
  volumes:
    - /srv/docker/gitlab/redis:/var/lib/redis
gitlab:
  image: registry.cn-hangzhou.aliyuncs.com/acs-sample/gitlab-sameersbn:latest
  links:
    - redis:redisio
    - postgresql:postgresql
  ports:
    - "10000:80"
    - "10022:22"
  environment:
    - TZ=Asia/Shanghai
    - SMTP_ENABLED=false
    - SMTP_DOMAIN=www.example.com
    - SMTP_HOST=smtp.gmail.com
    - SMTP_PORT=587
    - SMTP_USER=mailer@example.com
    - SMTP_PASS=password
    - SMTP_STARTTLS=true
    - SMTP_AUTHENTICATION=login
    - GITLAB_TIMEZONE=Kolkata
    - GITLAB_HOST=localhost
    - GITLAB_PORT=80
    - GITLAB_SSH_PORT=22
    - GITLAB_EMAIL=admin@example.com
  labels:
    aliyun.depends: postgresql,redis
  volumes:
    - /srv/docker/gitlab/gitlab:/home/git/data
`,
  ),
  sample(
    'jenkins',
    'Jenkins for continuous delivery, with a slave-nodejs node that builds images through the Docker socket.',
    `
jenkins:
  image: 'registry.aliyuncs.com/acs-sample/jenkins:1.651.3'
  volumes:
    - /var/lib/docker/jenkins:/var/jenkins_home
  restart: always
  labels:
    aliyun.scale: '1'
    aliyun.probe.url: 'tcp://container:8080'
    aliyun.probe.initial_delay_seconds: '10'
    aliyun.routing.port_8080: jenkins
  links:
    - slave-nodejs
slave-nodejs:
  image: 'registry.aliyuncs.com/acs-sample/jenkins-slave-dind-nodejs'
  volumes:
    - /var/run/docker.sock:/var/run/docker.sock
  restart: always
  labels:
    aliyun.scale: '1'
`,
  ),
  sample(
    'influxdb',
    'InfluxDB for the container monitoring service to write to (Integrate with third-party monitoring solutions).',
    `
version: '2'
services:
  #Define influxdb
  influxdb:
    image: tutum/influxdb:0.9
    ports:
      - "8083:8083" #Expose Web interface port
      - "8086:8086" #Expose data API Web interface port
`,
  ),
  sample(
    'acs-proxy',
    'Custom routing: an acs/proxy on every node in front of an nginx application, bound to a Server Load Balancer.',
    `
lb:
  image: registry.aliyuncs.com/acs/proxy:0.5
  ports:
    - '80:80'
  restart: always
  labels:
    # With the use of addon, the proxy image can function as a subscription registry center and dynamically load the service route.
    aliyun.custom_addon: "proxy"
    # A proxy image container is deployed for each VM.
    aliyun.global: "true"
    # Use a custom load balancing label to bind a Server Load Balancer instance to the front-end.
    aliyun.lb.port_80: tcp://proxy_test:80
  environment:
    # The range of backend containers that support route loading: "*" is the whole cluster.
    ADDITIONAL_SERVICES: "*"
appone:
  expose: # For proxied services, use expose or ports to tell proxy containers which port should be exposed.
    - 80/tcp
  image: 'nginx:latest'
  labels:
    # Use your own domain name instead of the domain name for testing provided by the Container Service.
    aliyun.proxy.VIRTUAL_HOST: "http://appone.example.com"
  restart: always
`,
  ),
  sample(
    'microservices',
    'Load balancing between microservices: a REST service reached through the restserver.local routing domain.',
    `
restserver: # Simulate the rest service
  image: nginx
  labels:
    aliyun.routing.port_80: restserver.local # Use the local domain and the container only in the cluster can access this domain
    aliyun.scale: "2" # Scale 2 instances, to simulate the Server Load Balancer
    aliyun.probe.url: "http://container:80" # Define the policy of container health check as http through Port 80.
    aliyun.probe.initial_delay_seconds: "2" # The health check starts 2 seconds after the container is enabled
    aliyun.probe.timeout_seconds: "2" # Timeout for the health check.
restclient: # Simulate rest service consumer
  image: registry.aliyuncs.com/acs-sample/alpine:3.3
  command: "sh -c 'apk update; apk add curl; while true; do curl --head restserver.local; sleep 1; done'" # Access the rest service, and test the Server Load Balancer
  external_links:
    - "restserver.local" # Specify link service domain. Make sure that you set external_links; otherwise, the access might fail.
`,
  ),
  sample(
    'ha-across-zones',
    'High availability scheduling: eight nginx containers that must be spread over at least two zones.',
    `
nnn:
  expose:
    - 443/tcp
    - 80/tcp
  image: 'nginx:latest'
  environment:
    - 'availability:az==2'
  labels:
    aliyun.scale: '8'
  restart: always
  volumes:
    - /var/cache/nginx
`,
  ),
  sample(
    'ossfs-volume',
    'An nginx service using the OSSFS data volume test (create the volume in the same cluster first).',
    `
volume:
  restart: always
  expose:
    - 443/tcp
    - 80/tcp
  labels:
    aliyun.scale: '1'
  image: 'nginx:latest'
  volumes:
    - 'test:/testvolume:rw'
`,
  ),
  sample(
    'batch-job',
    'An offline job of two tasks: s2 runs after s1, each container retried up to 20 times.',
    `
version: "2"
labels:
  aliyun.project_type: "batch"
services:
  s1:
    image: registry.aliyuncs.com/jimmycmh/testret:latest
    restart: no
    cpu_shares: 10
    mem_limit: 100000000
    labels:
      aliyun.scale: "10"
      aliyun.retry_count: "20"
      aliyun.remove_containers: "remove-all"
  s2:
    image: registry.aliyuncs.com/jimmycmh/testret:latest
    cpu_shares: 50
    mem_limit: 100000000
    labels:
      aliyun.scale: "4"
      aliyun.retry_count: "20"
      aliyun.remove_containers: "remove-finished"
      aliyun.depends: "s1"
`,
  ),
  sample(
    'timing-task',
    'A timing task: five busybox containers print the date at minutes 0 and 30 of every hour.',
    `
version: "2"
labels:
  aliyun.project_type: "batch"
  aliyun.schedule: "0-59/30 * * * *"
services:
  s1:
    image: registry.aliyuncs.com/jimmycmh/busybox:latest
    labels:
      aliyun.scale: "5"
      aliyun.retry_count: "3"
      aliyun.remove_containers: "remove-all"
    command: date
`,
  ),
];
