import { request } from 'node:http';

export interface ListenerAnswer {
  status: number;
  body: string;
}

/** One GET to the Server Load Balancer listener on this machine, with a Host header (fetch cannot set one). */
export function getThroughListener(port: number, host: string): Promise<ListenerAnswer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/', headers: { host } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}
