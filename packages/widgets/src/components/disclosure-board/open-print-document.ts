/** Where the print document opens: a hidden iframe in the page (no pop-up blocker), or a new window. */
export type PrintTarget = 'iframe' | 'window';

const FRAME_MARK = 'data-rectify-print';

/**
 * Opens a print document and calls the browser's print dialog: in a hidden, zero-size iframe appended to the
 * `ownerDocument`'s body (removed after printing, or when the next one opens), or in a new window (falls back to
 * the iframe when a pop-up blocker refuses the window). Call it from a user action: browsers allow printing then.
 *
 * @param ownerDocument - the document of the widget that asks (a custom element in an iframe has its own).
 */
export function openPrintDocument(html: string, target: PrintTarget, ownerDocument: Document): void {
  if (target === 'window') {
    const win = ownerDocument.defaultView?.open('', '_blank');
    if (win) {
      win.document.open();
      win.document.write(html);
      win.document.close();
      win.focus();
      if (typeof win.print === 'function') win.print();
      return;
    }
  }
  for (const old of ownerDocument.querySelectorAll(`iframe[${FRAME_MARK}]`)) old.remove();
  const frame = ownerDocument.createElement('iframe');
  frame.setAttribute(FRAME_MARK, '');
  frame.setAttribute('aria-hidden', 'true');
  frame.setAttribute('tabindex', '-1');
  frame.title = 'print';
  // Zero size rather than display:none or visibility:hidden: browsers print a hidden frame blank.
  frame.style.cssText = 'position:fixed;right:0;bottom:0;width:0;height:0;border:0;';
  frame.addEventListener('load', () => {
    const win = frame.contentWindow;
    // Some embedded browsers (and DOM emulations) have no print(): leave the frame, nothing to do.
    if (!win || typeof win.print !== 'function') return;
    win.addEventListener('afterprint', () => frame.remove());
    win.focus();
    win.print();
  });
  frame.srcdoc = html;
  ownerDocument.body.appendChild(frame);
}
