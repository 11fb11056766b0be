// Serves `/__ger/ssr-fixtures.json`: the hydration test's fixtures
// (packages/components/test/hydration-fixtures.mjs) rendered by @lit-labs/ssr, as { name: html }.
//
// Rendered here when the test asks, not written out by the build: the HTML comes from the same
// built package (dist) the browser then loads, so it can never be stale, and Lit's template
// digests, which hydration checks, match by construction. The build stays free of test output.
// Rendering loads Lit's DOM shim into this process, as in any Node server rendering Lit; it is
// imported on the first request, so runs without the hydration test never load it.
const PATH = '/__ger/ssr-fixtures.json';

let rendered;

async function renderFixtures() {
  const { render } = await import('@lit-labs/ssr');
  const { collectResult } = await import('@lit-labs/ssr/lib/render-result.js');
  await import('../packages/components/dist/index.js');
  const { fixtures } = await import('../packages/components/test/hydration-fixtures.mjs');
  const entries = [];
  for (const [name, template] of Object.entries(fixtures)) entries.push([name, await collectResult(render(template))]);
  return Object.fromEntries(entries);
}

export function ssrPlugin() {
  return {
    name: 'ger-ssr',
    async serve(context) {
      if (context.path !== PATH) return undefined;
      rendered ??= renderFixtures();
      return { body: JSON.stringify(await rendered), type: 'json' };
    },
  };
}
