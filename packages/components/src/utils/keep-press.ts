/**
 * Called as a press begins on `button` (its `mousedown`, given as `event`): the main button's press still clicks the button when the page moves it from under
 * the pointer before the press ends. That happens under a form field the press leaves: as it loses
 * focus it shows its error, above itself, and everything below moves down. The click would then
 * land on whatever is under the pointer now, and the reader's press be lost. Here, a release where
 * the button was, on a button that moved and got no click, clicks it. A release away from where it
 * was is the reader changing their mind, as on any button.
 */
export function keepPress(button: HTMLElement, event: MouseEvent): void {
  // Only the main button clicks: a right or middle press stays what it was.
  if (event.button !== 0) return;
  const { left, right, top, bottom } = button.getBoundingClientRect();
  let clicked = false;
  const click = () => (clicked = true);
  button.addEventListener('click', click, { once: true });
  addEventListener(
    'mouseup',
    ({ clientX: x, clientY: y }) =>
      // After the click the release sends, if any.
      setTimeout(() => {
        button.removeEventListener('click', click);
        if (!clicked && x >= left && x <= right && y >= top && y <= bottom && button.getBoundingClientRect().top !== top) button.click();
      }),
    { once: true },
  );
}
