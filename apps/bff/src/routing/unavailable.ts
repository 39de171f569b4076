import type { SimulatedAnswer } from './simulated-request.ts';

/** HAProxy's own 503, which acsrouting answers when no container serves the domain. */
const SERVICE_UNAVAILABLE =
  '<html><body><h1>503 Service Unavailable</h1>\nNo server is available to handle this request.\n</body></html>\n';

const BAD_GATEWAY =
  '<html><body><h1>502 Bad Gateway</h1>\nThe server returned an invalid or incomplete response.\n</body></html>\n';

function haproxyError(status: 502 | 503, body: string): SimulatedAnswer {
  return {
    status,
    reason: status === 503 ? 'Service Unavailable' : 'Bad Gateway',
    headers: [
      ['Cache-Control', 'no-cache'],
      ['Connection', 'close'],
      ['Content-Type', 'text/html'],
      ['Content-Length', String(Buffer.byteLength(body))],
    ],
    body,
    container: null,
  };
}

/** No backend: no route for the domain, no healthy container, or the request dropped while routing reloads. */
export const serviceUnavailable = (): SimulatedAnswer => haproxyError(503, SERVICE_UNAVAILABLE);

/**
 * The operator's 503 page (acs/proxy's `errorfile 503 …`): the simulated node holds the page the
 * guide's "Customize 503 page" sample writes to /errors/503.http.
 */
const CUSTOM_503 = `<html><body><h1>503 Service Unavailable</h1>
<h3>No server is available to handle this request.</h3>
<h3>If this page is returned, a problem occurs during the service access process. Take the following steps for troubleshooting:</h3>
<li>If you are the visitor of this application, contact the application maintainer to solve the problem.</li>
<li>If you are the application maintainer, view the following information.</li>
</body></html>
`;

export const customUnavailable = (): SimulatedAnswer => ({
  ...haproxyError(503, CUSTOM_503),
  headers: [
    ['Cache-Control', 'no-cache'],
    ['Connection', 'close'],
    ['Content-Type', 'text/html;charset=UTF-8'],
    ['Content-Length', String(Buffer.byteLength(CUSTOM_503))],
  ],
});

/** HTTP_BASIC_AUTH without the right credentials. */
export const unauthorized = (): SimulatedAnswer => {
  const body =
    '<html><body><h1>401 Unauthorized</h1>\nYou need a valid user and password to access this content.\n</body></html>\n';
  return {
    status: 401,
    reason: 'Unauthorized',
    headers: [
      ['Content-Type', 'text/html'],
      ['WWW-Authenticate', 'Basic realm="haproxy"'],
      ['Content-Length', String(Buffer.byteLength(body))],
    ],
    body,
    container: null,
  };
};

/** FORCE_SSL: plain HTTP goes to HTTPS. */
export const redirect = (location: string): SimulatedAnswer => ({
  status: 301,
  reason: 'Moved Permanently',
  headers: [
    ['Location', location],
    ['Content-Length', '0'],
  ],
  body: '',
  container: null,
});

/** The chosen container does not speak HTTP on the routed port. */
export const badGateway = (): SimulatedAnswer => haproxyError(502, BAD_GATEWAY);
