import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { describeAccessibility } from '../../test/accessibility.js';
import { itNeeds, press } from '../../test/engine.js';
import { fakeTimers, watchOnline } from '../../test/clock.js';
import { describeFormControl } from '../../test/form-control.js';
import { captureWarnings, computedAccessibility, deepActiveElement } from '../../test/helpers.js';
import { TRADITIONAL_SCRIPT, whenStringsLoaded } from '../../test/viewing-conditions.js';
import { mnMongTranslation } from '../locales/mn-Mong.js';
import type { GerFileUpload, Uploader } from './file-upload.js';
import { accepts } from './handling.js';
import './file-upload.js';

const photo = (size = 200_000, name = 'zurag.jpg', type = 'image/jpeg') => new File([new Uint8Array(size)], name, { type });
const button = (el: GerFileUpload) => el.shadowRoot!.querySelector<HTMLButtonElement>('#control')!;
const status = (el: GerFileUpload) => el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
const fileRow = (el: GerFileUpload) => el.shadowRoot!.querySelector('[part="file"]');

function drop(el: GerFileUpload, file: File) {
  const data = new DataTransfer();
  data.items.add(file);
  const zone = el.shadowRoot!.querySelector('[part="drop-zone"]')!;
  zone.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: data }));
  zone.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: data }));
}

/** An upload the test finishes by hand, reporting progress on the way. */
function manualUploader() {
  let finish!: (ref: string) => void;
  let fail!: () => void;
  let report!: (fraction: number) => void;
  let signal!: AbortSignal;
  const uploader: Uploader = (_file, progress, abort) =>
    new Promise((resolve, reject) => {
      report = progress;
      signal = abort;
      finish = resolve;
      fail = () => reject(new Error('network'));
    });
  return { uploader, finish: (ref: string) => finish(ref), fail: () => fail(), report: (f: number) => report(f), aborted: () => signal.aborted };
}

describe('ger-file-upload', () => {
  itNeeds(['computed accessibility'], 'is a button named by the label and "Файл сонгох"', async () => {
    const el = await fixture<GerFileUpload>(html`<ger-file-upload label="Цээж зураг" required></ger-file-upload>`);
    expect(computedAccessibility(button(el))).to.deep.equal({ role: 'button', name: 'Цээж зураг (заавал) Файл сонгох' });
  });

  it('opens the file picker from the button, by keyboard', async () => {
    const el = await fixture<GerFileUpload>(html`<ger-file-upload label="Зураг"></ger-file-upload>`);
    const picker = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"]')!;
    let opened = 0;
    picker.click = () => opened++;
    await press('Tab');
    expect(deepActiveElement()).to.equal(button(el));
    await press('Enter');
    expect(opened).to.equal(1);
  });

  it('takes a file chosen in the picker and sends it with the form', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><ger-file-upload name="photo" label="Зураг" accept=".jpg,.png"></ger-file-upload></form>`);
    const el = form.querySelector('ger-file-upload')!;
    const picker = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"]')!;
    const data = new DataTransfer();
    data.items.add(photo());
    picker.files = data.files;
    picker.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const sent = new FormData(form).get('photo') as File;
    expect(sent.name).to.equal('zurag.jpg');
    expect(fileRow(el)!.textContent).to.contain('zurag.jpg');
    // Nothing has reached the agency yet: "uploaded" would let a reader leave without sending.
    expect(status(el)).to.equal('Сонгосон: zurag.jpg. Маягтыг илгээхэд хамт илгээгдэнэ.');
    // The button's description is the file, not the row's buttons ("Устгах: zurag.jpg").
    const description = button(el)
      .getAttribute('aria-describedby')!
      .split(' ')
      .map((id) => el.shadowRoot!.getElementById(id)!.textContent!.trim())
      .join(' ');
    expect(description).to.contain('zurag.jpg');
    expect(description).not.to.contain('Устгах');
  });

  it('takes a dropped file, and shows the box as a drop target while dragging', async () => {
    const el = await fixture<GerFileUpload>(html`<ger-file-upload label="Зураг"></ger-file-upload>`);
    const zone = el.shadowRoot!.querySelector('[part="drop-zone"]')!;
    zone.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: new DataTransfer() }));
    await el.updateComplete;
    expect(zone.classList.contains('dragging')).to.be.true;
    drop(el, photo(1000, 'scan.pdf', 'application/pdf'));
    await el.updateComplete;
    expect(zone.classList.contains('dragging')).to.be.false;
    expect(el.displayValue).to.equal('scan.pdf');
  });

  it('rejects a file of the wrong type or too big, says why at once and keeps nothing', async () => {
    const el = await fixture<GerFileUpload>(html`<ger-file-upload label="Зураг" accept=".jpg,.png" max-size="1000000"></ger-file-upload>`);
    drop(el, photo(1000, 'resume.docx', 'application/msword'));
    await el.updateComplete;
    expect(el.jsonValue).to.be.null;
    expect(el.validationMessage).to.equal('Энэ төрлийн файл хүлээн авахгүй. Зөвшөөрөгдөх төрөл: JPG, PNG.');
    expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('JPG, PNG');
    expect(status(el), 'announced').to.contain('JPG, PNG');
    drop(el, photo(2_500_000));
    await el.updateComplete;
    expect(el.validationMessage).to.equal('Файл хэт том байна. Хамгийн ихдээ 1 МБ байх ёстой.');
    drop(el, photo(900_000));
    await el.updateComplete;
    expect(el.checkValidity()).to.be.true;
    expect(el.shadowRoot!.querySelector('[part="error"]')).to.be.null;
  });

  it('sets no size limit, with a warning, for a max-size that is not a whole number of bytes', async () => {
    const el = await fixture<GerFileUpload>(html`<ger-file-upload label="Зураг" max-size="-1"></ger-file-upload>`);
    const warnings = await captureWarnings(async () => {
      drop(el, photo(900_000));
      await el.updateComplete;
    });
    expect(el.checkValidity()).to.be.true;
    expect(el.displayValue).to.equal('zurag.jpg');
    expect(warnings.join()).to.contain('<ger-file-upload> max-size="-1" is not a whole number from 1; no limit is set');
  });

  it('names the allowed types as readers know them, and words its refusal anew when the page changes language', async () => {
    const el = await fixture<GerFileUpload>(html`<ger-file-upload label="Баримт" accept="image/*, application/pdf, .tar.gz, image/svg+xml"></ger-file-upload>`);
    drop(el, new File(['x'], 'notes.txt', { type: 'text/plain' }));
    await el.updateComplete;
    expect(el.validationMessage).to.equal('Энэ төрлийн файл хүлээн авахгүй. Зөвшөөрөгдөх төрөл: зураг, PDF, TAR.GZ, SVG.');
    el.lang = 'en';
    await el.updateComplete;
    expect(el.validationMessage).to.equal('This type of file is not accepted. Allowed types: images, PDF, TAR.GZ, SVG.');
    expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('Allowed types: images');
  });

  it('uploads with a progress bar, sends the server reference, and blocks the form meanwhile', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><ger-file-upload name="photo" label="Зураг" required></ger-file-upload></form>`);
    const el = form.querySelector('ger-file-upload')!;
    const upload = manualUploader();
    el.uploader = upload.uploader;
    drop(el, photo());
    await el.updateComplete;
    expect(status(el)).to.equal('Байршуулж байна: 0%');
    upload.report(0.4);
    await el.updateComplete;
    const bar = el.shadowRoot!.querySelector('progress')!;
    expect(bar.value).to.equal(40);
    expect(el.checkValidity(), 'not ready while uploading').to.be.false;
    expect(el.validationMessage).to.equal('Байршуулж байна: 40%');
    upload.finish('upl-7f3a');
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('progress')).to.be.null;
    expect(new FormData(form).get('photo')).to.equal('upl-7f3a');
    expect(el.jsonValue).to.deep.equal({ name: 'zurag.jpg', size: 200000, type: 'image/jpeg', ref: 'upl-7f3a' });
    expect(status(el)).to.equal('Байршуулсан: zurag.jpg');
    expect(el.checkValidity()).to.be.true;
  });

  it('says when the upload failed and lets the user try again', async () => {
    const el = await fixture<GerFileUpload>(html`<div lang="en"><ger-file-upload label="Photo"></ger-file-upload></div>`);
    const control = el.querySelector('ger-file-upload')!;
    await control.updateComplete;
    const upload = manualUploader();
    control.uploader = upload.uploader;
    drop(control, photo());
    await control.updateComplete;
    upload.fail();
    await new Promise((r) => setTimeout(r));
    await control.updateComplete;
    expect(control.jsonValue, 'kept, without a server reference').to.deep.equal({ name: 'zurag.jpg', size: 200000, type: 'image/jpeg' });
    expect(control.validationMessage).to.equal('The file could not be uploaded. Try again.');
    expect(status(control)).to.equal('The file could not be uploaded. Try again.');
  });

  it('removes the file, stops its upload, announces it and puts focus back on the button', async () => {
    const el = await fixture<GerFileUpload>(html`<ger-file-upload label="Зураг"></ger-file-upload>`);
    const upload = manualUploader();
    el.uploader = upload.uploader;
    drop(el, photo());
    await el.updateComplete;
    const remove = el.shadowRoot!.querySelector<HTMLButtonElement>('.remove')!;
    expect(remove.getAttribute('aria-label')).to.equal('Устгах: zurag.jpg');
    remove.focus();
    remove.click();
    await el.updateComplete;
    expect(upload.aborted()).to.be.true;
    expect(el.jsonValue).to.be.null;
    expect(fileRow(el)).to.be.null;
    expect(status(el)).to.equal('Файлыг устгалаа');
    expect(deepActiveElement()).to.equal(button(el));
  });

  it('leaves nothing about the file for a screen reader to find after a form reset', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><ger-file-upload name="photo" label="Зураг"></ger-file-upload></form>`);
    const el = form.querySelector('ger-file-upload')!;
    await el.choose(photo(200, 'a.txt', 'text/plain'));
    await el.updateComplete;
    expect(status(el)).to.equal('Сонгосон: a.txt. Маягтыг илгээхэд хамт илгээгдэнэ.');
    form.reset();
    await el.updateComplete;
    expect(new FormData(form).get('photo')).to.be.null;
    expect(fileRow(el)).to.be.null;
    expect(el.shadowRoot!.textContent).not.to.contain('a.txt');
  });

  it('restores an uploaded file from a draft, but not one that was never uploaded', async () => {
    const el = await fixture<GerFileUpload>(html`<ger-file-upload label="Зураг"></ger-file-upload>`);
    el.jsonValue = { name: 'zurag.jpg', size: 1200, type: 'image/jpeg', ref: 'upl-1' };
    await el.updateComplete;
    expect(el.displayValue).to.equal('zurag.jpg');
    el.jsonValue = { name: 'local.jpg', size: 1200, type: 'image/jpeg' };
    expect(el.jsonValue).to.be.null;
  });

  it('matches accept lists by extension and type', () => {
    const jpeg = { name: 'A.JPG', type: 'image/jpeg' };
    expect(accepts('', jpeg)).to.be.true;
    expect(accepts('.jpg,.png', jpeg)).to.be.true;
    expect(accepts('image/*', jpeg)).to.be.true;
    expect(accepts('image/png', jpeg)).to.be.false;
    expect(accepts('.pdf', jpeg)).to.be.false;
  });
});

/**
 * The upload endpoint of a service's server, through the page's `fetch`, which the test cuts (the
 * request fails as on a dropped mobile link, or the server answers 500) and brings back.
 */
function uploadServer() {
  const real = window.fetch;
  const server = { down: true as boolean | 'error', calls: 0, restore: () => (window.fetch = real) };
  window.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    if (String(input) !== '/api/upload') return real(input, init);
    server.calls++;
    if (server.down === 'error') return new Response('Server error', { status: 500 });
    if (server.down) throw new TypeError('Failed to fetch');
    return new Response(JSON.stringify({ ref: `F-${server.calls}` }), { headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
  return server;
}

/** `uploader` as a page writes it: POST the file, the server's reference back, or an error. */
const postFile: Uploader = async (file, progress, signal) => {
  progress(0.1);
  const response = await fetch('/api/upload', { method: 'POST', body: file, signal });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return (await response.json()).ref;
};

describe('ger-file-upload: uploads on a failing connection', () => {
  let server: ReturnType<typeof uploadServer>;
  beforeEach(() => (server = uploadServer()));
  afterEach(() => server.restore());

  const retryButton = (el: GerFileUpload) => el.shadowRoot!.querySelector<HTMLButtonElement>('.retry');
  const failed = 'Файлыг байршуулж чадсангүй. Дахин оролдоно уу.';

  async function uploadField(lang = 'mn') {
    const form = await fixture<HTMLFormElement>(
      html`<form lang=${lang}><ger-file-upload name="doc" label="Малын тооллогын акт" accept=".jpg,.pdf" required></ger-file-upload></form>`,
    );
    const el = form.querySelector('ger-file-upload')!;
    el.uploader = postFile;
    await el.updateComplete;
    return { form, el };
  }

  /** Drops the file and waits for the upload to fail (the console warning kept out of the log). */
  async function dropAndFail(el: GerFileUpload, message = failed) {
    await captureWarnings(async () => {
      drop(el, photo(300_000, 'akt-2026.jpg'));
      await waitUntil(() => status(el) === message, 'the upload failed', { timeout: 3000 });
    });
    await el.updateComplete;
  }

  it('keeps a file whose upload failed, with Try again, and sends it again when the connection is back', async () => {
    const { form, el } = await uploadField();
    await dropAndFail(el);
    expect(fileRow(el)?.textContent, 'the file is not dropped').to.contain('akt-2026.jpg');
    expect(retryButton(el)!.getAttribute('aria-label')).to.equal('Дахин оролдох: akt-2026.jpg');
    expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain(failed);
    expect(el.checkValidity(), 'the form waits for the upload').to.be.false;
    expect(new FormData(form).get('doc'), 'a file that was not uploaded is not sent in its place').to.be.null;
    let changes = 0;
    el.addEventListener('change', () => changes++);

    server.down = false;
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => status(el) === 'Байршуулсан: akt-2026.jpg', 'uploaded once the connection is back', { timeout: 3000 });
    await el.updateComplete;
    expect(server.calls).to.equal(2);
    expect(new FormData(form).get('doc')).to.equal('F-2');
    expect(retryButton(el)).to.be.null;
    expect(el.checkValidity()).to.be.true;
    expect(el.shadowRoot!.querySelector('[part="error"]')).to.be.null;
    expect(changes).to.equal(1);
  });

  it('Try again uploads the same file, keeping focus in its row, and says how it goes', async () => {
    server.down = 'error';
    const { form, el } = await uploadField('en');
    await dropAndFail(el, 'The file could not be uploaded. Try again.');
    const retry = retryButton(el)!;
    expect(retry.getAttribute('aria-label')).to.equal('Try again: akt-2026.jpg');
    server.down = false;
    retry.focus();
    await press('Enter');
    await el.updateComplete;
    expect(deepActiveElement(), 'on Remove: Try again gave way to the progress bar').to.equal(el.shadowRoot!.querySelector('.remove'));
    await waitUntil(() => status(el) === 'Uploaded: akt-2026.jpg', 'uploaded', { timeout: 3000 });
    expect(new FormData(form).get('doc')).to.equal('F-2');
  });

  it('tries again by itself at most three times, and not for a file removed', async () => {
    const { el } = await uploadField();
    await dropAndFail(el);
    await captureWarnings(async () => {
      for (let i = 0; i < 5; i++) {
        window.dispatchEvent(new Event('online'));
        await aTimeout(50);
      }
    });
    expect(server.calls, 'one upload and three tries').to.equal(4);
    expect(retryButton(el), 'Try again is still there').not.to.be.null;
    expect(status(el)).to.equal(failed);

    el.shadowRoot!.querySelector<HTMLButtonElement>('.remove')!.click();
    await el.updateComplete;
    await dropAndFail(el);
    el.shadowRoot!.querySelector<HTMLButtonElement>('.remove')!.click();
    await el.updateComplete;
    server.down = false;
    window.dispatchEvent(new Event('online'));
    await aTimeout(100);
    expect(server.calls, 'a removed file is not sent').to.equal(5);
    expect(el.jsonValue).to.be.null;
  });

  /** Drops the file and waits for its upload to fail (within 2 s: a fake clock keeps longer timers). */
  async function failUpload(el: GerFileUpload) {
    await captureWarnings(async () => {
      drop(el, photo(300_000, 'akt-2026.jpg'));
      await waitUntil(() => status(el) === failed, 'the upload failed', { timeout: 1500 });
    });
    await el.updateComplete;
  }
  const uploaded = 'Байршуулсан: akt-2026.jpg';

  it('sends the file again by itself after 2, then 4 and 8 s when no `online` comes (a server error), three times at most', async () => {
    server.down = 'error';
    const clock = fakeTimers();
    try {
      const { el } = await uploadField();
      await failUpload(el);
      await captureWarnings(async () => {
        for (const [i, wait] of [2000, 4000, 8000].entries()) {
          expect(clock.pending.map((timer) => timer.delay)).to.deep.equal([wait]);
          clock.runLast();
          await waitUntil(() => server.calls === i + 2 && status(el) === failed, `try ${i + 1} failed`, { timeout: 1500 });
        }
      });
      expect(clock.pending, 'three tries: then Try again is the reader’s').to.have.length(0);
      expect(retryButton(el)).not.to.be.null;
      // The reader's Try again: it fails, and nothing more goes by itself.
      await captureWarnings(async () => {
        retryButton(el)!.click();
        await waitUntil(() => server.calls === 5 && status(el) === failed, 'Try again failed', { timeout: 1500 });
      });
      expect(clock.pending).to.have.length(0);
    } finally {
      clock.restore();
    }
  });

  it('sends the file again by itself once the server answers again, with no `online`', async () => {
    server.down = 'error';
    const clock = fakeTimers();
    try {
      const { form, el } = await uploadField();
      await failUpload(el);
      server.down = false;
      expect(clock.runLast()).to.equal(2000);
      await waitUntil(() => status(el) === uploaded, 'uploaded', { timeout: 1500 });
      expect(new FormData(form).get('doc')).to.equal('F-2');
      expect(clock.pending).to.have.length(0);
    } finally {
      clock.restore();
    }
  });

  it('while the browser says it is offline, waits for `online` and uses up no try', async () => {
    const clock = fakeTimers();
    const online = watchOnline();
    try {
      const { el } = await uploadField();
      online.offline();
      await failUpload(el);
      for (let i = 0; i < 4; i++) {
        clock.runLast();
        await aTimeout(20);
      }
      expect(server.calls, 'nothing sent while offline').to.equal(1);
      expect(clock.pending, 'still waiting').to.have.length(1);
      online.offline(false);
      server.down = false;
      window.dispatchEvent(new Event('online'));
      await waitUntil(() => status(el) === uploaded, 'uploaded once back online', { timeout: 1500 });
      expect(server.calls).to.equal(2);
    } finally {
      clock.restore();
      online.restore();
    }
  });

  it('leaves no retry waiting once the field is removed, and waits again when it is put back', async () => {
    const clock = fakeTimers();
    const online = watchOnline();
    try {
      const { form, el } = await uploadField();
      await failUpload(el);
      expect(online.count, 'waits for the connection').to.equal(1);
      const page = form.parentNode!;
      form.remove();
      expect(online.count, 'no listener left to keep the field and its file').to.equal(0);
      expect(clock.pending, 'no timer left').to.have.length(0);
      server.down = false;
      window.dispatchEvent(new Event('online'));
      await aTimeout(100);
      expect(server.calls, 'nothing sent for a field no one sees').to.equal(1);
      page.append(form);
      await el.updateComplete;
      expect(online.count, 'put back, it waits again').to.equal(1);
      expect(clock.pending).to.have.length(1);
      window.dispatchEvent(new Event('online'));
      await waitUntil(() => status(el) === uploaded, 'sent once back in the page and online', { timeout: 1500 });
      expect(server.calls).to.equal(2);
      expect(online.count).to.equal(0);
      expect(clock.pending).to.have.length(0);
    } finally {
      clock.restore();
      online.restore();
    }
  });

  it('an upload that fails after its field was removed waits for the field to come back', async () => {
    const clock = fakeTimers();
    const online = watchOnline();
    try {
      const { form, el } = await uploadField();
      const upload = manualUploader();
      el.uploader = upload.uploader;
      drop(el, photo(300_000, 'akt-2026.jpg'));
      await waitUntil(() => el.shadowRoot!.querySelector('progress'), 'uploading');
      // The field leaves the page as its upload is under way (a step of the form taken away), and the upload fails.
      const page = form.parentNode!;
      form.remove();
      await captureWarnings(async () => {
        upload.fail();
        await aTimeout(50);
      });
      expect(online.count, 'no listener for a field no one sees').to.equal(0);
      expect(clock.pending, 'no timer either').to.have.length(0);
      // Put back: the file goes again by itself, as the connection comes back.
      page.append(form);
      await el.updateComplete;
      expect(status(el)).to.equal(failed);
      el.uploader = postFile;
      server.down = false;
      window.dispatchEvent(new Event('online'));
      await waitUntil(() => status(el) === uploaded, 'sent once back in the page and online', { timeout: 1500 });
    } finally {
      clock.restore();
      online.restore();
    }
  });

  it('moves a reader on Try again to Remove when the file goes again by itself', async () => {
    const { el } = await uploadField();
    await failUpload(el);
    retryButton(el)!.focus();
    server.down = false;
    window.dispatchEvent(new Event('online'));
    await el.updateComplete;
    expect(deepActiveElement(), 'on Remove: Try again gave way to the progress bar').to.equal(el.shadowRoot!.querySelector('.remove'));
    await waitUntil(() => status(el) === uploaded, 'uploaded', { timeout: 1500 });
  });

  it('words Try again in Mongolian, English and the traditional script', async () => {
    const expected = { mn: 'Дахин оролдох', en: 'Try again', 'mn-Mong': mnMongTranslation.fileRetry };
    const messages = { mn: failed, en: 'The file could not be uploaded. Try again.', 'mn-Mong': mnMongTranslation.fileUploadFailed };
    for (const [lang, retry] of Object.entries(expected)) {
      const { el } = await uploadField(lang);
      if (lang === TRADITIONAL_SCRIPT) await whenStringsLoaded(lang);
      await dropAndFail(el, messages[lang as keyof typeof messages]);
      expect(retryButton(el)!.textContent!.trim(), lang).to.equal(retry);
      expect(retryButton(el)!.getAttribute('aria-label'), lang).to.equal(`${retry}: akt-2026.jpg`);
    }
  });
});

describeFormControl<GerFileUpload>('ger-file-upload', {
  form: () => html`<form><ger-file-upload name="field" label="Цээж зураг" required accept="image/*"></ger-file-upload></form>`,
  fill: async (el) => {
    el.uploader = async (_file, progress) => {
      progress(1);
      return 'upl-42';
    };
    await el.choose(photo());
  },
  sent: ['upl-42'],
  missing: { mn: 'Файл сонгоно уу.', en: 'Choose a file.' },
});

describeAccessibility(
  'ger-file-upload',
  () => html`<form>
    <ger-file-upload name="photo" label="Цээж зураг" hint="JPG эсвэл PNG, 5 MB хүртэл" accept=".jpg,.png" max-size="5000000" required></ger-file-upload>
    <ger-file-upload
      name="scan"
      label="Иргэний үнэмлэхний хуулбар"
      .jsonValue=${{ name: 'unemleh-scan.pdf', size: 1_240_000, type: 'application/pdf', ref: 'upl-9' }}
    ></ger-file-upload>
    <ger-file-upload name="extra" label="Нэмэлт баримт" optional error="Файлыг байршуулж чадсангүй. Дахин оролдоно уу."></ger-file-upload>
  </form>`,
);
