// Parts a component may render and keep hidden, beyond the general rules in bench/lib/shadow-audit.js.
// Keep this short: a part that is not shown is not rendered. A part stays here only when it must be
// there at once when shown, and say why. `{ 'ger-<name>': { selector: reason } }`, the selector
// matched inside the shadow root that holds the part.
//
// Parts that CSS alone shows at another width (a media or container query) are here: rendering them
// from a measured width would need script and a second render on every resize, and a server-rendered
// page could not lay itself out before its script runs.
export const HIDDEN_PART_ALLOWANCES = {
  'ger-file-upload': {
    'input[type=file]': 'the native file input: the only way to open the system file picker, from the click on "choose a file"',
  },
  'ger-header': {
    '.menu-button': 'the menu button, shown by a media query on a narrow screen, where the menu folds behind it',
  },
  'ger-pagination': {
    '.near': 'page numbers beside the current one, hidden by a container query when the pagination is narrow',
  },
  'ger-service-catalog': {
    'ul[part=results]':
      'the results list, which the results part fills in place: it is there in every state, and hidden while a search finds nothing so that no empty list is announced',
  },
  'ger-side-nav': {
    '.toggle': 'the button that folds the list on a narrow screen, shown by a media query',
    '.title': 'the heading text on a wide screen; on a narrow one a media query hides it, as the toggle then carries it',
  },
  'ger-tabs': {
    '.measure': 'the rulers the resize observer watches (the room the host has, 1em of its text) to choose tabs or sections',
  },
};
