/**
 * `/__ger/flaky/<token>/<file>/<path>` serves `/<path>`, except that the first request under the
 * same token for a file named `<file>` fails: the connection drops in the middle of the download,
 * as on a mobile link, or, for a token that starts with `http`, the server answers 503.
 * Relative imports stay under the prefix, so a test loads a module (or the CDN autoloader) through
 * it and one of the files it imports, directly or later, fails once: what the page does next is
 * what a reader on a flaky link gets. Each test takes a token of its own.
 */
export function flakyMiddleware() {
  const failed = new Set();
  return async function flaky(context, next) {
    const match = /^\/__ger\/flaky\/([\w-]+)\/([\w.-]+)(\/.*)$/.exec(context.path);
    if (!match) return next();
    const [, token, file, path] = match;
    const key = `${token}/${file}`;
    if (path.endsWith(`/${file}`) && !failed.has(key)) {
      failed.add(key);
      if (token.startsWith('http')) {
        context.status = 503;
        context.body = 'Service unavailable (a test of a failed download)';
        return undefined;
      }
      // The connection drops in the middle of the download, as on a mobile link: the headers and a
      // few bytes arrive, the rest never does (a connection closed before any byte is retried by
      // the browser itself, unseen by the page).
      context.respond = false;
      const { socket } = context.req;
      socket.write('HTTP/1.1 200 OK\r\nContent-Type: text/javascript\r\nContent-Length: 1000\r\n\r\nexport const');
      setTimeout(() => socket.destroy(), 50);
      return undefined;
    }
    context.path = path;
    return next();
  };
}
