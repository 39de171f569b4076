import { describe, expect, it } from 'vitest';
import { settingsOf } from './fixtures.ts';

const linked = (links: string[]) => settingsOf({ HostConfig: { Links: links } });

describe('links and external_links', () => {
  it('writes a link named after the service as the service alone', () => {
    expect(linked(['proj_db_1:db', 'proj_db_1:db_1', 'proj_db_1:proj_db_1'])).toEqual({ links: ['db'] });
  });

  it('keeps an alias other than the service name', () => {
    expect(linked(['proj_db_1:db_1', 'proj_db_1:mysql', 'proj_db_1:proj_db_1'])).toEqual({ links: ['db:mysql'] });
  });

  it('reads the form Docker reports, /container:/linking_container/alias', () => {
    expect(linked(['/proj_db_1:/proj_web_1/database', '/proj_cache_1:/proj_web_1/cache'])).toEqual({
      links: ['cache', 'db:database'],
    });
  });

  it('keeps one link per service and alias, whatever the number of containers', () => {
    expect(
      linked(['proj_db_1:db_1', 'proj_db_1:proj_db_1', 'proj_db_2:db', 'proj_db_2:db_2', 'proj_db_2:proj_db_2']),
    ).toEqual({ links: ['db'] });
  });

  it('still links a service whose links carry only the automatic aliases', () => {
    expect(linked(['proj_db_1:proj_db_1'])).toEqual({ links: ['db'] });
  });

  it('drops the links of a one-off container to its own service', () => {
    expect(linked(['proj_web_1:web', 'proj_web_1:proj_web_1', 'proj_db_1:db'])).toEqual({ links: ['db'] });
  });

  it('writes links to containers outside the project as external_links', () => {
    expect(linked(['redis_1:cache', 'shared-mq:shared-mq', 'other_db_1:db', 'redis_1:cache'])).toEqual({
      external_links: ['other_db_1:db', 'redis_1:cache', 'shared-mq'],
    });
  });

  it('reads the links of network endpoints too', () => {
    expect(
      settingsOf({
        HostConfig: { Links: ['proj_db_1:db'] },
        NetworkingConfig: {
          EndpointsConfig: { proj_default: { Aliases: ['web'], Links: ['proj_cache_1:redis', 'proj_db_1:db'] } },
        },
      }),
    ).toEqual({ links: ['cache:redis', 'db'] });
  });
});
