import assert from 'node:assert/strict';
import { test } from 'node:test';
import { botReply } from '../src/bot.mjs';
import { createCatalogue } from '../src/catalogue.mjs';
import { fold, words } from '../src/fold.mjs';

const catalogue = createCatalogue();
const ids = (text) => catalogue.search(text).map((service) => service.id);

test('Cyrillic and Latin-typed Mongolian fold to the same skeleton', () => {
  assert.equal(fold('паспорт'), fold('pasport'));
  // ө is typed o or u: a word with ө is indexed both ways (the shared table is in packages/text-fold).
  assert.ok(words('төрийн').includes(fold('turiin')) && words('төрийн').includes(fold('toriin')));
  assert.equal(fold('үнэмлэх'), fold('unemlekh'));
  assert.equal(fold('үнэмлэх'), fold('unemleh'));
  assert.equal(fold('хөрөнгө'), fold('xorongo'));
});

test("the bot finds services from the user's words, in Cyrillic or Latin letters", () => {
  assert.equal(ids('pasport')[0], 'passport-foreign');
  assert.equal(ids('гадаад паспорт авах')[0], 'passport-foreign');
  assert.equal(ids('tursnii gerchilgee')[0], 'birth-certificate');
  assert.equal(ids('irgenii unemleh')[0], 'id-card-replace');
  assert.equal(ids('uil hodloh horongo')[0], 'property-record');
  assert.equal(ids('тэтгэврийн лавлагаа')[0], 'pension-record');
  assert.equal(ids('driving licence')[0], 'driving-licence');
  assert.deepEqual(ids('hello world'), []);
  assert.deepEqual(ids(''), []);
});

test("the reply is in the conversation's language and always offers a message and 1111", () => {
  const mn = botReply(catalogue, 'pasport', 'mn');
  assert.equal(mn.services[0].title, 'Гадаад паспорт захиалах');
  assert.match(mn.text, /1111/);
  const en = botReply(catalogue, 'pasport', 'en');
  assert.equal(en.services[0].title, 'Apply for a foreign passport');
  assert.match(en.text, /Leave a message/);
  assert.deepEqual(botReply(catalogue, 'zzzz', 'en').services, []);
});

test('any catalogue of the documented shape plugs in', () => {
  const custom = createCatalogue([{ id: 'x', title: { mn: 'Малын тооллого' } }, { bad: true }]);
  assert.equal(custom.size, 1);
  assert.deepEqual(
    custom.search('maliin toollogo').map((s) => s.id),
    ['x'],
  );
});
