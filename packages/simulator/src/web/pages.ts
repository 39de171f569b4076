/** The pages the simulated web servers serve, as the real images do (plus who served them, where asked). */

export interface ServedBy {
  /** The container's name, `{app}_{service}_{n}`. */
  name: string;
  hostname: string;
  image: string;
}

export const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * nginx's welcome page. Through a Server Load Balancer it also names the container that answered
 * and its image, so a browser shows which version a request reached (the guide's release pages).
 */
export function nginxWelcome(servedBy?: ServedBy): string {
  const served = servedBy
    ? `\n<p>Served by container <code>${escapeHtml(servedBy.name)}</code> (${escapeHtml(servedBy.image)}).</p>\n`
    : '';
  return `<!DOCTYPE html>
<html>
<head>
<title>Welcome to nginx!</title>
<style>
    body {
        width: 35em;
        margin: 0 auto;
        font-family: Tahoma, Verdana, Arial, sans-serif;
    }
</style>
</head>
<body>
<h1>Welcome to nginx!</h1>
<p>If you see this page, the nginx web server is successfully installed and
working. Further configuration is required.</p>

<p>For online documentation and support please refer to
<a href="http://nginx.org/">nginx.org</a>.<br/>
Commercial support is available at
<a href="http://nginx.com/">nginx.com</a>.</p>
${served}
<p><em>Thank you for using nginx.</em></p>
</body>
</html>
`;
}

export const nginxNotFound = (server: string) =>
  `<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n<center><h1>404 Not Found</h1></center>\r\n<hr><center>${server}</center>\r\n</body>\r\n</html>\r\n`;

export const apacheNotFound = (path: string) =>
  `<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head>\n<title>404 Not Found</title>\n</head><body>\n<h1>Not Found</h1>\n<p>The requested URL ${escapeHtml(path)} was not found on this server.</p>\n</body></html>\n`;

/** WordPress's front page once installed: the first post, "Hello world!" (the guide's "Hello World page"). */
export function wordpressHome(servedBy?: ServedBy): string {
  const served = servedBy ? `<footer>Served by ${escapeHtml(servedBy.name)}</footer>\n` : '';
  return `<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<title>My WordPress Site &#8211; Just another WordPress site</title>
</head>
<body class="home blog">
<h1 class="site-title">My WordPress Site</h1>
<article id="post-1" class="post-1 post type-post status-publish">
<h2 class="entry-title"><a href="/?p=1" rel="bookmark">Hello world!</a></h2>
<p>Welcome to WordPress. This is your first post. Edit or delete it, then start writing!</p>
</article>
${served}</body>
</html>
`;
}

/** dockercloud/hello-world's page: the logo's words and the container's hostname. */
export function helloWorld(servedBy?: ServedBy): string {
  const hostname = escapeHtml(servedBy?.hostname ?? 'localhost');
  return `<html>
<head>
	<title>Hello world!</title>
</head>
<body>
	<h1>Hello world!</h1>
	<h3>My hostname is ${hostname}</h3>
</body>
</html>
`;
}
