import { describe, expect, it } from 'vitest';
import {
  certDirectory,
  dockerCliCommand,
  dockerEnvironmentCommands,
  shellWord,
} from './connection-information.utils.ts';

describe('Connection Information commands', () => {
  it('leaves names by the guide rule as they are and single-quotes anything else', () => {
    expect(shellWord('prod-01')).toBe('prod-01');
    expect(shellWord('生产-1')).toBe('生产-1');
    expect(shellWord('tcp://127.0.0.1:32768')).toBe('tcp://127.0.0.1:32768');
    expect(shellWord("a b;$(rm -rf ~)'x")).toBe(`'a b;$(rm -rf ~)'\\''x'`);
    expect(shellWord('')).toBe("''");
    expect(certDirectory('my cluster')).toBe("~/acs/certs/'my cluster'");
  });

  it('names the certificate files under ~/acs/certs/ClusterName with the endpoint', () => {
    expect(dockerCliCommand('demo', 'tcp://127.0.0.1:40001')).toBe(
      [
        'docker --tlsverify \\',
        '  --tlscacert ~/acs/certs/demo/ca.pem \\',
        '  --tlscert ~/acs/certs/demo/cert.pem \\',
        '  --tlskey ~/acs/certs/demo/key.pem \\',
        '  -H tcp://127.0.0.1:40001 info',
      ].join('\n'),
    );
    expect(dockerEnvironmentCommands('demo', 'tcp://127.0.0.1:40001').split('\n')).toEqual([
      'export DOCKER_HOST=tcp://127.0.0.1:40001 \\',
      '  DOCKER_TLS_VERIFY=1 \\',
      '  DOCKER_CERT_PATH=~/acs/certs/demo',
      'docker ps',
      'docker-compose -p myapp -f docker-compose.yml up -d',
    ]);
  });
});
