/**
 * Runs `retry` once, when a failed download is worth trying again: as soon as the browser is back
 * `online`, else after 2, 4, 8, 16, 32, then 64 s (`attempt`: how many times it failed before,
 * counting from 0). A dropped download on a mobile link must not leave a page broken until a
 * reload, and a server that is down is not asked again and again.
 *
 * Returns a function that cancels the retry: call it when what needs the download leaves the page,
 * so no timer or listener is left behind. Ger's one retry schedule: the CDN autoloader's element
 * files, the service catalogue's data and results, and the form drafts' reads and saves use it;
 * an element's own work (an upload, a search) uses it through the
 * `Retry` controller, which stops and resumes the wait as the element leaves and comes back.
 *
 * Trying the same URL again helps after a dropped connection in Chromium and WebKit; a browser may
 * also keep a failed module download for the page's life (Firefox does, and Chromium after an
 * HTTP error; whatwg/html#10327 changes that), so a caller that can asks for another URL.
 */
export function retryLater(retry: () => void, attempt: number): () => void {
  const cancel = () => {
    clearTimeout(timer);
    removeEventListener('online', run);
  };
  const run = () => {
    cancel();
    retry();
  };
  const timer = setTimeout(run, 2000 * 2 ** Math.min(attempt, 5));
  addEventListener('online', run);
  return cancel;
}
