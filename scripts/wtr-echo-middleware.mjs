/**
 * `POST /__ger/echo` answers with what a server received from a form, as plain text JSON:
 * `[[name, value], ...]`, a file as `{ file, size, type }`. Lets a browser test submit a real
 * `<form>` (into an iframe) and check every named value arrived, files and encoding included.
 */
export function echoMiddleware() {
  return async function echo(context, next) {
    if (context.path !== '/__ger/echo' || context.method !== 'POST') return next();
    const chunks = [];
    for await (const chunk of context.req) chunks.push(chunk);
    const request = new Request('http://127.0.0.1/__ger/echo', {
      method: 'POST',
      headers: { 'content-type': context.get('content-type') },
      body: Buffer.concat(chunks),
    });
    const received = [];
    for (const [name, value] of await request.formData()) {
      received.push([name, typeof value === 'string' ? value : { file: value.name, size: value.size, type: value.type }]);
    }
    context.type = 'text/plain; charset=utf-8';
    context.body = JSON.stringify(received);
  };
}
