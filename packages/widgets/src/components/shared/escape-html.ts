const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

// C0 controls but tab, LF and CR: they have no place in a printed notice; U+FFFD keeps the loss visible.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is being replaced.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** `text` safe as HTML text and as a quoted attribute value. */
export function escapeHtml(text: string): string {
  return String(text)
    .replace(CONTROL, '\ufffd')
    .replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch] ?? ch);
}
