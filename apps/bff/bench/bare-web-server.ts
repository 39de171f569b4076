import { createServer } from 'node:http';
import { httpAnswer } from '@cs/simulator';

/** The baseline of the SLB listener bench: a bare Node HTTP server answering nginx's page, as a container would. */
const page = httpAnswer('nginx:1.0', 'GET', '/', Date.now(), {
  name: 'bare_nginx_1',
  hostname: 'bare',
  image: 'nginx:1.0',
})!;
createServer((req, res) => {
  req.resume();
  res.writeHead(200, page.headers.flat());
  res.end(page.body);
}).listen(Number(process.env.PORT), '127.0.0.1');
