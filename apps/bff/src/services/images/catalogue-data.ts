import type { ImageDto } from '@cs/contracts';

/** An image of the catalogue with its versions (newest first; the first is the default). */
export interface CatalogueImage extends Omit<ImageDto, 'defaultTag'> {
  tags: readonly string[];
}

const CATEGORIES: Readonly<Record<string, ImageDto['categories']>> = {
  P: ['popular'],
  O: ['official'],
  PO: ['popular', 'official'],
};

/** Rows of `|`-separated cells, blank lines skipped. */
function rows(table: string): string[][] {
  return table
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => line.split('|').map((cell) => cell.trim()));
}

/**
 * Docker Hub: name | category (P popular, O official, PO both) | stars | tags | description.
 * Stars are the Container Service's own counts (the guide shows mongo 332, mysql 388, nginx 413, php 131).
 */
const DOCKER_HUB = `
nginx            | PO | 413 | latest 1.27.3 1.27 1.27-alpine 1.26.2 1.26 stable mainline 1.11 | Official build of Nginx.
mysql            | PO | 388 | latest 9.1 8.4 8.0 5.7 5.6                                      | MySQL is a widely used, open-source relational database management system (RDBMS).
mongo            | PO | 332 | latest 8.0 7.0 6.0 5.0 3.4                                      | MongoDB document databases provide high availability and easy scalability.
php              | PO | 131 | latest 8.4 8.3 8.3-apache 8.3-fpm 8.2 7.4 5.6                   | While designed for web development, the PHP scripting language also provides general-purpose use.
wordpress        | PO | 296 | latest 6.7 6.6 6.5 php8.3-apache 4.2                            | The WordPress rich content management system can utilize plugins, widgets, and themes.
redis            | PO | 354 | latest 7.4 7.4-alpine 7.2 6.2 3.2                               | Redis is an open source key-value store that functions as a data structure server.
postgres         | PO | 301 | latest 17 16 15 14 13 9.6 9.4                                   | The PostgreSQL object-relational database system provides reliability and data integrity.
tomcat           | PO | 187 | latest 11.0 10.1 9.0 9.0-jdk17 8.5                              | Apache Tomcat is an open source implementation of the Java Servlet and JavaServer Pages technologies.
node             | PO | 274 | latest 22 22-alpine 20 20-slim 18 lts                           | Node.js is a JavaScript-based platform for server-side and networking applications.
python           | PO | 226 | latest 3.13 3.12 3.12-slim 3.11 3.10 2.7                        | Python is an interpreted, interactive, object-oriented, open-source programming language.
golang           | O  | 158 | latest 1.23 1.23-alpine 1.22 1.21                               | Go (golang) is a general purpose, higher-level, imperative programming language.
ubuntu           | PO | 362 | latest 24.04 22.04 20.04 18.04 16.04 14.04                      | Ubuntu is a Debian-based Linux operating system based on free software.
centos           | O  | 248 | latest 7 7.9.2009 8 6                                           | The official build of CentOS.
debian           | O  | 171 | latest 12 12-slim bookworm bullseye 11 10                       | Debian is a Linux distribution composed of free and open-source software.
busybox          | O  | 142 | latest 1.37 1.36 1.36.1-glibc musl                              | Busybox base image: many common UNIX utilities in a single small executable.
alpine           | PO | 263 | latest 3.21 3.20 3.19 3.18 edge 3.3                             | A minimal Docker image based on Alpine Linux with a complete package index and only 5 MB in size.
haproxy          | PO | 119 | latest 3.1 3.0 2.9 2.8 lts 1.7                                  | HAProxy: the reliable, high performance TCP/HTTP load balancer.
rabbitmq         | PO | 167 | latest 4.0 4.0-management 3.13 3.13-management 3-management     | RabbitMQ is an open source multi-protocol messaging broker.
memcached        | O  |  98 | latest 1.6 1.6-alpine 1.5                                       | Free and open source, high-performance, distributed memory object caching system.
elasticsearch    | PO | 205 | 8.16.1 8.15.3 7.17.25 6.8.23 5.6.16                             | Elasticsearch is a powerful open source search and analytics engine that makes data easy to explore.
kibana           | O  |  96 | 8.16.1 8.15.3 7.17.25 6.8.23                                    | Kibana gives shape to any kind of data: structured and unstructured, indexed in Elasticsearch.
logstash         | O  |  88 | 8.16.1 8.15.3 7.17.25 6.8.23                                    | Logstash is a tool for managing events and logs.
zookeeper        | O  |  84 | latest 3.9 3.9.3 3.8 3.7                                        | Apache ZooKeeper is an open-source server which enables highly reliable distributed coordination.
registry         | PO | 139 | latest 2 2.8 2.8.3                                              | The Docker Registry 2.0 implementation for storing and distributing Docker images.
httpd            | O  | 121 | latest 2.4 2.4.62 2.4-alpine 2.2                                | The Apache HTTP Server Project.
openjdk          | O  | 176 | 21 17 11 8 8-jre 22                                             | OpenJDK is an open-source implementation of the Java Platform, Standard Edition.
eclipse-temurin  | O  |  64 | latest 21 21-jre 17 11 8                                        | Official Images for OpenJDK binaries built by Eclipse Temurin.
maven            | O  |  73 | latest 3.9 3.9-eclipse-temurin-21 3.8 3-jdk-8                   | Apache Maven is a software project management and comprehension tool.
ruby             | O  | 109 | latest 3.3 3.3-alpine 3.2 3.1 2.7                               | Ruby is a dynamic, reflective, object-oriented, general-purpose, open-source programming language.
traefik          | O  |  92 | latest v3.2 v3.1 v2.11 v1.7                                     | Traefik, the cloud native edge router.
mariadb          | PO | 146 | latest 11.4 11.2 10.11 10.6 10.5                                | MariaDB Server is a high performing open source relational database, forked from MySQL.
cassandra        | O  |  81 | latest 5.0 4.1 4.0 3.11                                         | Apache Cassandra is an open-source distributed storage system.
solr             | O  |  57 | latest 9.7 9.6 8.11                                             | Solr is the popular, blazing-fast, open source enterprise search platform built on Apache Lucene.
sonarqube        | O  |  77 | latest community lts-community 10.7-community 9.9-community     | SonarQube is an open source platform for continuous inspection of code quality.
nextcloud        | O  |  69 | latest 30 29 28 stable production                               | Nextcloud manages your files, contacts and calendars on a server of your own.
ghost            | O  |  63 | latest 5 5.101 5-alpine 4                                       | Ghost is a free and open source blogging platform written in JavaScript.
drupal           | O  |  71 | latest 11 10 10.3 7                                             | Drupal is an open source content management platform powering millions of websites and applications.
joomla           | O  |  52 | latest 5 5.2 4 4.4                                              | Joomla! is an open source content management system.
redmine          | O  |  58 | latest 6.0 5.1 5.0 4.2                                          | Redmine is a flexible project management web application written using Ruby on Rails framework.
couchdb          | O  |  44 | latest 3.4 3.3 2.3                                              | CouchDB is a database that uses JSON for documents, an HTTP API, and JavaScript/declarative indexing.
influxdb         | PO | 103 | latest 2.7 2.6 1.11 1.8 alpine                                  | InfluxDB is an open source time series database for recording metrics, events, and analytics.
jenkins/jenkins  | P  | 241 | latest lts lts-jdk17 2.479.2 2.462.3 2.440.3                    | The leading open source automation server.
gitlab/gitlab-ce | P  | 198 | latest 17.6.1-ce.0 17.5.3-ce.0 16.11.10-ce.0                    | GitLab Community Edition: Git repositories, issues, merge requests and CI in one application.
grafana/grafana  | P  | 152 | latest 11.3.1 11.2.3 10.4.12 9.5.21                             | The open and composable observability and data visualization platform.
apache/kafka     | P  |  86 | latest 3.9.0 3.8.1 3.7.1                                        | Apache Kafka: an open-source distributed event streaming platform.
hashicorp/consul | P  |  74 | latest 1.20 1.19 1.18                                           | Consul is a service networking solution: service discovery, configuration and segmentation.
bitnami/etcd     | P  |  61 | latest 3.5.17 3.5 3.4                                           | etcd: a distributed, reliable key-value store for the most critical data of a distributed system.
tutum/influxdb   | P  |  47 | latest 0.13 0.9                                                 | InfluxDB image, as the guide integrates it with the container monitoring service.
`;

/** Alibaba Cloud Container Hub, all Popular: registry | name | stars | tags | description. */
const ALIYUN_HUB = `
registry.aliyuncs.com             | acs/proxy                            | 127 | 0.5 0.4       | The Container Service custom routing image (HAProxy that discovers the backend containers).
registry.aliyuncs.com             | acs/composer                         |  45 | 0.9 0.8       | The Container Service orchestration engine: deploys applications from Compose templates.
registry.aliyuncs.com             | acs-sample/jenkins                   |  93 | 1.651.3       | Jenkins prepared for the Container Service continuous delivery sample.
registry.aliyuncs.com             | acs-sample/jenkins-slave-dind-nodejs |  38 | latest        | Jenkins slave with Docker-in-Docker and Node.js for building and testing.
registry.cn-hangzhou.aliyuncs.com | acs-sample/gitlab-sameersbn          |  66 | latest 8.16.3 | GitLab packaged by sameersbn, as the GitLab sample template uses it.
registry.cn-hangzhou.aliyuncs.com | acs-sample/postgresql-sameersbn      |  41 | 9.4-24 9.4-12 | PostgreSQL packaged by sameersbn, for GitLab.
registry.cn-hangzhou.aliyuncs.com | acs-sample/redis-sameersbn           |  39 | latest 3.0.6  | Redis packaged by sameersbn, for GitLab.
registry.aliyuncs.com             | acs-sample/alpine                    |  29 | 3.3           | Alpine Linux, as the guide uses it to test routing between microservices.
`;

/**
 * The image catalogue: Docker Hub's official images and the images the Container Service
 * recommends (its own acs/* and the acs-sample images the guide's templates use).
 */
export const CATALOGUE: readonly CatalogueImage[] = [
  ...rows(DOCKER_HUB).map(([name = '', category = '', stars = '', tags = '', description = '']) => ({
    name,
    repository: name,
    categories: CATEGORIES[category] ?? ['popular'],
    type: 'Public' as const,
    source: 'DOCKER_HUB' as const,
    stars: Number(stars),
    description,
    tags: tags.split(' '),
  })),
  ...rows(ALIYUN_HUB).map(([registry = '', name = '', stars = '', tags = '', description = '']) => ({
    name,
    repository: `${registry}/${name}`,
    categories: CATEGORIES['P'] ?? ['popular'],
    type: 'Public' as const,
    source: 'ALIYUN_HUB' as const,
    stars: Number(stars),
    description,
    tags: tags.split(' '),
  })),
];
