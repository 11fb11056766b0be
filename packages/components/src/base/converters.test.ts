import { expect } from '@open-wc/testing';
import { captureWarnings } from '../../test/helpers.js';
import { jsonList, listOf, text } from './converters.js';

describe('list attributes', () => {
  const parse = (value: string | null) => jsonList.fromAttribute!(value, Array);

  it('reads a JSON list', () => {
    expect(parse('[{"label":"Нүүр","href":"/"}]')).to.deep.equal([{ label: 'Нүүр', href: '/' }]);
    expect(parse(null)).to.deep.equal([]);
    expect(parse('')).to.deep.equal([]);
  });

  it('gives an empty list for bad JSON or a value that is not a list, never throwing, and the element that reads it says so', async () => {
    const warnings = await captureWarnings(() => {
      expect(listOf(parse('[{label: "x"}'), '<ger-footer> links')).to.deep.equal([]);
      expect(listOf(parse('{"label":"x"}'), '<ger-side-nav> items')).to.deep.equal([]);
      expect(parse('{"label":"x"}').length).to.equal(0);
    });
    expect(warnings).to.deep.equal([
      '[ger] <ger-footer> links="[{label: "x"}" is not a JSON list; nothing is shown from it.',
      '[ger] <ger-side-nav> items="{"label":"x"}" is not a JSON list; nothing is shown from it.',
    ]);
  });

  it('keeps only object items of a list, saying it left others out, and only string or number text', async () => {
    const warnings = await captureWarnings(() => {
      expect(listOf([{ a: 1 }, null, 'x', 3, [1]], 'test')).to.deep.equal([{ a: 1 }, [1]]);
      expect(listOf('nope', 'where')).to.deep.equal([]);
    });
    expect(warnings).to.deep.equal(['[ger] test: entries that are not objects are left out.', '[ger] where is not a list.']);
    expect([text(' a '), text(5), text({}), text(null)]).to.deep.equal(['a', '5', '', '']);
  });
});
